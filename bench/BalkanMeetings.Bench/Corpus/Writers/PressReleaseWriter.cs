namespace BalkanMeetings.Bench.Corpus.Writers;

/// <summary>
/// Official press releases (dev d01, d07): a plain headline and short paragraphs separated by blank lines, the
/// date given as <c>on Wednesday (18 March 2015)</c> or <c>on 13 July 2022</c>.
/// </summary>
internal static class PressReleaseWriter
{
    private static readonly string[] Titles =
    [
        "NATO and {country} look at the next steps in their partnership",
        "{natoSurname} thanks {hostSurname} for {country}’s contributions to security in the region",
        "NATO {natoOffice} and {adj} leaders discuss {t1}",
    ];

    private static readonly string[] Middles =
    [
        "The {natoOffice} said {country} was an increasingly active and dependable partner and singled out its work on {t1}.",
        "{natoSurname} repeated that a stable Western Balkans remains a priority for the Alliance and praised cooperation on {t2}.",
        "The two sides also discussed {t2} and {t3}, and agreed to keep in close contact.",
        "{natoSurname} welcomed progress on {t3} and said NATO stood ready to help further.",
    ];

    public static string Write(ArticleContext context)
    {
        var random = context.Random;
        var meeting = context.Meeting;
        var nato = meeting.Nato;
        var date = ArticleContext.FormatDate(meeting.Date, "d MMMM yyyy");
        var when = random.Chance(0.5) ? $"on {ArticleContext.Weekday(meeting.Date)} ({date})" : $"on {date}";

        string opening;
        if (meeting.AtHeadquarters)
        {
            opening = random.Chance(0.5)
                ? $"{context.NatoFull(nato)} held talks with {context.HostsIntro(meeting, midSentence: true)} at NATO Headquarters {when}."
                : $"{context.NatoFull(nato)} received {context.HostsIntro(meeting, midSentence: true)} at NATO Headquarters in Brussels {when}.";
        }
        else
        {
            opening = $"{context.NatoFull(nato)} visited {meeting.City} {when}, where the programme included talks with {context.HostsIntro(meeting, midSentence: false)}.";
        }

        var paragraphs = new List<string>
        {
            context.Fill(random.Pick(Titles)),
            opening + context.Fill(" The discussion focused on how relations between NATO and {country} can be developed further."),
        };
        paragraphs.AddRange(random.PickSome(Middles, random.Between(2, 3)).Select(context.Fill));
        paragraphs.AddRange(context.NewsParagraphs(2, 3));
        paragraphs.Add(ArticleContext.Background(meeting));
        return TextEffects.Straighten(string.Join("\n\n", paragraphs)) + "\n";
    }
}
