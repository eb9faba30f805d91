using System.Text.RegularExpressions;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Reads each sentence of prose for an encounter: a word of meeting, calling or taking part; who it puts there; when,
/// where and in which mood. Headlines, questions and quotations report no encounter. See docs/import.md#encounters.
/// </summary>
public sealed partial class EncounterRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var quotes = QuoteRegex().Matches(context.Text).Select(m => new TextSpan(m.Index, m.Index + m.Length)).ToList();
        var subject = new DiscourseSubject();
        foreach (var sentence in context.Sentences)
        {
            if (context.IsHeading(context.Document.Blocks[sentence.BlockIndex]) || context.InTable(sentence.Start))
            {
                continue;
            }

            var text = context.Slice(sentence.Start, sentence.End);
            var reading = new SentenceReading(sentence, context.UnitAt(sentence.Start))
            {
                IsQuestion = text.TrimEnd().TrimEnd('"', '”', '’', '\'', ')').EndsWith('?'),
                IsFuture = Tense.Future(text).Success,
                IsProspective = Tense.IsProspective(text),
                IsRecap = RecapRegex().IsMatch(text),
            };
            ReadWords(context, reading);
            reading.EventDate = EventDates.Choose(context, reading, quotes);
            reading.OpensWithDate = reading.EventDate is { } date && context.TokenAt(date.Start) <= DiscourseSubject.FirstContentToken(context, sentence);
            reading.Places.AddRange(Places.Between(context, sentence.FirstToken, sentence.EndToken));
            if (!reading.IsFuture && !reading.IsProspective)
            {
                reading.Places.RemoveAll(p => Places.IsOfEventToCome(context, p));
            }

            Destinations(context, reading);

            var clipped = subject.Read(context, sentence);
            Presence.Read(context, reading, text, subject.Current, clipped, quotes);
            reading.Places.RemoveAll(p => Places.IsInOthersClause(context, reading, p));

            // A Western Balkans official at NATO Headquarters is there on a visit: "Zaev is back at NATO Headquarters".
            if (!reading.HasCue && reading.Places.Any(p => p.Venue is not null) && reading.Parties.Any(p => Organisation.IsWesternBalkans(context, p)))
            {
                reading.HasCue = true;
                reading.IsInPerson = true;
            }

            context.Readings.Add(reading);
        }
    }

    private static void ReadWords(ArticleContext context, SentenceReading reading)
    {
        var sentence = reading.Sentence;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var word = context.WordAt(t);
            var lists = Vocabulary.EncounterWords.GetValueOrDefault(word);
            var cue = (lists.HasFlag(EncounterWord.Meeting) && !IsHoldingSomethingElse(context, t, sentence)) || IsPresencePhrase(context, t);
            if (cue && !reading.HasCue)
            {
                reading.HasCue = true;
                reading.CueToken = t;
            }

            reading.IsCall |= IsCallWord(context, t, lists);
            reading.IsInPerson |= lists.HasFlag(EncounterWord.InPerson);
            reading.HasOtherCounterpart |= lists.HasFlag(EncounterWord.OtherOrganisation)
                || (word is "representative" && context.WordAt(t - 1) is "high" or "special");
        }
    }

    // "held talks", "hold a meeting" are encounters; "held the rotating chair", "held office" are not.
    private static bool IsHoldingSomethingElse(ArticleContext context, int t, Sentence sentence)
    {
        if (context.WordAt(t) is not ("held" or "hold" or "holds"))
        {
            return false;
        }

        for (var k = t + 1; k < Math.Min(t + 4, sentence.EndToken); k++)
        {
            if (Vocabulary.MeetingWords.Contains(context.WordAt(k)))
            {
                return false;
            }
        }

        return true;
    }

    // "phoned", "by telephone", "a call with", "separate calls to Vucic": not "the call to open accession talks". lists:
    // the encounter word lists its word is in.
    private static bool IsCallWord(ArticleContext context, int t, EncounterWord lists)
    {
        var word = context.WordAt(t);
        if (word is not ("call" or "calls"))
        {
            return lists.HasFlag(EncounterWord.Call);
        }

        var next = context.WordAt(t + 1) == "to" ? (context.WordAt(t + 2) == "the" ? t + 3 : t + 2) : -1;
        return context.WordAt(t - 1) is "phone" or "telephone" or "video" or "separate" or "conference" or "further"
            || context.WordAt(t + 1) == "with"
            || (next > 0 && (PersonStartsAt(context, next) || OfficeStartsAt(context, next) || CountryStartsAt(context, next)));
    }

    // Loops, not lambdas: these are asked for every word, and a lambda's closure would be allocated at every call.
    private static bool PersonStartsAt(ArticleContext context, int t)
    {
        foreach (var mention in context.PersonMentions)
        {
            if (mention.FirstToken == t)
            {
                return true;
            }
        }

        return false;
    }

    private static bool OfficeStartsAt(ArticleContext context, int t)
    {
        foreach (var office in context.Offices)
        {
            if (office.FirstToken == t)
            {
                return true;
            }
        }

        return false;
    }

    private static bool CountryStartsAt(ArticleContext context, int t)
    {
        foreach (var country in context.Countries)
        {
            if (country.FirstToken == t)
            {
                return true;
            }
        }

        return false;
    }

    // "together with", "accompanied by", "joined by", "attended by", "in the presence of", "the turn of".
    private static bool IsPresencePhrase(ArticleContext context, int t) => (context.WordAt(t), context.WordAt(t + 1)) switch
    {
        ("together", "with") or ("accompanied", "by") or ("joined", "by") or ("attended", "by") or ("flanked", "by") => true,
        ("presence", "of") => context.WordAt(t - 1) == "the",
        ("turn", "of") => context.WordAt(t - 1) == "the",
        ("alongside", _) or ("sat", "down") or ("sits", "down") or ("called", "on") or ("calls", "on") => true,
        ("travelled" or "traveled", "with") => true,
        ("saw" or "sees", _) => PersonStartsAt(context, t + 1) || OfficeStartsAt(context, t + 1) || (context.WordAt(t + 1) == "the" && OfficeStartsAt(context, t + 2)),
        _ => false,
    };

    // "visits to Sarajevo and Pristina", "travels to Kosovo", "visited Podgorica".
    private static void Destinations(ArticleContext context, SentenceReading reading)
    {
        var sentence = reading.Sentence;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (Vocabulary.VisitWords.Contains(context.WordAt(t)))
            {
                DestinationsAfter(context, reading, t);
            }
        }
    }

    // The places and countries a visiting word at t goes to, in a list: "visits to Sarajevo and Pristina".
    private static void DestinationsAfter(ArticleContext context, SentenceReading reading, int t)
    {
        var sentence = reading.Sentence;
        var next = t + 1;
        next += context.WordAt(next) == "back" ? 1 : 0;
        next += Vocabulary.DestinationLinks.Contains(context.WordAt(next)) ? 1 : 0;
        next += context.WordAt(next) == "the" ? 1 : 0;
        while (next < sentence.EndToken)
        {
            if (TextOrder.Between(context.Places, next, next + 1, p => p.FirstToken).FirstOrDefault() is { } place && context.Reference.IsWesternBalkans(place.Place.Country))
            {
                if (reading.DestinationCities.All(c => c.Place.City != place.Place.City))
                {
                    reading.DestinationCities.Add(place);
                }

                next = place.LastToken + 1;
            }
            else if (context.Countries.FirstOrDefault(c => c.FirstToken == next && c.IsWesternBalkans && !c.IsDemonym) is { } country)
            {
                if (!reading.DestinationCountries.Contains(country.Name))
                {
                    reading.DestinationCountries.Add(country.Name);
                }

                next = country.LastToken + 1;
            }
            else
            {
                break;
            }

            next += context.WordAt(next) == "and" ? 1 : 0;
        }
    }

    [GeneratedRegex(@"[“""](?<body>[^“”""\n]{1,2000})[”""]", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteRegex();

    // "The meeting between … on 6 March was productive": the encounter again, not another one.
    [GeneratedRegex(@"^\W*(?:the|this|that)\s+(?:meeting|talks|visit|call|encounter|discussions?|conversation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecapRegex();
}
