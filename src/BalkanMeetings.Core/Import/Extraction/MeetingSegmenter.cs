namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// Decides how many meetings an article reports and which part of it reports each. See docs/import.md#meetings.
/// </summary>
public static class MeetingSegmenter
{
    public static List<Segment> Split(ArticleText article, Dateline dateline, IReadOnlyList<PersonInArticle> people)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(dateline);
        ArgumentNullException.ThrowIfNull(people);
        var whole = new Segment(0, article.Text.Length, null, null);

        var byDate = DatedSegments(article, dateline);
        if (byDate.Count > 1 && !AllAlike(article, byDate, people))
        {
            return byDate;
        }

        var stops = TourStops(article);
        return stops.Count > 1 ? stops.Select(stop => whole with { TourStop = stop }).ToList() : [whole];
    }

    /// <summary>True when the sentence around the offset speaks of an encounter or of someone taking part in one.</summary>
    public static bool IsMeetingContext(ArticleText article, int offset)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentence = article.SentenceAt(offset);
        return sentence is not null && HasMeetingWord(article, sentence);
    }

    public static bool HasMeetingWord(ArticleText article, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentence);
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (Vocabulary.MeetingWords.Contains(article.Tokens[t].Folded))
            {
                return true;
            }
        }

        return false;
    }

    // Two or more full dates, each in a sentence about an encounter, start a segment each at the block of
    // their first mention.
    private static List<Segment> DatedSegments(ArticleText article, Dateline dateline)
    {
        var anchors = new List<DateMention>();
        foreach (var date in article.Dates)
        {
            if (date.Kind == DateMentionKind.Absolute && date.Precision == Domain.DatePrecision.Day && date != dateline.Date
                && IsMeetingContext(article, date.Start) && anchors.All(a => a.Value != date.Value))
            {
                anchors.Add(date);
            }
        }

        var segments = new List<Segment>();
        for (var k = 0; k < anchors.Count; k++)
        {
            var start = BlockStart(article, anchors[k].Start);
            var end = k + 1 < anchors.Count ? BlockStart(article, anchors[k + 1].Start) : article.Text.Length;
            if (end > start)
            {
                segments.Add(new Segment(start, end, anchors[k], null));
            }
        }

        return segments;
    }

    // Dates that disagree about one meeting (same people, same kind of encounter) are a conflict, not two meetings.
    private static bool AllAlike(ArticleText article, List<Segment> segments, IReadOnlyList<PersonInArticle> people)
    {
        var signatures = segments.Select(segment =>
        {
            var names = people.Where(p => p.Mentions.Any(m => segment.Contains(m.Start))).Select(p => p.Name).Order(StringComparer.Ordinal);
            return (OpensWithCall(article, segment) ? "call:" : "meeting:") + string.Join('|', names);
        }).Distinct(StringComparer.Ordinal);
        return signatures.Count() == 1;
    }

    // The kind of encounter a dated part reports is in its dating sentence ("The call: Monday, March 3") or the
    // first sentence about the encounter; a later "from phone call to dinner" recaps and decides nothing.
    private static bool OpensWithCall(ArticleText article, Segment segment)
    {
        var anchor = segment.Anchor is { } date ? article.SentenceAt(date.Start) : null;
        var lead = article.Sentences.FirstOrDefault(s => segment.Contains(s.Start) && s != anchor && HasMeetingWord(article, s));
        return new[] { anchor, lead }.Any(sentence => sentence is not null && HasCallWord(article, sentence));
    }

    public static bool HasCallWord(ArticleText article, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentence);
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (Vocabulary.CallWords.Contains(article.Tokens[t].Folded))
            {
                return true;
            }
        }

        return false;
    }

    private static int BlockStart(ArticleText article, int offset) =>
        article.Document.Blocks.FirstOrDefault(b => offset >= b.Start && offset < b.End)?.Start ?? offset;

    // "visits to Sarajevo and Pristina", "a tour of Tirana, Skopje and Podgorica": one meeting per city.
    private static List<PlaceMention> TourStops(ArticleText article)
    {
        foreach (var sentence in article.Sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken - 1; t++)
            {
                var word = article.Tokens[t].Folded;
                if (word is not ("visits" or "tour" or "trip" or "visited" or "trips") || article.WordAt(t + 1) is not ("to" or "of" or "in") && word != "visited")
                {
                    continue;
                }

                var stops = StopsFrom(article, word == "visited" ? t + 1 : t + 2, sentence.EndToken);
                if (stops.Select(s => s.Place.City).Distinct(StringComparer.Ordinal).Count() > 1)
                {
                    return stops;
                }
            }
        }

        return [];
    }

    private static List<PlaceMention> StopsFrom(ArticleText article, int token, int endToken)
    {
        var stops = new List<PlaceMention>();
        while (token < endToken && article.Places.FirstOrDefault(p => p.FirstToken == token) is { } place)
        {
            stops.Add(place);
            token = place.LastToken + 1;
            if (article.WordAt(token) == "and")
            {
                token++;
            }
        }

        return stops;
    }
}
