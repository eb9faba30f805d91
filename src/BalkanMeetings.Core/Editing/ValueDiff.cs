using System.Text.RegularExpressions;
using DiffPlex;

namespace BalkanMeetings.Core.Editing;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

/// <summary>A run of text of a word diff: kept, removed or added.</summary>
public sealed record DiffPiece(DiffKind Kind, string Text);

/// <summary>One item of a list diff: kept, removed or added.</summary>
public sealed record DiffLine<T>(DiffKind Kind, T Item);

/// <summary>
/// What changed between two values, as the history shows it: text word by word, lists item by item
/// (docs/editing.md#history-revert-and-recent-changes).
/// </summary>
public static partial class ValueDiff
{
    /// <summary>
    /// The words of <paramref name="before"/> and <paramref name="after"/> as kept, removed and added runs, in reading
    /// order; a removed run comes before the run added in its place. Joined, the kept and removed runs give
    /// <paramref name="before"/> back, the kept and added runs <paramref name="after"/>.
    /// </summary>
    public static IReadOnlyList<DiffPiece> Words(string? before, string? after)
    {
        before ??= string.Empty;
        after ??= string.Empty;
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var runs = new List<Run>();
        var old = 0;
        foreach (var block in diff.DiffBlocks)
        {
            AddSame(runs, diff.PiecesOld, old, block.DeleteStartA);
            runs.Add(new Run(
                Join(diff.PiecesOld, block.DeleteStartA, block.DeleteStartA + block.DeleteCountA),
                Join(diff.PiecesNew, block.InsertStartB, block.InsertStartB + block.InsertCountB)));
            old = block.DeleteStartA + block.DeleteCountA;
        }

        AddSame(runs, diff.PiecesOld, old, diff.PiecesOld.Count);
        return Pieces(MergeAcrossSpaces(runs));
    }

    /// <summary>
    /// The pieces with long kept runs cut down to the words nearest the changes (<paramref name="context"/> characters
    /// or so on each side) and an ellipsis for the rest, so a one-word change to a long summary reads at a glance.
    /// </summary>
    public static IReadOnlyList<DiffPiece> Shorten(IReadOnlyList<DiffPiece> pieces, int context)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        if (pieces.All(p => p.Kind == DiffKind.Same))
        {
            return pieces;
        }

        return [.. pieces.Select((piece, i) => piece.Kind != DiffKind.Same ? piece : piece with
        {
            Text = (i == 0, i == pieces.Count - 1) switch
            {
                _ when piece.Text.Length <= 3 * context => piece.Text,
                (true, _) => "… " + Tail(piece.Text, context),
                (_, true) => Head(piece.Text, context) + " …",
                _ => Head(piece.Text, context) + " … " + Tail(piece.Text, context),
            },
        })];
    }

    /// <summary>
    /// Two lists item by item, in order: each item of either list once, as kept, removed or added; removed items come
    /// before the items added in their place. Items compare by <paramref name="text"/>.
    /// </summary>
    public static IReadOnlyList<DiffLine<T>> Lines<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> text)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(text);
        if (before.Count == 0 || after.Count == 0)
        {
            return [.. before.Select(i => new DiffLine<T>(DiffKind.Removed, i)), .. after.Select(i => new DiffLine<T>(DiffKind.Added, i))];
        }

        // One item a line: the differ compares lines, and the indexes of its lines are those of the items.
        string Lines(IReadOnlyList<T> items) => string.Join('\n', items.Select(i => text(i).Replace('\n', ' ')));
        var diff = Differ.Instance.CreateDiffs(Lines(before), Lines(after), ignoreWhiteSpace: false, ignoreCase: false, LineSplitter.Instance);
        var lines = new List<DiffLine<T>>();
        var old = 0;
        foreach (var block in diff.DiffBlocks)
        {
            lines.AddRange(before.Take(block.DeleteStartA).Skip(old).Select(i => new DiffLine<T>(DiffKind.Same, i)));
            lines.AddRange(before.Skip(block.DeleteStartA).Take(block.DeleteCountA).Select(i => new DiffLine<T>(DiffKind.Removed, i)));
            lines.AddRange(after.Skip(block.InsertStartB).Take(block.InsertCountB).Select(i => new DiffLine<T>(DiffKind.Added, i)));
            old = block.DeleteStartA + block.DeleteCountA;
        }

        lines.AddRange(before.Skip(old).Select(i => new DiffLine<T>(DiffKind.Same, i)));
        return lines;
    }

    // The first or last words, up to about the given length, cut at a space.
    private static string Head(string text, int length)
    {
        var space = text.LastIndexOf(' ', length);
        return text[..(space > 0 ? space : length)];
    }

    private static string Tail(string text, int length)
    {
        var space = text.IndexOf(' ', text.Length - length);
        return text[(space >= 0 ? space + 1 : text.Length - length)..];
    }

    private static void AddSame(List<Run> runs, IReadOnlyList<string> pieces, int from, int to)
    {
        if (to > from)
        {
            var text = Join(pieces, from, to);
            runs.Add(new Run(text, text, Same: true));
        }
    }

    private static string Join(IReadOnlyList<string> pieces, int from, int to) => string.Concat(pieces.Skip(from).Take(to - from));

    // "Jens Stoltenberg" → "Mark Rutte" reads as one replaced name, not two replaced words around a kept space.
    private static List<Run> MergeAcrossSpaces(List<Run> runs)
    {
        var merged = new List<Run>();
        foreach (var run in runs)
        {
            if (IsReplacement(run) && merged.Count >= 2 && IsSpace(merged[^1]) && merged[^2] is var changed && IsReplacement(changed))
            {
                var space = merged[^1].Removed;
                merged.RemoveRange(merged.Count - 2, 2);
                merged.Add(new Run(changed.Removed + space + run.Removed, changed.Added + space + run.Added));
                continue;
            }

            merged.Add(run);
        }

        return merged;
    }

    // Only words replaced on both sides join up: two insertions around a kept space stay two, with the space kept.
    private static bool IsReplacement(Run run) => !run.Same && run.Removed.Length > 0 && run.Added.Length > 0;

    private static bool IsSpace(Run run) => run.Same && run.Removed.Length > 0 && string.IsNullOrWhiteSpace(run.Removed);

    private static List<DiffPiece> Pieces(List<Run> runs)
    {
        var pieces = new List<DiffPiece>();
        foreach (var run in runs)
        {
            if (run.Same)
            {
                pieces.Add(new DiffPiece(DiffKind.Same, run.Removed));
                continue;
            }

            if (run.Removed.Length > 0)
            {
                pieces.Add(new DiffPiece(DiffKind.Removed, run.Removed));
            }

            if (run.Added.Length > 0)
            {
                pieces.Add(new DiffPiece(DiffKind.Added, run.Added));
            }
        }

        return pieces;
    }

    [GeneratedRegex(@"\w+|\s+|[^\w\s]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    /// <summary>A kept run has the same text on both sides; a change has what was removed and what was added.</summary>
    private sealed record Run(string Removed, string Added, bool Same = false);

    // Words, runs of space and single punctuation marks, so that joined the chunks give the text back exactly.
    private sealed class WordChunker : IChunker
    {
        public static WordChunker Instance { get; } = new();

        public IReadOnlyList<string> Chunk(string text) => [.. Token().Matches(text).Select(m => m.Value)];
    }

    private sealed class LineSplitter : IChunker
    {
        public static LineSplitter Instance { get; } = new();

        public IReadOnlyList<string> Chunk(string text) => text.Split('\n');
    }
}
