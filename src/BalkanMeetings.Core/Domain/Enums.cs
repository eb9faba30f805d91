namespace BalkanMeetings.Core.Domain;

/// <summary>How much of a meeting date is known; the stored <see cref="DateOnly"/> is the first day of that period.</summary>
public enum DatePrecision
{
    Unknown = 0,
    Year = 1,
    Month = 2,
    Day = 3,
}

/// <summary>Where a value came from: said by the article, worked out by the importer, or set by an editor.</summary>
public enum ValueOrigin
{
    Stated = 0,
    Inferred = 1,
    Edited = 2,
}

public enum MeetingKind
{
    Meeting = 0,
    Visit = 1,
    Call = 2,
}

public enum MeetingStatus
{
    Held = 0,
    Planned = 1,
}

public enum FlagSeverity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}

public enum FlagStatus
{
    Open = 0,
    Accepted = 1,
    Corrected = 2,
    Dismissed = 3,
}
