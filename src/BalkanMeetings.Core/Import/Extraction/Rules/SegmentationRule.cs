using System.Text.RegularExpressions;
using BalkanMeetings.Core.Import.Extraction.Temporal;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Groups the encounter sentences into encounters, one per city per day and one per call, within each part of the
/// article: a sentence with a date or city of its own that the encounter in hand does not share opens another; a
/// call with leaders of two countries is two calls; a tour gives each city its own encounter. A sentence without a
/// date takes the one the text last gave (<c>this morning … then led the talks</c>). See docs/import.md#segments.
/// </summary>
public sealed partial class SegmentationRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        MeetingDraft? current = null;
        DiscourseUnit? unit = null;
        (DateValue? Value, DateExpression? Evidence) time = (null, null);
        PlaceCandidate? where = null;
        bool? lastWasCall = null;
        foreach (var reading in context.Readings)
        {
            if (reading.Unit != unit)
            {
                unit = reading.Unit;
                current = null;
                time = (unit.LeadDate?.Value, unit.LeadDate);
                where = null;
            }

            var own = OwnDate(context, reading, current, time);
            if (!reading.IsEncounter)
            {
                // The text's time moves on with every date it gives for what happens (not background, which the
                // temporal step set aside): "returned to Prishtinë on 22 April 2004. Rugova received …".
                if (own.Value is { } moved && !reading.IsProspective && !reading.IsQuestion && !Refines(time.Value, moved))
                {
                    time = own;
                    where = reading.DestinationCities.Select(c => new PlaceCandidate(c.Place.City, c.Span, null, 1)).FirstOrDefault();
                }

                // A part with no encounter of its own that still speaks of one recaps the one reported before it.
                var holder = current ?? (reading.HasCue ? context.Meetings.LastOrDefault() : null);
                if (holder is not null && (own.Value is null || holder.Date is null || own.Value.Value.Overlaps(holder.Date.Value)))
                {
                    holder.Sentences.Add(reading);
                }

                continue;
            }

            // Talks with the EU or another organisation, no NATO official named: not an encounter with NATO.
            if (reading.HasOtherCounterpart && !reading.Parties.Any(p => Organisation.IsNato(context, p)))
            {
                continue;
            }

            if (reading.IsProspective && current is not null)
            {
                current.Sentences.Add(reading);
                continue;
            }

            var when = own.Value is not null ? own : time;
            var span = own.Evidence?.Days is { } days && own.Value is not null ? days : when.Value;
            var isCall = reading.IsCall && !reading.IsInPerson || (!reading.IsCall && !reading.IsInPerson && reading.Places.Count == 0 && (current?.IsCall ?? lastWasCall ?? false));
            var targets = Targets(context, reading, current, span, isCall);
            if (targets.Count == 0)
            {
                continue;
            }

            foreach (var target in targets)
            {
                target.Encounters.Add(reading);
                target.Sentences.Add(reading);
                target.ContextPlace ??= where;
                if (target.Date is null && when.Value is not null)
                {
                    (target.Date, target.DateEvidence) = when;
                }
                else if (target.Date is { } held && own.Value is { } other && !other.Overlaps(held) && reading.IsRecap)
                {
                    target.ConflictingDate ??= own.Evidence;
                }
            }

            current = targets[^1];
            lastWasCall = isCall;
            time = (current.Date, current.DateEvidence);
        }
    }

    // A day already in hand is not moved by a coarser date around it ("on Monday … earlier in May").
    private static bool Refines(DateValue? held, DateValue moved) =>
        held is { } day && day.Precision > moved.Precision && day.Overlaps(moved);

    private static (DateValue? Value, DateExpression? Evidence) OwnDate(
        ArticleContext context, SentenceReading reading, MeetingDraft? current, (DateValue? Value, DateExpression? Evidence) time)
    {
        // "In the afternoon, …", "That evening …": the day the text has reached.
        if (reading.EventDate is null && time.Value is { IsSingleDay: true }
            && SameDayRegex().IsMatch(context.Slice(reading.Sentence.Start, reading.Sentence.End)))
        {
            return time;
        }

        if (reading.EventDate is not { } date)
        {
            return (null, null);
        }

        if (date.Kind == DateExpressionKind.FollowingDay && current?.Date is { } previous)
        {
            date = DateResolver.FollowOn(date, previous);
        }

        return (date.Value, date);
    }

    private static List<MeetingDraft> Targets(ArticleContext context, SentenceReading reading, MeetingDraft? current, DateValue? date, bool isCall)
    {
        var countries = reading.Parties.Select(p => Organisation.Of(context, p)).Where(o => o is not null && context.Reference.IsWesternBalkans(o)).Distinct().ToList();
        var separate = reading.Parties.Where(p => p.Person is not null && Organisation.IsWesternBalkans(context, p)).Select(p => p.Person!).Distinct().ToList();
        if (isCall && separate.Count > 1 && SeparateRegex().IsMatch(context.Slice(reading.Sentence.Start, reading.Sentence.End)))
        {
            return separate.Select(person => Find(context, reading, date, true, m => m.CallPerson == person)
                ?? New(context, reading, true, m => (m.CallPerson, m.CallCountry) = (person, Organisation.OfPerson(context, person, person.Office)))).ToList();
        }

        if (isCall && countries.Count > 1)
        {
            return countries.Select(country => Find(context, reading, date, true, m => m.CallCountry == country) ?? New(context, reading, true, m => m.CallCountry = country)).ToList();
        }

        if (!isCall && reading.DestinationCities.Select(c => c.Place.City).Distinct().Count() > 1)
        {
            return reading.DestinationCities.Select(stop => Find(context, reading, date, false, m => m.TourStop?.Place.City == stop.Place.City) ?? New(context, reading, false, m => m.TourStop = stop)).ToList();
        }

        var city = reading.BestPlace?.City;
        if (current is not null && current.IsCall == isCall && Compatible(current, date, city)
            && (!isCall || countries.Count == 0 || current.CallCountry is null || current.CallCountry == countries[0]))
        {
            if (isCall && countries.Count == 1)
            {
                current.CallCountry ??= countries[0];
            }

            return [current];
        }

        var known = Find(context, reading, date, isCall, m => Compatible(m, date, city) && (!isCall || countries.Count == 0 || m.CallCountry == countries[0]));
        if (known is not null)
        {
            return [known];
        }

        // Only a sentence with someone or somewhere of the Western Balkans, or the first of its part, opens an encounter.
        if (!reading.HasWesternBalkansSide(context) && current is not null)
        {
            return [];
        }

        return [New(context, reading, isCall, m => m.CallCountry = isCall && countries.Count == 1 ? countries[0] : null)];
    }

    private static MeetingDraft? Find(ArticleContext context, SentenceReading reading, DateValue? date, bool isCall, Func<MeetingDraft, bool> fits) =>
        date is null ? null : context.Meetings.FirstOrDefault(m => m.Unit == reading.Unit && m.IsCall == isCall && m.Date is { } held && held.Overlaps(date.Value) && fits(m));

    private static MeetingDraft New(ArticleContext context, SentenceReading reading, bool isCall, Action<MeetingDraft> setUp)
    {
        var meeting = new MeetingDraft(reading.Unit, isCall);
        setUp(meeting);
        context.Meetings.Add(meeting);
        return meeting;
    }

    [GeneratedRegex(@"\bseparate(?:ly)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeparateRegex();

    [GeneratedRegex(@"^\W*(?:(?:in|during)\s+the\s+(?:morning|afternoon|evening)|(?:that|this)\s+(?:morning|afternoon|evening|night)|later\s+(?:that\s+day|in\s+the\s+day))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SameDayRegex();

    private static bool Compatible(MeetingDraft meeting, DateValue? date, string? city) =>
        (date is null || meeting.Date is null || meeting.Date.Value.Overlaps(date.Value))
        && (city is null || meeting.IsCall || meeting.SentencePlace?.City is not { } held || held == city);
}
