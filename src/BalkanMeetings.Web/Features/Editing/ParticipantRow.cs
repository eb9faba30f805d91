using System.Globalization;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// One participant as the participants form shows it: the person as a name to type, the role, the organisation and
/// whether to remove them. <see cref="Key"/> names the row's fields (<c>Person-2</c>) and its position in the posted
/// form (<c>Input.Rows[2].Person</c>); the row for adding a participant has the key <see cref="NewKey"/>.
/// </summary>
public sealed record ParticipantRow(string Key, string? ParticipantId, string Label, string? Note, ParticipantInput Input)
{
    public const string NewKey = "new";

    public const string RowPrefix = "Row";
    public const string PersonPrefix = "Person";
    public const string RolePrefix = "Role";
    public const string OrganizationPrefix = "Organization";

    public bool IsNew => Key == NewKey;

    public static string KeyOf(int position) => position.ToString(CultureInfo.InvariantCulture);

    /// <summary>The id of one of the row's fields on the page, and the key of its problems.</summary>
    public string Field(string prefix) => $"{prefix}-{Key}";

    /// <summary>The name a part of the row is posted under, as <see cref="ParticipantsForm"/> binds it.</summary>
    public string Name(string part) => IsNew ? $"Input.{nameof(ParticipantsForm.New)}.{part}" : $"Input.{nameof(ParticipantsForm.Rows)}[{Key}].{part}";
}
