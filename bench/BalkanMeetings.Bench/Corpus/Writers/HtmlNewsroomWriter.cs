namespace BalkanMeetings.Bench.Corpus.Writers;

/// <summary>
/// A newsroom page pasted with its markup (dev d10): <c>&lt;p&gt;</c> and <c>&lt;h2&gt;</c> tags, a dateline
/// paragraph, <c>&lt;br&gt;</c>, <c>&amp;amp;</c>, <c>&amp;nbsp;</c>, an HTML comment, and every letter outside ASCII
/// as a numeric entity (<c>Ivani&amp;#263;</c>).
/// </summary>
internal static class HtmlNewsroomWriter
{
    public static string Write(ArticleContext context)
    {
        var random = context.Random;
        var meeting = context.Meeting;
        var nato = meeting.Nato;
        var host = meeting.MainHost;
        var weekday = ArticleContext.Weekday(meeting.Date);
        var dateline = $"{ArticleContext.CityName(meeting).ToUpperInvariant()}, {ArticleContext.FormatDate(meeting.Date, "d MMMM yyyy")} – NATO Newsroom";
        var title = meeting.AtHeadquarters
            ? $"{nato.Office} welcomes {context.CountryName}’s {context.OfficeWording(host)} to NATO"
            : $"{nato.Office} visits {meeting.City}";
        var opening = meeting.AtHeadquarters
            ? $"NATO {nato.Office} {context.Name(nato)} on {weekday} welcomed {context.HostsIntro(meeting, midSentence: true)} to NATO Headquarters for talks."
            : $"NATO {nato.Office} {context.Name(nato)} visited {meeting.City} on {weekday} for talks with {context.HostsIntro(meeting, midSentence: false)}.";

        var lines = new List<string>
        {
            $"<p class=\"dateline\">{dateline}</p>",
            $"<h2>{title}</h2>",
            $"<p>{opening}<br><br>",
            $"{ArticleContext.Surname(context.Name(nato))} thanked {context.CountryName} for its contributions and underlined "
                + context.Fill("{t1}; the talks also covered {t2} and {t3}.</p>"),
            context.Fill("<p>NATO will continue to support {country} &amp; its reforms, and the two sides agreed to stay in close contact.&nbsp;</p>"),
            $"<p>{ArticleContext.Background(meeting)}</p>",
        };
        lines.InsertRange(lines.Count - 1, context.NewsParagraphs(2, 3).Select(p => $"<p>{p}</p>"));
        if (random.Chance(0.7))
        {
            lines.Add($"<p><em>Photo caption:</em> The {context.OfficeWording(host)} of {context.CountryName}, {context.Name(host)}, and NATO {nato.Office} {context.Name(nato)} &lt;NATO photo&gt;</p>");
        }

        lines.Add("<!-- end of article body -->");
        return TextEffects.NumericEntities(string.Join('\n', lines)) + "\n";
    }
}
