using System.Globalization;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// One participant as the participants form shows it: the person as a name to type, the role, the organisation and
/// whether to remove them. <see cref="Key"/> names the row's fields (<c>Person-2</c>); the row for adding a
/// participant has the key <see cref="NewKey"/> and participant id 0.
/// </summary>
public sealed record ParticipantRow(string Key, int ParticipantId, string Label, string? Note, string Person, string Role, string Organization, bool Remove)
{
    public const string NewKey = "new";

    public const string IdPrefix = "Id";
    public const string RowPrefix = "Row";
    public const string PersonPrefix = "Person";
    public const string RolePrefix = "Role";
    public const string OrganizationPrefix = "Organization";
    public const string RemovePrefix = "Remove";

    public bool IsNew => Key == NewKey;

    /// <summary>True when a row for adding a participant has anything typed in it.</summary>
    public bool IsFilled => Person.Length > 0 || Role.Length > 0 || Organization.Length > 0;

    public static string KeyOf(int position) => position.ToString(CultureInfo.InvariantCulture);

    public string Field(string prefix) => $"{prefix}-{Key}";

    /// <summary>The row as the form posted it.</summary>
    public static ParticipantRow Read(IFormCollection form, string key, int participantId, string label, string? note)
    {
        ArgumentNullException.ThrowIfNull(form);
        string Text(string prefix) => form[$"{prefix}-{key}"].FirstOrDefault()?.Trim() ?? string.Empty;
        return new ParticipantRow(key, participantId, label, note, Text(PersonPrefix), Text(RolePrefix), Text(OrganizationPrefix), form.ContainsKey($"{RemovePrefix}-{key}"));
    }
}
