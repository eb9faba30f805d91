using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Keeps the encounters between NATO and the Western Balkans and makes each one meeting: in-person encounters on the
/// same day in the same city are one (a city left open matches any), so are calls with one country on one day; an
/// undated encounter whose people all meet in a dated one is that one, recapped; an undated one that names nobody is
/// dropped beside dated ones; a recap that dates an encounter again (<c>The meeting … on 6 March</c>) is the same
/// meeting with conflicting dates. See docs/import.md#meetings.
/// </summary>
public sealed class MeetingFilterRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var meetings = context.Meetings;
        meetings.RemoveAll(m => m.Countries.Count == 0 || !m.Participants.Any(p => p.Organization == ReferenceIndex.Nato));

        for (var k = 0; k < meetings.Count; k++)
        {
            for (var j = k + 1; j < meetings.Count; j++)
            {
                var recap = IsRecap(meetings[k], meetings[j]);
                if (recap || SameEncounter(meetings[k], meetings[j]))
                {
                    if (recap)
                    {
                        meetings[k].ConflictingDate ??= meetings[j].DateEvidence;
                    }

                    Merge(context, meetings[k], meetings[j]);
                    meetings.RemoveAt(j--);
                }
            }
        }

        var dated = meetings.Where(m => m.Date is not null).ToList();
        if (dated.Count == 0)
        {
            return;
        }

        foreach (var undated in meetings.Where(m => m.Date is null).ToList())
        {
            var named = Named(undated);
            var into = dated.FirstOrDefault(d => d.IsCall == undated.IsCall && named.IsSubsetOf(Named(d)));
            if (into is not null && named.Count > 0)
            {
                Merge(context, into, undated);
            }

            if (into is not null || named.Count == 0)
            {
                meetings.Remove(undated);
            }
        }
    }

    private static bool SameEncounter(MeetingDraft a, MeetingDraft b)
    {
        if (a.IsCall != b.IsCall || (a.IsCall && (a.CallCountry != b.CallCountry || a.CallPerson != b.CallPerson)) || (a.Date is null) != (b.Date is null))
        {
            return false;
        }

        if (a.Date is { } day)
        {
            return day.IsSingleDay && b.Date == day && (a.IsCall || a.City is null || b.City is null || a.City == b.City);
        }

        // Undated: the same city, or the same people outside a tour (a recap that places the visit elsewhere).
        return a.IsCall || a.City == b.City
            || ((a.City is null || b.City is null || (a.TourStop is null && b.TourStop is null))
                && (Everyone(a).IsSubsetOf(Everyone(b)) || Everyone(b).IsSubsetOf(Everyone(a))));
    }

    // Named participants by name, the others by office.
    private static HashSet<string> Everyone(MeetingDraft meeting) =>
        meeting.Participants.Select(p => p.Name ?? $"{p.Role}|{p.Organization}").ToHashSet(StringComparer.Ordinal);

    // The same people dated again in the same part, by a sentence that speaks of "the meeting".
    private static bool IsRecap(MeetingDraft first, MeetingDraft later) =>
        first.Unit == later.Unit && first.Unit.Kind == UnitKind.Section && first.IsCall == later.IsCall && later.Opening.IsRecap
        && first.Date is { } firstDate && later.Date is { } laterDate && !firstDate.Overlaps(laterDate)
        && Named(first).SetEquals(Named(later)) && Named(first).Count > 0;

    private static HashSet<string> Named(MeetingDraft meeting) =>
        meeting.Participants.Where(p => p.Name is not null && p.NameOrigin == Domain.ValueOrigin.Stated).Select(p => p.Name!).ToHashSet(StringComparer.Ordinal);

    private static void Merge(ArticleContext context, MeetingDraft into, MeetingDraft from)
    {
        foreach (var participant in from.Participants)
        {
            if (!into.Participants.Any(p => (p.Name is not null && p.Name == participant.Name) || (p.Name is null && participant.Name is null && p.Role == participant.Role && p.Organization == participant.Organization)))
            {
                into.Participants.Add(participant);
            }
        }

        foreach (var country in from.Countries.Where(c => !into.Countries.Contains(c)))
        {
            into.Countries.Add(country);
        }

        if (into.City is null && from.City is not null && !into.IsCall)
        {
            (into.City, into.CitySpan, into.Venue) = (from.City, from.CitySpan, from.Venue);
            context.Trace.Add(nameof(MeetingFilterRule), into, "location_city", $"{from.City} (from a recap of the same encounter)", from.CitySpan);
        }

        into.Encounters.AddRange(from.Encounters);
        into.Sentences.AddRange(from.Sentences);
    }
}
