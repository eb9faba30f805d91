namespace BalkanMeetings.Core.Domain;

public sealed class MeetingInitiative
{
    public int MeetingId { get; set; }

    public int InitiativeId { get; set; }

    public Initiative? Initiative { get; set; }
}
