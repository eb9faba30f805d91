namespace BalkanMeetings.Core.Domain;

/// <summary>
/// The most the fields editors write may hold, in one place for the database columns (the EF configurations), the
/// edit forms (their <c>maxlength</c>) and the checks a save makes. Lengths are in characters; counts are items of a
/// list an editor keeps, so that one record cannot grow without end (docs/editing.md).
/// </summary>
public static class FieldLimits
{
    public const int MeetingTitle = 500;
    public const int City = 100;
    public const int Venue = 200;
    public const int Summary = 4000;

    public const int Role = 200;
    public const int Organization = 100;

    public const int PersonName = 200;
    public const int TopicName = 100;

    /// <summary>One of a person's other spellings or a topic's synonyms.</summary>
    public const int Phrase = 200;

    public const int InitiativeName = 500;
    public const int Objective = 4000;
    public const int Timeline = 200;

    /// <summary>An edit summary, and a flag's resolution note, which is one.</summary>
    public const int Reason = 500;

    public const int Aliases = 50;
    public const int Synonyms = 50;
    public const int MeetingParticipants = 100;
    public const int MeetingTopics = 50;
    public const int MeetingInitiatives = 50;
}
