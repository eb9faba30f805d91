namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>Which Western Balkans country an encounter or an article is about, where the words leave it open.</summary>
internal static class Countries
{
    /// <summary>The one Western Balkans country of the encounter's people, destinations and city, if there is one.</summary>
    public static string? OfMeeting(ArticleContext context, MeetingDraft meeting)
    {
        var countries = meeting.Participants.Select(p => p.Organization)
            .Concat(meeting.Encounters.SelectMany(e => e.DestinationCountries))
            .Concat(meeting.Encounters.SelectMany(e => e.DestinationCities).Select(c => c.Place.Country))
            .Append(meeting.CallCountry)
            .Append(meeting.TourStop?.Place.Country)
            .Append(meeting.City is null ? null : CityCountry(context, meeting.City))
            .Where(c => c is not null && context.Reference.IsWesternBalkans(c))
            .Distinct()
            .ToList();
        return countries.Count == 1 ? countries[0] : null;
    }

    /// <summary>The Western Balkans country the article names most often.</summary>
    public static string? MostNamed(ArticleContext context) =>
        context.Countries.Where(c => c.IsWesternBalkans).GroupBy(c => c.Name).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    public static string? CityCountry(ArticleContext context, string city) =>
        context.Reference.Set.Places.FirstOrDefault(p => p.City == city)?.Country;
}
