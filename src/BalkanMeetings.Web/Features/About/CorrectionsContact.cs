using System.Net.Mail;
using BalkanMeetings.Core.Import;

namespace BalkanMeetings.Web.Features.About;

/// <summary>
/// Where readers report an error (<c>Site:CorrectionsContact</c>): an e-mail address or a web page, shown on the about
/// page as a link; other text is shown as it is, and never becomes a link.
/// </summary>
public sealed record CorrectionsContact(string Text, string? Href)
{
    public const string Setting = "Site:CorrectionsContact";

    /// <summary>The contact the setting gives, or null when it is not set.</summary>
    public static CorrectionsContact? From(string? setting)
    {
        var text = setting?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (WebAddress.Parse(text) is { } page)
        {
            return new CorrectionsContact(text, page.AbsoluteUri);
        }

        // A bare address only: "Name <a@b>" and "mailto:" forms are shown as text rather than guessed at.
        return MailAddress.TryCreate(text, out var mail) && mail.Address == text
            ? new CorrectionsContact(text, "mailto:" + mail.Address)
            : new CorrectionsContact(text, null);
    }
}
