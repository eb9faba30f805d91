namespace BalkanMeetings.Core.Import;

/// <summary>What one import run did. <see cref="Failed"/> names each file that was not imported and why.</summary>
public sealed record ImportSummary(
    int ArticlesRead,
    int Imported,
    int Updated,
    int Unchanged,
    IReadOnlyList<ImportFailure> Failed,
    int MeetingsCreated,
    int MeetingsMerged,
    int PeopleCreated,
    int FlagsRaised)
{
    public bool HasFailures => Failed.Count > 0;
}

public sealed record ImportFailure(string FileName, string Reason);

/// <summary>Progress of a long import: how many of the files have been handled.</summary>
public readonly record struct ImportProgress(int Done, int Total);
