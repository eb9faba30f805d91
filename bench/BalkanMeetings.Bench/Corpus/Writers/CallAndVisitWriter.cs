namespace BalkanMeetings.Bench.Corpus.Writers;

/// <summary>
/// Two meetings in one feature (dev d05): a phone call, then a visit one to four weeks later, each under its own
/// dated sub-heading. The dateline names the capital the report comes from, which is not where the call took place.
/// </summary>
internal static class CallAndVisitWriter
{
    public static string Write(ArticleContext context)
    {
        var random = context.Random;
        var call = context.Plan.Meetings[0];
        var visit = context.Meeting;
        var caller = call.MainHost;
        var callerName = context.Name(caller);
        var callerSurname = ArticleContext.Surname(callerName);
        var natoOnCall = context.NatoSurname(call.Nato);
        var natoOnVisit = context.NatoSurname(visit.Nato);
        var country = ArticleContext.CountryOn(visit);
        var days = visit.Date.DayNumber - call.Date.DayNumber;
        var dinner = visit.AtHeadquarters && random.Chance(0.6);
        var visitPlace = dinner ? "a long working dinner at the Alliance’s headquarters in Brussels"
            : visit.AtHeadquarters ? "talks at the Alliance’s headquarters in Brussels"
            : $"talks in {visit.City}";

        var blocks = new List<string>
        {
            $"From a phone call to {(dinner ? "a working dinner" : $"talks in {ArticleContext.CityName(visit)}")}: how {callerSurname} and {natoOnVisit} kept the {country}-NATO channel open",
            $"{visit.Country.Capital.ToUpperInvariant()} – Within {(days < 14 ? "two weeks" : "a month")}, {context.HostIntro(caller, call, midSentence: true)} went from a telephone conversation with {context.NatoFull(call.Nato)} to {visitPlace}. Here is how the contacts unfolded.",
            $"The call: {ArticleContext.FormatDate(call.Date, "dddd, MMMM d, yyyy")}",
            context.Fill($"{callerSurname} spoke by phone with {natoOnCall} on {ArticleContext.FormatDate(call.Date, "dddd, MMMM d, yyyy")}, about {{t1}} and relations between {country} and NATO. In a post on social media, {callerSurname} said both had agreed on the importance of {{t2}} and of preserving peace in the region."),
            $"{callerSurname} added that the two had agreed to meet {(visit.AtHeadquarters ? "in Brussels" : $"in {visit.City}")} within a month. {natoOnCall} confirmed the plan the same day, writing that it was important to keep working together for stability in the Western Balkans.",
            $"The {(dinner ? "dinner" : "visit")}: {ArticleContext.FormatDate(visit.Date, "dddd, d MMMM yyyy")}",
            VisitParagraph(context, visit, dinner),
            context.Fill($"Speaking to reporters afterwards, {ArticleContext.Surname(context.Name(visit.MainHost))} said they had gone through every important issue: {{t1}}, {{t2}} and {{t3}}, and called it “a successful day” for {country}."),
            "Why it matters",
            ArticleContext.Background(visit) + " The quick follow-up from phone call to meeting suggests both sides want the channel to stay open at a time of rising tension in the region.",
        };
        return string.Join("\n\n", blocks) + "\n";
    }

    private static string VisitParagraph(ArticleContext context, Meeting visit, bool dinner)
    {
        var host = visit.MainHost;
        var others = context.OtherHosts(visit);
        var weekday = ArticleContext.Weekday(visit.Date);
        if (visit.AtHeadquarters)
        {
            var accompanied = others.Length > 0 ? $", accompanied by {others}," : string.Empty;
            var format = dinner ? "The two first met one-on-one before the talks were widened to both delegations over dinner." : "The talks lasted well over an hour.";
            return $"On {weekday} {ArticleContext.Surname(context.Name(host))}{accompanied} was received by {context.NatoSurname(visit.Nato)} at NATO Headquarters. {format}";
        }

        var alsoMet = others.Length > 0 ? $" and also met {others}" : string.Empty;
        return $"{context.NatoSurname(visit.Nato)} arrived in {visit.City} on {weekday} for talks with {context.HostIntro(host, visit, midSentence: alsoMet.Length > 0)}{alsoMet}.";
    }
}
