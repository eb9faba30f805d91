namespace BalkanMeetings.Bench.Corpus.Writers;

/// <summary>
/// Regional news portals (seed 001, dev d03): a site-name line, sometimes a <c>Country | Section | 21/09/2021</c>
/// line, a photo caption ending <c>; Photo: NATO</c>, a body that says "today", and a <c>Related posts</c> tail of
/// unrelated headlines.
/// </summary>
internal static class PortalWriter
{
    public static string Write(ArticleContext context)
    {
        var random = context.Random;
        var plan = context.Plan;
        var meeting = context.Meeting;
        var nato = meeting.Nato;
        var host = meeting.MainHost;
        var hostSurname = ArticleContext.Surname(context.Name(host));

        var blocks = new List<string> { random.Pick(TextBank.PortalSites) };
        var categoryLine = !plan.Undated && random.Chance(0.5);
        if (categoryLine)
        {
            blocks.Add($"{context.CountryName} | {random.Pick(TextBank.PortalSections)} | {ArticleContext.FormatDate(meeting.Date, "dd/MM/yyyy")}");
        }

        var when = categoryLine || plan.Undated ? "today" : $"on {ArticleContext.FormatDate(meeting.Date, "d MMMM yyyy")}";
        var place = meeting.AtHeadquarters ? "at NATO Headquarters" : $"in {meeting.City}";
        blocks.Add(context.Fill(random.Pick(TextBank.PortalHeadlines)));
        blocks.Add(random.Chance(0.5)
            ? $"{context.NatoFull(nato)} and the {context.OfficeWording(host)} of {context.CountryName} {context.Name(host)}; Photo: NATO"
            : $"{context.Name(host)} and {context.NatoFull(nato)} in {ArticleContext.CityName(meeting)}; Photo: NATO");
        blocks.Add(context.Fill($"{ArticleContext.CityName(meeting).ToUpperInvariant()} – {context.NatoFull(nato)} met with {context.HostIntro(host, meeting, midSentence: true)} {place} {when}, discussing {{t1}} and the situation in the Western Balkans, the press release reads."));
        blocks.Add(context.Fill("They exchanged views on {t2} and {t3}, as well as on the security situation in the region."));

        // Non-breaking spaces around quotes come with text pasted from press releases (seed 001).
        var space = random.Chance(0.4) ? "\u00A0" : " ";
        var quotes = random.PickSome(TextBank.Quotes, 3).Select(context.Fill).ToList();
        blocks.Add($"“{quotes[0]},”{space}the NATO {nato.Office} said.{space}“{quotes[1]}.”");
        blocks.Add(context.Fill($"In a press conference following the meeting, {hostSurname} confirmed that the most important part of the meeting was focused on {{t1}}."));
        if (meeting.Hosts.Count > 1)
        {
            var others = context.OtherHosts(meeting);
            blocks.Add($"{hostSurname} was accompanied by {others}.");
        }

        blocks.AddRange(context.NewsParagraphs(1, 2));
        blocks.Add($"“{quotes[2]}”, {hostSurname} said.");
        if (random.Chance(0.4))
        {
            blocks.Add($"Tags: {context.CountryName}, NATO, {context.Name(host)}, {(plan.NatoUnnamed ? nato.Office : context.Name(nato))}");
        }

        blocks.Add("Related posts");
        return string.Join("\n\n", blocks) + "\n\n" + string.Join("\n\n\n", random.PickSome(TextBank.RelatedPosts, 3));
    }
}
