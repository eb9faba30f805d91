using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// Merging one record into another of its kind: checking the choice, and writing the merge as one revision listed under
/// the record kept. A kind says what its merge changes (<see cref="PlanAsync"/>). See docs/editing.md#merging-and-splitting.
/// </summary>
public abstract class RecordMerger
{
    /// <summary>The form field naming the record merged away.</summary>
    public const string Other = "Other";

    private readonly RecordRestructurer _restructurer;

    protected RecordMerger(BalkanMeetingsDbContext db, RecordRestructurer restructurer)
    {
        Db = db;
        _restructurer = restructurer;
    }

    protected BalkanMeetingsDbContext Db { get; }

    /// <summary><c>Person</c> or <c>Meeting</c>.</summary>
    protected abstract string RecordType { get; }

    /// <summary>What to say when no record was chosen, when the record chosen is the one kept, and when it is not there.</summary>
    protected abstract (string NoneChosen, string Itself, string Gone) Refusals { get; }

    /// <summary>What is wrong with merging <paramref name="otherId"/> into <paramref name="keptId"/>, by field; empty when nothing is.</summary>
    public async Task<IReadOnlyDictionary<string, string>> CheckAsync(int keptId, int? otherId, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (otherId is not { } other)
        {
            problems[Other] = Refusals.NoneChosen;
        }
        else if (other == keptId)
        {
            problems[Other] = Refusals.Itself;
        }
        else if (!await RecordMoves.ExistsAsync(Db, RecordType, other, cancellationToken))
        {
            problems[Other] = Refusals.Gone;
        }

        return problems;
    }

    /// <summary>Merges <paramref name="otherId"/> into <paramref name="keptId"/>; <see cref="EditStatus.NotFound"/> when the record kept is not there.</summary>
    public async Task<EditResult> MergeAsync(int keptId, int? otherId, string? reason, EditorIdentity who, CancellationToken cancellationToken)
    {
        if (!await RecordMoves.ExistsAsync(Db, RecordType, keptId, cancellationToken))
        {
            return EditResult.NotFound;
        }

        var problems = await CheckAsync(keptId, otherId, cancellationToken);
        return await _restructurer.RestructureAsync(RevisionKind.Merge, RecordType, keptId, reason, who, problems, ct => PlanAsync(keptId, otherId!.Value, ct), cancellationToken);
    }

    /// <summary>The changes that merge the one record into the other, read inside the merge's transaction; null when either is gone.</summary>
    protected abstract Task<IReadOnlyList<FieldChange>?> PlanAsync(int keptId, int otherId, CancellationToken cancellationToken);
}
