namespace BalkanMeetings.Core.Domain;

public sealed class MeetingCountry
{
    public int MeetingId { get; set; }

    public required string CountryCode { get; set; }

    public Country? Country { get; set; }
}
