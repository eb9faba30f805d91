namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// Where the words of a sentence put an encounter: <c>NATO Headquarters</c> (Brussels, unless a city follows), a city
/// after <c>in</c>, <c>at</c>, <c>to</c> or a visiting verb, <c>in the Montenegrin capital</c>. See docs/import.md#place.
/// </summary>
internal static class Places
{
    public const string NatoHeadquartersCity = "Brussels";

    public const string NatoHeadquartersVenue = "NATO Headquarters";

    // How many words a meeting word may stand from a place to tie the two ("talks with ... in Ohrid").
    private const int NearWindow = 8;

    /// <summary>Every place the tokens first..end give, scored: a venue or a city near a meeting word counts most.</summary>
    public static List<PlaceCandidate> Between(ArticleContext context, int first, int end)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = new List<PlaceCandidate>();
        for (var t = first; t < end; t++)
        {
            if (Headquarters(context, t, end) is { } hq)
            {
                found.Add(hq);
            }
        }

        foreach (var place in TextOrder.Between(context.Places, first, end, p => p.FirstToken).Where(p => p.LastToken < end))
        {
            if (context.DatelinePlace?.Span == place.Span || found.Any(f => f.Span == place.Span))
            {
                continue;
            }

            var before = context.WordAt(place.FirstToken - 1);
            if (Vocabulary.Locatives.Contains(before) && !Vocabulary.OnwardWords.Contains(context.WordAt(place.FirstToken - 2)))
            {
                found.Add(new PlaceCandidate(place.Place.City, place.Span, null, 1 + (NearMeetingWord(context, place.FirstToken, place.LastToken, first, end) ? 2 : 0)));
            }
        }

        found.AddRange(CapitalPhrases(context, first, end));
        return found;
    }

    /// <summary>
    /// True for the place of another event still to come: "the preparations for the NATO Summit in The Hague next
    /// month" says where the summit will be, not where the reported talks were.
    /// </summary>
    public static bool IsOfEventToCome(ArticleContext context, PlaceCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(candidate);
        if (TextOrder.Between(context.Places, candidate.Span.Start, candidate.Span.Start + 1, p => p.Start).FirstOrDefault(p => p.Span == candidate.Span) is not { } place
            || !Vocabulary.Locatives.Contains(context.WordAt(place.FirstToken - 1))
            || !Vocabulary.OtherEvents.Contains(context.WordAt(place.FirstToken - 2))
            || context.UnitAt(place.Start).Anchor is not { } anchor)
        {
            return false;
        }

        return context.Dates.Any(d => context.TokenAt(d.Start) - place.LastToken is >= 1 and <= 2
            && d.Value is { } when && when.From > anchor.Value.To);
    }

    /// <summary>
    /// True for a place in a clause about someone who takes no part: "The visit comes a day after UN mediator Matthew
    /// Nimetz presents the two sides with new ideas in New York."
    /// </summary>
    public static bool IsInOthersClause(ArticleContext context, SentenceReading reading, PlaceCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(candidate);
        var at = context.TokenAt(candidate.Span.Start);
        for (var t = at - 1; t >= reading.Sentence.FirstToken; t--)
        {
            if (Vocabulary.BoundaryWords.Contains(context.WordAt(t)))
            {
                return Enumerable.Range(t + 1, Math.Max(0, at - t - 2)).Any(k => IsOthersName(context, reading, k));
            }
        }

        return false;
    }

    // Two name words in a row that are nobody the sentence has taking part.
    private static bool IsOthersName(ArticleContext context, SentenceReading reading, int t) =>
        Rules.UnknownNames.IsNameWord(context, t) && Rules.UnknownNames.IsNameWord(context, t + 1)
        && !reading.Parties.Any(p => p.Span.Start < context.Tokens[t + 1].End && context.Tokens[t].Start < p.Span.End);

    /// <summary>A NATO venue at token t: "NATO Headquarters", "the Alliance's headquarters", "NATO HQ Sarajevo".</summary>
    public static PlaceCandidate? Headquarters(ArticleContext context, int t, int end)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Asked for every word: the rest, whose lambdas allocate at each call, only for the word itself.
        return Vocabulary.Headquarters.Contains(context.WordAt(t)) ? HeadquartersAt(context, t, end) : null;
    }

    private static PlaceCandidate? HeadquartersAt(ArticleContext context, int t, int end)
    {
        var after = context.WordAt(t + 1) == "in" ? t + 2 : t + 1;
        var place = TextOrder.Between(context.Places, after, after + 1, p => p.FirstToken).FirstOrDefault(p => p.LastToken < end);
        // "the Brussels headquarters": the city before the word.
        if (TextOrder.Between(context.Places, t - 1, t, p => p.LastToken).FirstOrDefault() is { } before)
        {
            return new PlaceCandidate(before.Place.City, before.Span, context.Slice(before.Start, context.Tokens[t].End), 3);
        }

        var owner = context.WordAt(t - 1);
        var ownerIsNato = owner is "nato" or "alliance" || (owner == "s" && context.WordAt(t - 2) is "alliance" or "nato");
        var startToken = ownerIsNato ? (owner == "s" ? t - 2 : t - 1) : t;
        if (place is not null)
        {
            return new PlaceCandidate(place.Place.City, place.Span, context.Slice(context.Tokens[startToken].Start, context.Tokens[t].End), 3);
        }

        // A bare "its headquarters" belongs to nobody in particular.
        return ownerIsNato || context.Slice(context.Tokens[t].Start, context.Tokens[t].End) == "HQ"
            ? new PlaceCandidate(NatoHeadquartersCity, new TextSpan(context.Tokens[startToken].Start, context.Tokens[t].End), NatoHeadquartersVenue, 3)
            : null;
    }

    private static bool NearMeetingWord(ArticleContext context, int first, int last, int start, int end)
    {
        for (var t = Math.Max(start, first - NearWindow); t <= Math.Min(end - 1, last + NearWindow); t++)
        {
            if ((t < first || t > last) && Vocabulary.MeetingWords.Contains(context.Tokens[t].Folded))
            {
                return true;
            }
        }

        return false;
    }

    // "in the Montenegrin capital", "in the capital of Montenegro".
    private static IEnumerable<PlaceCandidate> CapitalPhrases(ArticleContext context, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (context.WordAt(t) != "capital")
            {
                continue;
            }

            var country = context.Countries.FirstOrDefault(c => c.IsWesternBalkans && c.IsDemonym && c.LastToken == t - 1)
                ?? context.Countries.FirstOrDefault(c => c.IsWesternBalkans && !c.IsDemonym && context.WordAt(t + 1) == "of" && c.FirstToken == t + 2);
            if (country is not null && context.WordAt(Math.Min(country.FirstToken, t) - 2) is "in" or "at" or "to")
            {
                var span = new TextSpan(Math.Min(country.Start, context.Tokens[t].Start), Math.Max(country.End, context.Tokens[t].End));
                yield return new PlaceCandidate(country.Country!.Capital, span, null, 2);
            }
        }
    }
}
