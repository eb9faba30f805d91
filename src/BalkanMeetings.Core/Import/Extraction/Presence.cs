namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// Who a sentence puts at its encounter: the people and offices it names, except in a question, in quotation marks,
/// as the host who sent an invitation, as the subject of another visit (<c>the recent visit of the Secretary
/// General</c>) or with a former office; the person a <c>he</c> or <c>him</c> stands for; and the unnamed subject
/// of a clipped sentence. See docs/import.md#presence.
/// </summary>
internal static class Presence
{
    // How far before "did not take part" a name may stand and be the one not there.
    private const int AbsenceWindow = 60;

    // sentenceText: the text of the reading's sentence, which the caller has already sliced.
    public static void Read(ArticleContext context, SentenceReading reading, string sentenceText, PersonInArticle? subject, bool clipped, IReadOnlyList<TextSpan> quotes)
    {
        var sentence = reading.Sentence;

        // "did not take part", "at being unable to attend": the people named just before are the ones not there.
        var absences = Tense.Absences(sentenceText).Select(m => sentence.Start + m.Index).ToList();

        foreach (var person in context.People)
        {
            foreach (var mention in person.Mentions)
            {
                if (!sentence.Contains(mention.Start))
                {
                    continue;
                }

                var office = OfficeNear(person, sentence, mention);
                var first = office is not null && office.FirstToken < mention.FirstToken ? office.FirstToken : mention.FirstToken;
                if (person.IsFormer || office?.IsFormer == true || IsAbsent(context, first, sentence, quotes, mention.Span)
                    || IsNamedBeforeAbsence(absences, mention) || IsParty(reading, person))
                {
                    continue;
                }

                reading.Parties.Add(new Party(person, office, mention.Span, PartySource.Named));
                if (IsSpeaker(context, mention, sentence) && Organisation.OfPerson(context, person, office ?? person.Office) == Reference.ReferenceIndex.Nato)
                {
                    reading.Speakers.Add(person);
                }
            }
        }

        foreach (var office in context.Offices.Where(o => sentence.Contains(o.Start) && !o.IsFormer && !Rules.HolderRule.IsHeld(context, o)))
        {
            if (!IsAbsent(context, office.FirstToken, sentence, quotes, office.Span))
            {
                reading.Parties.Add(new Party(null, office, office.Span, PartySource.Office));
            }
        }

        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (FirstPerson.IsFirstPerson(context, t) && TextOrder.Enclosing(quotes, context.Tokens[t].Start, context.Tokens[t].End) is null
                && FirstPerson.Of(context, sentence) is { } speaker && !IsParty(reading, speaker))
            {
                reading.Parties.Add(new Party(speaker, null, new TextSpan(context.Tokens[t].Start, context.Tokens[t].End), PartySource.Pronoun));
                break;
            }
        }

        if (subject is null || IsParty(reading, subject))
        {
            return;
        }

        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (IsPronoun(context, t) && TextOrder.Enclosing(quotes, context.Tokens[t].Start, context.Tokens[t].End) is null)
            {
                reading.Parties.Add(new Party(subject, null, new TextSpan(context.Tokens[t].Start, context.Tokens[t].End), PartySource.Pronoun));
                return;
            }
        }

        if (clipped && !reading.HasOtherCounterpart)
        {
            reading.Parties.Add(new Party(subject, null, new TextSpan(sentence.Start, sentence.Start), PartySource.Implicit));
        }
    }

    // The office the text ties to this mention, not another office of the same person elsewhere in the sentence.
    // This and the next two run for every person of every sentence, so they loop: a lambda would allocate its closure
    // at each call.
    private static OfficeMention? OfficeNear(PersonInArticle person, Sentence sentence, PersonMention mention)
    {
        foreach (var office in person.Offices)
        {
            if (sentence.Contains(office.Start) && Math.Abs(office.Start - mention.Start) < 120)
            {
                return office;
            }
        }

        return null;
    }

    private static bool IsNamedBeforeAbsence(List<int> absences, PersonMention mention)
    {
        foreach (var absence in absences)
        {
            if (absence >= mention.End && absence - mention.End <= AbsenceWindow)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsParty(SentenceReading reading, PersonInArticle person)
    {
        foreach (var party in reading.Parties)
        {
            if (party.Person == person)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPronoun(ArticleContext context, int t) => context.WordAt(t) switch
    {
        "he" or "she" or "him" => true,

        // "her" is a pronoun before punctuation or a preposition, a possessive before a noun.
        "her" => t + 1 >= context.Tokens.Count || context.Text.AsSpan(context.Tokens[t].End, context.Tokens[t + 1].Start - context.Tokens[t].End).Trim().Length > 0
            || context.WordAt(t + 1) is "to" or "for" or "on" or "in" or "at" or "with" or "and",
        _ => false,
    };

    private static bool IsAbsent(ArticleContext context, int first, Sentence sentence, IReadOnlyList<TextSpan> quotes, TextSpan span)
    {
        // Words someone says are not presence; a whole quoted passage (a reposted statement) is text like any other.
        if (TextOrder.Enclosing(quotes, span.Start, span.End) is { } q && (q.Start > sentence.Start + 2 || q.End < sentence.End - 2))
        {
            return true;
        }

        // Words before the name or office, "the" skipped: "at the invitation of", "the recent visit of the".
        var before = new List<string>();
        for (var t = first - 1; t >= sentence.FirstToken && before.Count < 4; t--)
        {
            var word = context.WordAt(t);
            if (word is not ("the" or "nato" or "s"))
            {
                before.Add(word);
            }
        }

        // "talked about … the KFOR commander": what is talked about, after the meeting word.
        for (var t = first - 1; t >= sentence.FirstToken; t--)
        {
            if (Vocabulary.TopicWords.Contains(context.WordAt(t)))
            {
                return true;
            }

            if (Vocabulary.MeetingWords.Contains(context.WordAt(t)))
            {
                break;
            }
        }

        return before switch
        {
            ["of", "invitation", ..] or ["by", "invited", ..] or ["of", "behalf", ..] => true,
            ["of" or "by", "visit" or "visits", "recent" or "earlier" or "previous" or "last" or "latest", ..] => true,
            _ => false,
        };
    }

    // The person opens the sentence, is cited ("according to Stoltenberg") or speaks within a few words.
    private static bool IsSpeaker(ArticleContext context, PersonMention mention, Sentence sentence)
    {
        if (mention.FirstToken == DiscourseSubject.FirstContentToken(context, sentence)
            || (context.WordAt(mention.FirstToken - 1) == "to" && context.WordAt(mention.FirstToken - 2) == "according"))
        {
            return true;
        }

        for (var t = mention.LastToken + 1; t <= Math.Min(sentence.EndToken - 1, mention.LastToken + 3); t++)
        {
            if (Vocabulary.SpeechWords.Contains(context.WordAt(t)))
            {
                return true;
            }
        }

        return false;
    }
}
