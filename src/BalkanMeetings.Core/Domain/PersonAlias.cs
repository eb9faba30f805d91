namespace BalkanMeetings.Core.Domain;

public sealed class PersonAlias
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    public required string Text { get; set; }

    public required string SearchKey { get; set; }
}
