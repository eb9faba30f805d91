using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Bench.Corpus;

/// <summary>Draws the facts of one article (style, date, people, place, topics, deliberate errors) from its random source.</summary>
internal sealed class ArticlePlanner(OfficeHolders holders)
{
    // Both NATO offices have a holder in the reference data throughout this span.
    private static readonly DateOnly FirstDay = new(2014, 1, 1);
    private static readonly DateOnly LastDay = new(2025, 12, 31);

    private static readonly (ArticleStyle, double)[] Styles =
    [
        (ArticleStyle.ContentFarm, 45),
        (ArticleStyle.Wire, 16),
        (ArticleStyle.Portal, 14),
        (ArticleStyle.PressRelease, 10),
        (ArticleStyle.HtmlNewsroom, 7),
        (ArticleStyle.CallAndVisit, 8),
    ];

    // The office of the first host named; BiH's chairs stand in for President and Prime Minister.
    private static readonly (string, double)[] MainHostOffices =
    [
        ("President", 30),
        ("Prime Minister", 30),
        ("Chair of the Presidency", 30),
        ("Chair of the Council of Ministers", 12),
        ("Minister of Foreign Affairs", 18),
        ("Minister of Defence", 14),
    ];

    private static readonly (int, double)[] HostCounts = [(1, 60), (2, 28), (3, 12)];

    public static ArticleStyle PickTextStyle(Random random) => random.Weighted(Styles);

    public ArticlePlan Plan(ArticleStyle style, Random random)
    {
        var country = random.Pick(holders.Countries);
        var date = FirstDay.AddDays(random.Next(LastDay.DayNumber - FirstDay.DayNumber + 1));
        var natoOffice = random.Chance(0.85) ? OfficeHolders.SecretaryGeneral : OfficeHolders.DeputySecretaryGeneral;
        var misstate = random.Chance(0.12);

        List<Meeting> meetings;
        if (style == ArticleStyle.CallAndVisit)
        {
            // A call is one-to-one; the visit may bring more people (see FollowUp).
            var call = CreateMeeting(date, null, country, natoOffice, extraHosts: 0, misstate, random);
            var visitDate = date.AddDays(random.Between(5, 30));
            var city = random.Chance(0.6) ? Meeting.Headquarters : country.Capital;
            meetings = [call, FollowUp(call, visitDate, city, random)];
        }
        else
        {
            var city = random.Chance(HeadquartersShare(style)) ? Meeting.Headquarters : country.Capital;
            meetings = [CreateMeeting(date, city, country, natoOffice, random.Weighted(HostCounts) - 1, misstate, random)];
        }

        var topics = random.PickSome(TextBank.TopicsFor(country.Name, date), random.Between(3, 6));
        return new ArticlePlan(
            style,
            meetings,
            topics,
            Planned: style switch
            {
                ArticleStyle.Wire => random.Chance(0.25),
                ArticleStyle.ContentFarm => random.Chance(0.05),
                _ => false,
            },
            AsciiNames: random.Chance(style switch
            {
                ArticleStyle.Wire => 0.55,
                ArticleStyle.HtmlNewsroom => 0,
                _ => 0.1,
            }),
            NatoUnnamed: style == ArticleStyle.ContentFarm && random.Chance(0.04),
            Undated: random.Chance(style switch
            {
                ArticleStyle.ContentFarm => 0.06,
                ArticleStyle.Portal => 0.25,
                _ => 0,
            }));
    }

    private static double HeadquartersShare(ArticleStyle style) => style switch
    {
        ArticleStyle.HtmlNewsroom => 0.8,
        ArticleStyle.PressRelease => 0.7,
        _ => 0.5,
    };

    private Meeting CreateMeeting(DateOnly date, string? city, CountryRecord country, string natoOffice, int extraHosts, bool misstate, Random random)
    {
        var nato = holders.HolderOn(OfficeHolders.Nato, natoOffice, date)
            ?? throw new InvalidDataException($"No NATO {natoOffice} on {date:O} in the reference data.");
        var held = holders.HeldOn(country.Name, date).ToList();
        var available = MainHostOffices.Where(o => held.Any(t => string.Equals(t.Title, o.Item1, StringComparison.Ordinal))).ToList();
        if (available.Count == 0)
        {
            throw new InvalidDataException($"No head of state, government or minister of {country.Name} on {date:O} in the reference data.");
        }

        var mainOffice = random.Weighted(available);
        var main = held.Where(t => string.Equals(t.Title, mainOffice, StringComparison.Ordinal)).MaxBy(t => t.Start)!;

        var hosts = new List<OfficeTerm> { main };
        // One office per person: a Chair of the Presidency is also a Member, a Prime Minister sometimes also Foreign Minister.
        var others = held.Where(t => !string.Equals(t.Person, main.Person, StringComparison.Ordinal)).ToList();
        foreach (var extra in random.PickSome(others, extraHosts))
        {
            if (!hosts.Any(h => string.Equals(h.Person, extra.Person, StringComparison.Ordinal)))
            {
                hosts.Add(extra);
            }
        }

        var participants = new List<Participant> { ToParticipant(nato, false) };
        participants.AddRange(hosts.Select(h => ToParticipant(h, false)));
        if (misstate)
        {
            Misstate(participants, hosts.Prepend(nato).ToList(), date, random);
        }

        return new Meeting(date, city, participants[0], participants.Skip(1).ToList(), country);
    }

    /// <summary>Replaces one participant with a person or office that does not fit the date.</summary>
    private void Misstate(List<Participant> participants, List<OfficeTerm> actual, DateOnly date, Random random)
    {
        var index = random.Chance(0.4) ? 0 : random.Between(1, participants.Count - 1);
        var wrong = holders.Misstated(actual[index], date, random);
        if (wrong is not null && !participants.Any(p => string.Equals(p.Name, wrong.Person, StringComparison.Ordinal) && p != participants[index]))
        {
            participants[index] = ToParticipant(wrong, true);
        }
    }

    /// <summary>The later visit: whoever holds the same offices by then, with the call's wording kept for people who still do.</summary>
    private Meeting FollowUp(Meeting call, DateOnly date, string city, Random random)
    {
        var nato = Successor(call.Nato, date);
        var hosts = call.Hosts.Select(h => Successor(h, date)).DistinctBy(h => h.Name).ToList();
        var held = holders.HeldOn(call.Country.Name, date)
            .Where(t => !hosts.Any(h => string.Equals(h.Name, t.Person, StringComparison.Ordinal)))
            .ToList();
        if (held.Count > 0 && random.Chance(0.4))
        {
            // Visits bring a minister along more often than calls do.
            hosts.Add(ToParticipant(random.Pick(held), false));
        }

        return new Meeting(date, city, nato, hosts, call.Country);
    }

    private Participant Successor(Participant participant, DateOnly date)
    {
        if (participant.Misstated)
        {
            return participant;
        }

        var holder = holders.HolderOn(participant.Organization, participant.Office, date);
        return holder is null || string.Equals(holder.Person, participant.Name, StringComparison.Ordinal)
            ? participant
            : ToParticipant(holder, false);
    }

    private Participant ToParticipant(OfficeTerm term, bool misstated) =>
        new(term.Person, holders.AsciiSpelling(term.Person), term.Title, term.Organization, misstated);
}
