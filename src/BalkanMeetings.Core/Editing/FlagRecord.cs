using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// A review flag as editors resolve it: its status and the note saying why. A resolution is a revision like any
/// edit, so it is attributed and listed in the history, and reverting it reopens the flag (docs/editing.md#resolving-a-flag).
/// </summary>
public sealed class FlagRecord : EditableRecord
{
    public const string Status = nameof(ReviewFlag.Status);
    public const string ResolutionNote = nameof(ReviewFlag.ResolutionNote);

    public override string RecordType => nameof(ReviewFlag);

    public override async Task<RecordState?> LoadAsync(BalkanMeetingsDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var flag = await db.ReviewFlags.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        return flag is null ? null : State(flag);
    }

    /// <summary>The flag's editable fields, as <see cref="LoadAsync"/> reads them, from a flag already read.</summary>
    public static RecordState State(ReviewFlag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return new RecordState { [Status] = flag.Status.ToString(), [ResolutionNote] = flag.ResolutionNote };
    }

    public override Task<IReadOnlyDictionary<string, string>> ValidateAsync(BalkanMeetingsDbContext db, RecordState current, RecordState proposed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var note = proposed.GetValueOrDefault(ResolutionNote)?.Trim();
        proposed[ResolutionNote] = string.IsNullOrEmpty(note) ? null : note;

        if (!Enum.TryParse<FlagStatus>(proposed.GetValueOrDefault(Status), ignoreCase: false, out var status) || !Enum.IsDefined(status))
        {
            errors[Status] = "Choose accepted as correct, corrected, or dismissed.";
        }
        else if (status == FlagStatus.Open)
        {
            // Reopened, the flag is in doubt again: the note of the resolution undone goes with it.
            proposed[ResolutionNote] = null;
        }
        else if (current.GetValueOrDefault(Status) != nameof(FlagStatus.Open) && RecordState.ChangedFields(current, proposed).Any())
        {
            errors[Status] = "This flag is already resolved. To resolve it differently, revert that resolution in its history first.";
        }
        else if (string.IsNullOrEmpty(note))
        {
            errors[ResolutionNote] = "Say why: the note is shown with the flag on the meeting page.";
        }
        else if (note.Length > RecordEditor.ReasonMaxLength)
        {
            errors[ResolutionNote] = $"Keep the note under {RecordEditor.ReasonMaxLength} characters.";
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(errors);
    }

    public override async Task ApplyAsync(BalkanMeetingsDbContext db, int id, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken) =>
        Apply(await FindAsync(db, id, cancellationToken), values, revision: null);

    public override async Task ApplyAsync(BalkanMeetingsDbContext db, int id, IReadOnlyDictionary<string, string?> values, Revision revision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(revision);
        Apply(await FindAsync(db, id, cancellationToken), values, revision);
    }

    private static async Task<ReviewFlag> FindAsync(BalkanMeetingsDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.ReviewFlags.SingleAsync(f => f.Id == id, cancellationToken);
    }

    private static void Apply(ReviewFlag flag, IReadOnlyDictionary<string, string?> values, Revision? revision)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (field, value) in values)
        {
            switch (field)
            {
                case Status:
                    flag.Status = Enum.Parse<FlagStatus>(value!);
                    break;
                case ResolutionNote:
                    flag.ResolutionNote = value;
                    break;
                default:
                    throw new ArgumentException($"A review flag has no editable field '{field}'.", nameof(values));
            }
        }

        // Who resolved a flag and when are the revision's; a reopened flag has neither.
        if (flag.Status == FlagStatus.Open)
        {
            (flag.ResolvedAtUtc, flag.ResolvedBy) = (null, null);
        }
        else if (revision is not null && values.ContainsKey(Status))
        {
            (flag.ResolvedAtUtc, flag.ResolvedBy) = (revision.AtUtc, revision.EditorName);
        }
    }
}
