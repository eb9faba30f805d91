namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Each encounter's countries: those of its Western Balkans participants, its city's, and a country visited
/// (<c>travels to Kosovo</c>); a country only discussed is not listed. See docs/import.md#countries.
/// </summary>
public sealed class CountryRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var meeting in context.Meetings)
        {
            meeting.Countries.Clear();
            var candidates = meeting.Participants.Select(p => p.Organization)
                .Append(meeting.City is null ? null : Countries.CityCountry(context, meeting.City));
            if (meeting.TourStop is null && !meeting.IsCall)
            {
                candidates = candidates.Concat(meeting.Encounters.Where(meeting.IsOnDate).SelectMany(e => e.DestinationCountries));
            }

            foreach (var country in candidates)
            {
                if (country is not null && context.Reference.IsWesternBalkans(country) && !meeting.Countries.Contains(country))
                {
                    meeting.Countries.Add(country);
                }
            }
        }
    }
}
