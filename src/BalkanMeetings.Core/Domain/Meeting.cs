namespace BalkanMeetings.Core.Domain;

public sealed class Meeting
{
    public int Id { get; set; }

    public required string Title { get; set; }

    /// <summary>First day of the known period; see <see cref="DatePrecision"/>.</summary>
    public DateOnly? Date { get; set; }

    public DatePrecision DatePrecision { get; set; }

    public ValueOrigin DateOrigin { get; set; }

    public string? City { get; set; }

    public string? Venue { get; set; }

    public MeetingKind Kind { get; set; }

    public MeetingStatus Status { get; set; }

    public string? Summary { get; set; }

    /// <summary>Optimistic-concurrency token, bumped by every write (SQLite has no row versions of its own).</summary>
    public int Version { get; set; }

    public List<MeetingSource> Sources { get; } = [];

    public List<MeetingCountry> Countries { get; } = [];

    public List<Participation> Participants { get; } = [];

    public List<MeetingTopic> Topics { get; } = [];

    public List<MeetingInitiative> Initiatives { get; } = [];
}
