namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Each encounter's city: a tour stop's; else the firmest place its sentences give (<c>NATO Headquarters</c> is
/// Brussels); else the place its row opens with (<c>Skopje, Aug 26:</c>); else the dateline's, when the encounter is
/// the one the report was filed about (within a week of its date). A call has none. See docs/import.md#place.
/// </summary>
public sealed class PlaceRule : IExtractionRule
{
    private const int DatelineDays = 7;

    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var meeting in context.Meetings)
        {
            var (place, rule) = meeting.IsCall ? (null, "call")
                : meeting.SentencePlace is { } stated ? (stated, meeting.TourStop is null ? "encounter sentence" : "tour stop")
                : Lead(meeting.Unit) is { } lead ? (lead, "row lead")
                : Recapped(meeting) is { } recapped ? (recapped, "sentence about the encounter")
                : RowPlace(context, meeting) is { } row ? (row, "row")
                : context.DatelinePlace is { } dateline && FiledAbout(context, meeting) ? (dateline, "dateline")
                : (null, "none");
            if (place is null)
            {
                continue;
            }

            (meeting.City, meeting.CitySpan, meeting.Venue) = (place.City, place.Span, place.Venue);
            context.Trace.Add(nameof(PlaceRule), meeting, "location_city", $"{place.City} ({rule})", place.Span);
        }
    }

    private static PlaceCandidate? Recapped(MeetingDraft meeting) =>
        meeting.Sentences.Where(s => s.HasCue && !s.IsQuestion && !s.IsProspective && meeting.IsOnDate(s)).SelectMany(s => s.Places).OrderByDescending(p => p.Score).FirstOrDefault();

    // A row reports one encounter: a place any of its sentences gives is that encounter's.
    private static PlaceCandidate? RowPlace(ArticleContext context, MeetingDraft meeting) =>
        meeting.Unit.Kind != UnitKind.Row ? null
        : context.Readings.Where(r => r.Unit == meeting.Unit && !r.IsQuestion && meeting.IsOnDate(r)).SelectMany(r => r.Places).OrderByDescending(p => p.Score).FirstOrDefault();

    private static PlaceCandidate? Lead(DiscourseUnit unit) =>
        unit.LeadVenueSpan is { } venue ? new PlaceCandidate(Places.NatoHeadquartersCity, venue, unit.LeadVenue, 0)
        : unit.LeadPlace is { } place ? new PlaceCandidate(place.Place.City, place.Span, null, 0)
        : null;

    private static bool FiledAbout(ArticleContext context, MeetingDraft meeting) =>
        meeting.Date is not { } date || context.Anchor is not { } anchor
        || date.Overlaps(anchor.Value)
        || (anchor.Value.IsSingleDay && Math.Abs(date.From.DayNumber - anchor.Value.From.DayNumber) <= DatelineDays);
}
