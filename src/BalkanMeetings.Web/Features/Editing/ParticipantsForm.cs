namespace BalkanMeetings.Web.Features.Editing;

/// <summary>The participants form: one row for each of the meeting's participants as the form was opened, and one to add.</summary>
public sealed class ParticipantsForm : RecordForm
{
    // A part not posted is set to null by binding; no rows, or nothing added, is what it means.
    public List<ParticipantInput> Rows { get; set => field = value ?? []; } = [];

    public ParticipantInput New { get; set => field = value ?? new(); } = new();
}

/// <summary>One participant's row as posted; <see cref="Id"/> is the participant's id as the form carried it, checked by the page.</summary>
public sealed class ParticipantInput
{
    public string? Id { get; set; }

    public string? Person { get; set; }

    public string? Role { get; set; }

    public string? Organization { get; set; }

    public bool Remove { get; set; }

    /// <summary>True when a row for adding a participant has anything typed in it.</summary>
    public bool IsFilled => !string.IsNullOrWhiteSpace(Person) || !string.IsNullOrWhiteSpace(Role) || !string.IsNullOrWhiteSpace(Organization);
}
