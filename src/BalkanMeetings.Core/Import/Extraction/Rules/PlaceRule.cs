using System.Text.RegularExpressions;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Each encounter's city: a tour stop's; else the firmest place its sentences give (<c>NATO Headquarters</c> is
/// Brussels); else the place its row opens with (<c>Skopje, Aug 26:</c>); else the dateline's, when the encounter is
/// the one the report was filed about (within a week of its date). A call has none. See docs/import.md#place.
/// </summary>
public sealed partial class PlaceRule : IExtractionRule
{
    private const int DatelineDays = 7;

    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var meeting in context.Meetings)
        {
            var (place, rule) = meeting.IsCall ? (null, "call")
                : SentencePlace(context, meeting) is { } stated ? (stated, meeting.TourStop is null ? "encounter sentence" : "tour stop")
                : meeting.ContextPlace is { } went ? (went, "the place the text went to")
                : Lead(meeting.Unit) is { } lead ? (lead, "lead of its part")
                : RowPlace(context, meeting) is { } row ? (row, "row")
                : context.DatelinePlace is { } dateline && FiledAbout(context, meeting) ? (dateline, "dateline")
                : Recapped(context, meeting) is { } recapped ? (recapped, "sentence about the encounter")
                : TitlePlace(context, meeting) is { } title ? (title, "headline")
                : (null, "none");
            if (place is null)
            {
                continue;
            }

            (meeting.City, meeting.CitySpan, meeting.Venue) = (place.City, place.Span, place.Venue);
            context.Trace.Add(nameof(PlaceRule), meeting, "location_city", $"{place.City} ({rule})", place.Span);
        }
    }

    private static PlaceCandidate? SentencePlace(ArticleContext context, MeetingDraft meeting) =>
        meeting.TourStop is not null ? meeting.SentencePlace : Best(context, meeting, meeting.Encounters.Where(meeting.IsOnDate));

    private static PlaceCandidate? Recapped(ArticleContext context, MeetingDraft meeting) =>
        Best(context, meeting, meeting.Sentences.Where(s => s.HasCue && !s.IsQuestion && !s.IsProspective && meeting.IsOnDate(s)));

    // A row reports one encounter: a place any of its sentences gives is that encounter's.
    private static PlaceCandidate? RowPlace(ArticleContext context, MeetingDraft meeting) =>
        meeting.Unit.Kind != UnitKind.Row ? null
        : Best(context, meeting, context.Readings.Where(r => r.Unit == meeting.Unit && !r.IsQuestion && meeting.IsOnDate(r)));

    // "Šekerinska in Sarajevo: …": the headline's place, when nothing in the text gives one.
    private static PlaceCandidate? TitlePlace(ArticleContext context, MeetingDraft meeting)
    {
        var headlines = context.Document.Blocks.Take(6).Where(b => SubjectLine().IsMatch(context.Slice(b.Start, b.End)))
            .Concat(context.Document.Blocks.Take(6).Where(b => b.Kind is Blocks.BlockKind.Title or Blocks.BlockKind.Heading && !OpensPart(context, b)));
        return headlines.Select(b => HeadlinePlace(context, meeting, b)).OfType<PlaceCandidate>().FirstOrDefault();
    }

    // A section heading ("Sarajevo: dinner first") is its own part's lead, not the article's headline.
    private static bool OpensPart(ArticleContext context, Blocks.TextBlock block) =>
        block.Kind == Blocks.BlockKind.Heading && context.UnitAt(block.Start) is { Kind: UnitKind.Section } unit && unit.Start == block.Start;

    private static PlaceCandidate? HeadlinePlace(ArticleContext context, MeetingDraft meeting, Blocks.TextBlock title)
    {
        // "in Podgorica", or a city the headline opens with ("Belgrade: the hardest conversation").
        var places = Places.Between(context, context.TokenAt(title.Start), context.TokenAt(title.End));
        if (context.Places.FirstOrDefault(p => p.Start == title.Start + (context.Slice(title.Start, title.End).Length - context.Slice(title.Start, title.End).TrimStart().Length)) is { } opening
            && LeadSeparator().IsMatch(context.Slice(opening.End, Math.Min(title.End, opening.End + 3))))
        {
            places.Add(new PlaceCandidate(opening.Place.City, opening.Span, null, 1));
        }

        return Fits(context, meeting, places).OrderByDescending(p => p.Score).FirstOrDefault();
    }

    private static PlaceCandidate? Best(ArticleContext context, MeetingDraft meeting, IEnumerable<SentenceReading> readings) =>
        Fits(context, meeting, readings.SelectMany(r => r.Places)).OrderByDescending(p => p.Score).FirstOrDefault();

    // A Western Balkans city of a country none of the encounter's people come from is another place the text names
    // ("the NATO liaison office in Pristina" in a visit to Montenegro).
    private static IEnumerable<PlaceCandidate> Fits(ArticleContext context, MeetingDraft meeting, IEnumerable<PlaceCandidate> places)
    {
        var countries = meeting.Participants.Select(p => p.Organization).Where(context.Reference.IsWesternBalkans)
            .Concat(meeting.Encounters.SelectMany(e => e.DestinationCountries)).ToHashSet(StringComparer.Ordinal);
        return places.Where(p => Countries.CityCountry(context, p.City) is not { } country || !context.Reference.IsWesternBalkans(country)
            || countries.Count == 0 || countries.Contains(country));
    }

    private static PlaceCandidate? Lead(DiscourseUnit unit) =>
        unit.LeadVenueSpan is { } venue ? new PlaceCandidate(Places.NatoHeadquartersCity, venue, unit.LeadVenue, 0)
        : unit.LeadPlace is { } place ? new PlaceCandidate(place.Place.City, place.Span, null, 0)
        : null;

    private static bool FiledAbout(ArticleContext context, MeetingDraft meeting) =>
        meeting.Date is not { } date || context.Anchor is not { } anchor
        || date.Overlaps(anchor.Value)
        || (anchor.Value.IsSingleDay && Math.Abs(date.From.DayNumber - anchor.Value.From.DayNumber) <= DatelineDays);

    // The subject line of a mailed advisory is its headline.
    [GeneratedRegex(@"^\s*(?:subject|re)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectLine();

    [GeneratedRegex(@"^\s*[:–—|-]", RegexOptions.CultureInvariant)]
    private static partial Regex LeadSeparator();
}
