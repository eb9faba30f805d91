using System.Globalization;

namespace BalkanMeetings.Bench.Corpus.Writers;

/// <summary>
/// Wire reports (dev d02, d06): a headline, a dateline such as <c>PODGORICA, June 11, 2015 (WBN) --</c> with the
/// day given only as a weekday, straight quotes, and a reporting credit. A quarter are announcements of a visit.
/// </summary>
internal static class WireWriter
{
    public static string Write(ArticleContext context) =>
        TextEffects.Straighten(context.Plan.Planned ? Announcement(context) : Report(context)) + "\n";

    private static string Report(ArticleContext context)
    {
        var random = context.Random;
        var meeting = context.Meeting;
        var nato = meeting.Nato;
        var host = meeting.MainHost;
        var agency = random.Pick(TextBank.Agencies);
        var city = ArticleContext.CityName(meeting);
        var dateline = $"{city.ToUpperInvariant()}, {ArticleContext.FormatDate(meeting.Date, "MMMM d, yyyy")} ({agency}) --";
        var place = meeting.AtHeadquarters ? " at the alliance's headquarters" : string.Empty;
        var natoSurname = context.NatoSurname(nato);
        var hostSurname = ArticleContext.Surname(context.Name(host));

        var quotes = random.PickSome(TextBank.Quotes, 2).Select(context.Fill).ToList();
        var paragraphs = new List<string>
        {
            context.Fill(random.Pick(TextBank.WireHeadlines)),
            $"{dateline} {context.NatoFull(nato)} said on {ArticleContext.Weekday(meeting.Date)} that {context.Fill(random.Pick(TextBank.WireClaims))}, after talks{place} with {context.OfficeWording(host)} {context.Name(host)}.",
            context.Fill($"{hostSurname} and {natoSurname} discussed {{t1}} and {{t2}}, as well as {{t3}}, {natoSurname} told a joint news conference."),
            $"\"{quotes[0]},\" {natoSurname} said. \"{quotes[1]}.\"",
        };

        if (meeting.Hosts.Count > 1)
        {
            var others = context.OtherHosts(meeting);
            paragraphs.Add(meeting.AtHeadquarters
                ? $"{natoSurname} also met {others}, the alliance said."
                : $"During the visit {natoSurname} also held meetings with {others}.");
        }

        paragraphs.AddRange(context.NewsParagraphs(2, 3));
        paragraphs.Add(ArticleContext.Background(meeting));
        paragraphs.Add($"({(random.Chance(0.5) ? $"Reporting by {agency} {city}; Editing by Balkans desk" : $"Reporting by {agency} staff")})");
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Written on or just before the day: "will pay a working visit ... on Monday" or "today".</summary>
    private static string Announcement(ArticleContext context)
    {
        var random = context.Random;
        var meeting = context.Meeting;
        var nato = meeting.Nato;
        var host = meeting.MainHost;
        var published = meeting.Date.AddDays(-random.Between(0, 3));
        var when = published == meeting.Date ? "today" : $"on {ArticleContext.Weekday(meeting.Date)}";
        var capital = meeting.Country.Capital;
        var dateline = $"{capital.ToUpperInvariant()}, {ArticleContext.FormatDate(published, "MMMM d, yyyy")} -";
        var hostName = context.Name(host);
        var natoFull = context.NatoFull(nato);

        var paragraphs = meeting.AtHeadquarters
            ? new List<string>
            {
                $"{ArticleContext.Surname(hostName)} to visit NATO headquarters {when}, will meet {context.NatoSurname(nato)}",
                $"{dateline} {ArticleContext.Adjective(meeting)} {context.OfficeWording(host)} {hostName} will pay a working visit to NATO headquarters in Brussels {when}, where the programme includes talks with the {nato.Office} of the Alliance, {context.Name(nato)}, the {(string.Equals(host.Office, "President", StringComparison.Ordinal) ? "president's" : "government's")} press service announced.",
            }
            : new List<string>
            {
                $"{context.NatoSurname(nato)} to visit {capital} {when}",
                $"{dateline} {natoFull} will visit {capital} {when} for talks with {context.HostsIntro(meeting, midSentence: false)}, the government said.",
            };

        paragraphs.Add(context.Fill("Talks are expected to focus on {t1}, on how the partnership works in practice, and on {t2}."));
        paragraphs.Add(TextEffects.Capitalize(context.Fill("{t3} is also on the agenda.")));
        paragraphs.Add(meeting.AtHeadquarters
            ? $"{ArticleContext.Surname(hostName)} is also expected to address the North Atlantic Council, where Allied ambassadors will hear {context.CountryName}'s views on the partnership."
            : "The programme also includes a joint press conference and a meeting with representatives of civil society.");
        if (meeting.AtHeadquarters && meeting.Hosts.Count > 1)
        {
            var others = context.OtherHosts(meeting);
            paragraphs.Add($"The delegation will include {others}.");
        }

        paragraphs.AddRange(context.NewsParagraphs(2, 3));
        paragraphs.Add(string.Create(CultureInfo.InvariantCulture, $"The two are due to address the media together at around {random.Between(1, 6)} p.m."));
        return string.Join("\n\n", paragraphs);
    }
}
