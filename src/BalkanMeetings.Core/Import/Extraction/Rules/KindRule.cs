using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// A call when the encounter was by phone; a visit when a NATO official meets in a Western Balkans city; otherwise a
/// meeting. See docs/import.md#kind.
/// </summary>
public sealed class KindRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var meeting in context.Meetings)
        {
            meeting.Kind = meeting.IsCall ? MeetingKind.Call
                : meeting.City is { } city && Countries.CityCountry(context, city) is { } country && meeting.Countries.Contains(country)
                    && meeting.Participants.Any(p => p.Organization == ReferenceIndex.Nato) ? MeetingKind.Visit
                : MeetingKind.Meeting;
        }
    }
}
