using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// A review flag as editors resolve it: its status and the note saying why. A resolution is a revision like any
/// edit, so it is attributed and listed in the history, and reverting it reopens the flag (docs/editing.md#resolving-a-flag).
/// </summary>
public sealed class FlagRecord : EntityRecord<ReviewFlag>
{
    public const string Status = nameof(ReviewFlag.Status);
    public const string ResolutionNote = nameof(ReviewFlag.ResolutionNote);

    public override string RecordType => nameof(ReviewFlag);

    /// <summary>Every change to a flag changes its status (resolved, or reopened), which is its concurrency token.</summary>
    public override bool HasConcurrencyToken => true;

    protected override IQueryable<ReviewFlag> Query(BalkanMeetingsDbContext db) => db.ReviewFlags;

    protected override RecordState ToState(ReviewFlag entity) => State(entity);

    /// <summary>The flag's editable fields, as a save reads them, from a flag already read.</summary>
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
        var note = StoredText.Of(proposed.GetValueOrDefault(ResolutionNote));
        proposed[ResolutionNote] = note;

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
        else if (note.Length > FieldLimits.Reason)
        {
            errors[ResolutionNote] = $"Keep the note under {FieldLimits.Reason} characters.";
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(errors);
    }

    protected override Task ApplyAsync(BalkanMeetingsDbContext db, ReviewFlag entity, IReadOnlyDictionary<string, string?> values, Revision? revision, CancellationToken cancellationToken)
    {
        Apply(entity, values, revision);
        return Task.CompletedTask;
    }

    private static void Apply(ReviewFlag flag, IReadOnlyDictionary<string, string?> values, Revision? revision)
    {
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
