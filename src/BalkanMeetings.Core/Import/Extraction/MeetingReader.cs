using System.Text.RegularExpressions;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>Reads the meetings of an article, one per segment. See docs/import.md#meetings.</summary>
public sealed partial class MeetingReader(
    ArticleText article,
    Dateline dateline,
    DateOnly? referenceDate,
    IReadOnlyList<PersonInArticle> people,
    IReadOnlyList<RoleMention> unattachedRoles)
{
    // How many words a meeting word may stand from a place to tie the two ("talks with ... in Ohrid").
    private const int NearWindow = 8;

    private const string NatoHeadquartersCity = "Brussels";

    private readonly ReferenceIndex _reference = article.Reference;

    public List<ExtractedMeeting> Read(List<ExtractedFlag> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var segments = MeetingSegmenter.Split(article, dateline, people);
        var meetings = new List<ExtractedMeeting>();
        foreach (var segment in segments)
        {
            // A meeting needs a NATO official and a Western Balkans country; anything less is background.
            var meetingFlags = new List<ExtractedFlag>();
            var meeting = ReadMeeting(segment, meetings.Count, meetingFlags);
            if (meeting.Countries.Count > 0 && meeting.Participants.Any(p => p.Organization == ReferenceIndex.Nato))
            {
                meetings.Add(meeting);
                flags.AddRange(meetingFlags);
            }
        }

        return meetings;
    }

    private ExtractedMeeting ReadMeeting(Segment segment, int index, List<ExtractedFlag> flags)
    {
        var sentences = article.Sentences.Where(s => segment.Contains(s.Start)).ToList();
        var lead = sentences.FirstOrDefault(s => MeetingSegmenter.HasMeetingWord(article, s) && MentionsSomeone(s)) ?? sentences.FirstOrDefault();
        var kind = KindOf(segment, lead);
        var (status, statusSpan) = StatusOf(sentences, lead, index, flags);
        var (city, citySpan, venue) = kind == MeetingKind.Call ? (null, null, null) : PlaceOf(segment, sentences);
        var named = NamedParticipants(segment);
        var date = DateOf(segment, status, named, index, flags);
        var participants = Participants(segment, named, date, index, flags);
        var countries = CountriesOf(segment, participants, city);
        if (kind == MeetingKind.Meeting && city is not null && countries.Contains(CountryOfCity(city) ?? string.Empty)
            && participants.Any(p => p.Organization == ReferenceIndex.Nato))
        {
            kind = MeetingKind.Visit;
        }

        return new ExtractedMeeting(
            TitleOf(participants, city, kind),
            date.Value,
            date.Precision,
            date.Origin,
            date.Span,
            city,
            citySpan,
            venue,
            countries,
            kind,
            status,
            statusSpan,
            participants,
            lead is null ? null : article.Slice(lead.Start, lead.End).Trim());
    }

    private bool MentionsSomeone(Sentence sentence) =>
        people.Any(p => p.Mentions.Any(m => sentence.Contains(m.Start)))
        || unattachedRoles.Any(r => sentence.Contains(r.Start));

    private MeetingKind KindOf(Segment segment, Sentence? lead)
    {
        var anchorSentence = segment.Anchor is { } anchor ? article.SentenceAt(anchor.Start) : null;
        foreach (var sentence in new[] { anchorSentence, lead })
        {
            if (sentence is not null && MeetingSegmenter.HasCallWord(article, sentence))
            {
                return MeetingKind.Call;
            }
        }

        return MeetingKind.Meeting;
    }

    // The lead sentence decides: "is set to visit", "will meet", a headline's "to visit" announce a meeting.
    private (MeetingStatus Status, TextSpan? Span) StatusOf(List<Sentence> sentences, Sentence? lead, int index, List<ExtractedFlag> flags)
    {
        if (lead is null)
        {
            return (MeetingStatus.Held, null);
        }

        var text = article.Slice(lead.Start, lead.End);
        var future = Future().Match(text);
        if (!future.Success && lead.Block is Blocks.BlockKind.Title or Blocks.BlockKind.Heading)
        {
            future = HeadlineFuture().Match(text);
        }

        if (!future.Success)
        {
            return (MeetingStatus.Held, null);
        }

        var done = sentences.Where(s => s.Start > lead.Start).Select(s => (Sentence: s, Match: Done().Match(article.Slice(s.Start, s.End)))).FirstOrDefault(x => x.Match.Success);
        if (done.Match is { Success: true })
        {
            flags.Add(new ExtractedFlag(
                FlagKind.ConflictingStatus,
                FlagSeverity.Warning,
                $"The article announces this meeting (\"{future.Value}\") and later speaks of it as done (\"{done.Match.Value}\").",
                index,
                null,
                "Status",
                article.Slice(done.Sentence.Start, done.Sentence.End).Trim(),
                null));
        }

        return (MeetingStatus.Planned, new TextSpan(lead.Start + future.Index, lead.Start + future.Index + future.Length));
    }

    private (string? City, TextSpan? Span, string? Venue) PlaceOf(Segment segment, List<Sentence> sentences)
    {
        if (segment.TourStop is { } stop)
        {
            return (stop.Place.City, new TextSpan(stop.Start, stop.End), null);
        }

        (double Score, string City, TextSpan Span, string? Venue)? best = null;
        void Consider(double score, string city, TextSpan span, string? venue)
        {
            if (score > 0 && (best is null || score > best.Value.Score))
            {
                best = (score, city, span, venue);
            }
        }

        foreach (var sentence in sentences)
        {
            var baseScore = (MeetingSegmenter.HasMeetingWord(article, sentence) ? 1 : 0) + (MentionsSomeone(sentence) ? 1 : 0);
            if (baseScore == 0)
            {
                continue;
            }

            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (IsHeadquarters(t) && HeadquartersPlace(t, sentence) is { } hq)
                {
                    Consider(baseScore + 2, hq.City, hq.Span, hq.Venue);
                }
            }

            foreach (var place in article.Places.Where(p => p.FirstToken >= sentence.FirstToken && p.LastToken < sentence.EndToken))
            {
                if (dateline.Place == place)
                {
                    continue;
                }

                var before = article.WordAt(place.FirstToken - 1);
                if (!Vocabulary.Locatives.Contains(before) || Vocabulary.OnwardWords.Contains(article.WordAt(place.FirstToken - 2)))
                {
                    continue;
                }

                var near = NearMeetingWord(place.FirstToken, place.LastToken, sentence) ? 2 : 0;
                Consider(baseScore + near, place.Place.City, new TextSpan(place.Start, place.End), null);
            }

            foreach (var capital in CapitalPhrases(sentence))
            {
                Consider(baseScore + 1, capital.City, capital.Span, null);
            }
        }

        // A dateline places the report, and usually the meeting, unless the text puts the meeting elsewhere.
        if (dateline.Place is { } datelinePlace && segment.Contains(datelinePlace.Start))
        {
            Consider(1.5, datelinePlace.Place.City, new TextSpan(datelinePlace.Start, datelinePlace.End), null);
        }

        return best is { } b ? (b.City, b.Span, b.Venue) : (null, null, null);
    }

    private bool IsHeadquarters(int t) => Vocabulary.Headquarters.Contains(article.WordAt(t));

    // "NATO Headquarters" is Brussels unless a city follows ("NATO Headquarters Sarajevo", "HQ Sarajevo",
    // "headquarters in Brussels"); a bare "its headquarters" belongs to nobody in particular.
    private (string City, TextSpan Span, string Venue)? HeadquartersPlace(int t, Sentence sentence)
    {
        var after = article.WordAt(t + 1) == "in" ? t + 2 : t + 1;
        var place = article.Places.FirstOrDefault(p => p.FirstToken == after && p.LastToken < sentence.EndToken);
        var owner = article.WordAt(t - 1);
        var ownerIsNato = owner is "nato" or "alliance" || (owner == "s" && article.WordAt(t - 2) is "alliance" or "nato");
        var startToken = ownerIsNato ? (owner == "s" ? t - 2 : t - 1) : t;
        if (place is not null)
        {
            var venue = article.Slice(article.Tokens[startToken].Start, article.Tokens[t].End);
            return (place.Place.City, new TextSpan(place.Start, place.End), venue);
        }

        if (ownerIsNato || article.Slice(article.Tokens[t].Start, article.Tokens[t].End) == "HQ")
        {
            var span = new TextSpan(article.Tokens[startToken].Start, article.Tokens[t].End);
            return (NatoHeadquartersCity, span, "NATO Headquarters");
        }

        return null;
    }

    private bool NearMeetingWord(int first, int last, Sentence sentence)
    {
        for (var t = Math.Max(sentence.FirstToken, first - NearWindow); t <= Math.Min(sentence.EndToken - 1, last + NearWindow); t++)
        {
            if ((t < first || t > last) && Vocabulary.MeetingWords.Contains(article.Tokens[t].Folded))
            {
                return true;
            }
        }

        return false;
    }

    // "in the Montenegrin capital", "in the capital of Montenegro".
    private IEnumerable<(string City, TextSpan Span)> CapitalPhrases(Sentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (article.WordAt(t) != "capital")
            {
                continue;
            }

            var country = article.Countries.FirstOrDefault(c => c.IsDemonym && c.LastToken == t - 1)
                ?? article.Countries.FirstOrDefault(c => !c.IsDemonym && article.WordAt(t + 1) == "of" && c.FirstToken == t + 2);
            if (country is not null && article.WordAt(Math.Min(country.FirstToken, t) - 2) is "in" or "at" or "to")
            {
                yield return (country.Country.Capital, new TextSpan(Math.Min(country.Start, article.Tokens[t].Start), Math.Max(country.End, article.Tokens[t].End)));
            }
        }
    }

    private sealed record MeetingDate(DateOnly? Value, DatePrecision Precision, ValueOrigin Origin, TextSpan? Span)
    {
        public static readonly MeetingDate Unknown = new(null, DatePrecision.Unknown, ValueOrigin.Inferred, null);

        public (DateOnly From, DateOnly To)? Period => PartialDate.Period(Value, Precision);

        public string Text => PartialDate.Iso(Value, Precision) ?? "unknown";
    }

    private MeetingDate DateOf(Segment segment, MeetingStatus status, List<(PersonInArticle Person, RoleMention? Role)> named, int index, List<ExtractedFlag> flags)
    {
        var inSegment = article.Dates
            .Where(d => segment.Contains(d.Start) && d != dateline.Date && MeetingSegmenter.IsMeetingContext(article, d.Start))
            .ToList();

        var days = inSegment.Where(d => d.Kind == DateMentionKind.Absolute && d.Precision == DatePrecision.Day).ToList();
        if (segment.Anchor is { } anchor)
        {
            days.Insert(0, anchor);
        }

        if (days.Count > 0)
        {
            var first = days[0];
            var other = days.FirstOrDefault(d => d.Value != first.Value);
            if (other is not null && segment.Anchor is null)
            {
                flags.Add(new ExtractedFlag(
                    FlagKind.ConflictingDates,
                    FlagSeverity.Warning,
                    $"The article dates this meeting {Iso(first.Value)} and also {Iso(other.Value)}.",
                    index,
                    null,
                    "Date",
                    article.Slice(other.Start, other.End),
                    null));
            }

            return new MeetingDate(first.Value, DatePrecision.Day, ValueOrigin.Stated, new TextSpan(first.Start, first.End));
        }

        if (referenceDate is { } reference)
        {
            var relative = inSegment.FirstOrDefault(d => d.Kind != DateMentionKind.Absolute);
            if (relative is not null && DateFinder.Resolve(relative, reference, status == MeetingStatus.Planned).Value is { } resolved)
            {
                return new MeetingDate(resolved, DatePrecision.Day, ValueOrigin.Inferred, new TextSpan(relative.Start, relative.End));
            }
        }

        if (inSegment.FirstOrDefault(d => d.Kind == DateMentionKind.Absolute && d.Precision == DatePrecision.Month) is { } month)
        {
            return new MeetingDate(month.Value, DatePrecision.Month, ValueOrigin.Stated, new TextSpan(month.Start, month.End));
        }

        if (dateline.Date is { } datelineDate)
        {
            return new MeetingDate(datelineDate.Value, DatePrecision.Day, ValueOrigin.Inferred, new TextSpan(datelineDate.Start, datelineDate.End));
        }

        if (referenceDate is { } published)
        {
            return new MeetingDate(published, DatePrecision.Day, ValueOrigin.Inferred, null);
        }

        var fromSummit = SummitDate(named, index, flags);
        if (fromSummit is null)
        {
            flags.Add(new ExtractedFlag(FlagKind.MissingDate, FlagSeverity.Warning, "The article gives no date for this meeting.", index, null, "Date", null, null));
        }

        return fromSummit ?? MeetingDate.Unknown;
    }

    // "preparations for next month's NATO Summit", "the NATO Summit in June": the summit table, the terms of
    // the people named and the summit's agenda themes narrow the month down. See docs/import.md#summit-dates.
    private MeetingDate? SummitDate(List<(PersonInArticle Person, RoleMention? Role)> named, int index, List<ExtractedFlag> flags)
    {
        var nextMonth = NextMonthsSummit().Match(article.Text);
        var inMonth = SummitInMonth().Match(article.Text);
        if (!nextMonth.Success && !inMonth.Success)
        {
            return null;
        }

        var summitMonth = inMonth.Success ? DateFinder.MonthNumber(inMonth.Groups["month"].Value) : 0;
        var candidates = _reference.Set.Summits.Where(s => summitMonth == 0 || s.Start.Month == summitMonth).ToList();
        foreach (var (person, role) in named)
        {
            if (role is null || !person.IsKnown)
            {
                continue;
            }

            var terms = _reference.OfficesOf(person.Name).Where(o => o.Title == role.Title && (role.Organization is null || o.Organization == role.Organization)).ToList();
            if (terms.Count > 0)
            {
                candidates = candidates.Where(s => terms.Any(o => o.Covers(s.Start.AddMonths(-1), s.Start.AddMonths(-1)))).ToList();
            }
        }

        var themed = candidates.Where(s => s.Themes.Any(theme => article.Text.Contains(theme, StringComparison.OrdinalIgnoreCase))).ToList();
        if (themed.Count > 0)
        {
            candidates = themed;
        }

        var evidence = nextMonth.Success ? nextMonth : inMonth;
        if (candidates.Count != 1)
        {
            if (candidates.Count > 1)
            {
                flags.Add(new ExtractedFlag(
                    FlagKind.AmbiguousDate,
                    FlagSeverity.Warning,
                    "Several NATO summits fit the article's date clues: " + string.Join(", ", candidates.Select(s => $"{s.Name} {Iso(s.Start)}")) + ".",
                    index,
                    null,
                    "Date",
                    evidence.Value,
                    null));
            }

            return null;
        }

        var summit = candidates[0];
        var month = nextMonth.Success ? summit.Start.AddMonths(-1) : summit.Start;
        return new MeetingDate(new DateOnly(month.Year, month.Month, 1), DatePrecision.Month, ValueOrigin.Inferred, new TextSpan(evidence.Index, evidence.Index + evidence.Length));
    }

    private List<(PersonInArticle Person, RoleMention? Role)> NamedParticipants(Segment segment)
    {
        var named = new List<(PersonInArticle, RoleMention?)>();
        foreach (var person in people)
        {
            if (person.IsFormer || !person.Mentions.Any(m => segment.Contains(m.Start)))
            {
                continue;
            }

            named.Add((person, person.Role));
        }

        return named;
    }

    private List<ExtractedParticipant> Participants(Segment segment, List<(PersonInArticle Person, RoleMention? Role)> named, MeetingDate date, int index, List<ExtractedFlag> flags)
    {
        var participants = new List<ExtractedParticipant>();
        foreach (var (person, role) in named)
        {
            var (title, organization, roleOrigin) = RoleOf(person, role, date);
            if (title is null || organization is null || !(organization == ReferenceIndex.Nato || _reference.IsWesternBalkans(organization)))
            {
                continue;
            }

            if (segment.TourStop is { } stop && organization != ReferenceIndex.Nato && organization != stop.Place.Country)
            {
                continue;
            }

            var mention = person.Mentions.First(m => segment.Contains(m.Start));
            var firstFull = person.Mentions.FirstOrDefault(m => m.IsFullName) ?? person.Mentions[0];
            if (!person.IsKnown)
            {
                flags.Add(new ExtractedFlag(
                    FlagKind.UnknownPerson,
                    FlagSeverity.Info,
                    $"{person.Name} is not in the reference data; check the spelling or add them.",
                    index,
                    participants.Count,
                    "Person",
                    article.Slice(firstFull.Start, firstFull.End),
                    null));
            }

            participants.Add(new ExtractedParticipant(
                person.Name,
                person.IsKnown,
                article.Slice(firstFull.Start, firstFull.End),
                ValueOrigin.Stated,
                title,
                roleOrigin,
                organization,
                new TextSpan(mention.Start, mention.End),
                role is null ? null : new TextSpan(role.Start, role.End)));
        }

        foreach (var role in unattachedRoles)
        {
            if (!segment.Contains(role.Start) || role.IsFormer || role.Organization is null
                || participants.Any(p => p.Role == role.Title && p.Organization == role.Organization)
                || (!role.IsNato && !(_reference.IsWesternBalkans(role.Organization) && MeetingSegmenter.IsMeetingContext(article, role.Start))))
            {
                continue;
            }

            participants.Add(UnnamedOfficial(role, date, index, participants.Count, flags));
        }

        return participants;
    }

    // An office named without its holder: the holder on the meeting date, when the date says who that was.
    private ExtractedParticipant UnnamedOfficial(RoleMention role, MeetingDate date, int index, int participantIndex, List<ExtractedFlag> flags)
    {
        var holders = date.Period is { } period && date.Precision == DatePrecision.Day
            ? _reference.HoldersOf(role.Title, role.Organization!, period.From, period.To).ToList()
            : [];
        var evidence = article.Slice(role.Start, role.End);
        if (holders.Count == 1)
        {
            flags.Add(new ExtractedFlag(
                FlagKind.InferredOfficial,
                FlagSeverity.Info,
                $"The article names the {role.Title} only by office; on {date.Text} that was {holders[0].Person}.",
                index,
                participantIndex,
                "Person",
                evidence,
                holders[0].Describe()));
            return new ExtractedParticipant(holders[0].Person, true, null, ValueOrigin.Inferred, role.Title, ValueOrigin.Stated, role.Organization!, null, new TextSpan(role.Start, role.End));
        }

        flags.Add(new ExtractedFlag(
            FlagKind.UnresolvedOfficial,
            FlagSeverity.Warning,
            $"The article names the {role.Title} ({role.Organization}) only by office and the date does not say who held it.",
            index,
            participantIndex,
            "Person",
            evidence,
            null));
        return new ExtractedParticipant(null, false, null, ValueOrigin.Inferred, role.Title, ValueOrigin.Stated, role.Organization!, null, new TextSpan(role.Start, role.End));
    }

    // The office the article gives; failing that, the one the reference data says the person held then.
    private (string? Title, string? Organization, ValueOrigin Origin) RoleOf(PersonInArticle person, RoleMention? role, MeetingDate date)
    {
        var terms = _reference.OfficesOf(person.Name);
        if (role is not null)
        {
            var organization = role.Organization
                ?? terms.FirstOrDefault(o => o.Title == role.Title)?.Organization
                ?? terms.FirstOrDefault(o => _reference.IsWesternBalkans(o.Organization))?.Organization;
            return (role.Title, organization, ValueOrigin.Stated);
        }

        var term = date.Period is { } period
            ? terms.FirstOrDefault(o => o.Covers(period.From, period.To))
            : null;
        term ??= terms.OrderByDescending(o => o.Start).FirstOrDefault();
        return term is null ? (null, null, ValueOrigin.Inferred) : (term.Title, term.Organization, ValueOrigin.Inferred);
    }

    private List<string> CountriesOf(Segment segment, List<ExtractedParticipant> participants, string? city)
    {
        var countries = new List<string>();
        void Add(string? country)
        {
            if (country is not null && _reference.IsWesternBalkans(country) && !countries.Contains(country))
            {
                countries.Add(country);
            }
        }

        foreach (var participant in participants)
        {
            Add(participant.Organization);
        }

        Add(city is null ? null : CountryOfCity(city));
        if (segment.TourStop is null)
        {
            foreach (var country in article.Countries.Where(c => segment.Contains(c.Start) && !c.IsDemonym))
            {
                var before = article.WordAt(country.FirstToken - 1);
                var twoBefore = article.WordAt(country.FirstToken - 2);
                if (before is "visit" or "visits" or "visited" or "visiting" || (before is "to" or "in" && twoBefore is "visit" or "trip" or "arrived" or "visits"))
                {
                    Add(country.Country.Name);
                }
            }
        }

        return countries;
    }

    private string? CountryOfCity(string city) =>
        _reference.Set.Places.FirstOrDefault(p => p.City == city)?.Country;

    private static string TitleOf(List<ExtractedParticipant> participants, string? city, MeetingKind kind)
    {
        var nato = participants.FirstOrDefault(p => p.Organization == ReferenceIndex.Nato);
        var host = participants.FirstOrDefault(p => p.Organization != ReferenceIndex.Nato);
        var natoName = nato is null ? "NATO" : nato.Name ?? $"NATO {nato.Role}";
        return kind switch
        {
            MeetingKind.Call => $"{natoName} call with {host?.Name ?? host?.Organization ?? "Western Balkans officials"}",
            _ when host is not null => $"{natoName} meets {host.Name ?? $"{host.Organization} {host.Role}"}" + (city is null ? string.Empty : $" in {city}"),
            _ => $"{natoName}" + (city is null ? " meeting" : $" in {city}"),
        };
    }

    private static string Iso(DateOnly? date) => PartialDate.Iso(date, DatePrecision.Day) ?? "unknown";

    [GeneratedRegex(@"\b(?:will|is set to|are set to|is scheduled to|are scheduled to|is due to|are due to|is expected to|are expected to|plans to|is planning to|is to|are to)\s+(?:\w+\s+){0,3}?(?:visit|meet|travel|hold|pay|host|receive|welcome|arrive|hold talks)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Future();

    [GeneratedRegex(@"\bto\s+(?:visit|meet|host|receive|travel)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineFuture();

    [GeneratedRegex(@"\b(?:the recent visit|during the visit|discussions held|talks held|was received|visited|met with|concluded (?:his|her|a|the)|the visit (?:marks|reflected|underscores))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Done();

    [GeneratedRegex(@"\bnext month['’]?s\s+(?:NATO\s+|Alliance\s+)?summit\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextMonthsSummit();

    [GeneratedRegex(@"\bsummit\s+in\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SummitInMonth();
}
