using System.Globalization;
using System.Text;

namespace BalkanMeetings.Bench.Corpus;

/// <summary>
/// What a writer needs while it composes one article: the plan, the article's random source, the way this article
/// spells names and dates, and <see cref="Fill"/> for the templates in <see cref="TextBank"/>.
/// </summary>
internal sealed class ArticleContext(ArticlePlan plan, Random random)
{
    // North Macedonia took its name on 12 February 2019; older reports say Macedonia.
    private static readonly DateOnly PrespaNameChange = new(2019, 2, 12);

    private static readonly Dictionary<string, string[]> OfficeWordings = new(StringComparer.Ordinal)
    {
        ["Minister of Foreign Affairs"] = ["Minister of Foreign Affairs", "Foreign Minister"],
        ["Minister of Defence"] = ["Minister of Defence", "Defence Minister", "Minister of Defense"],
        ["Chair of the Presidency"] = ["Chair of the Presidency", "Chairman of the Presidency"],
        ["Chair of the Council of Ministers"] = ["Chair of the Council of Ministers", "Chairman of the Council of Ministers"],
    };

    public ArticlePlan Plan { get; } = plan;

    public Random Random { get; } = random;

    public Meeting Meeting => Plan.Main;

    /// <summary>The meeting date as this article prints it in running text ("December 16, 2024" or "16 December 2024").</summary>
    public string DateText { get; } = FormatDate(plan.Main.Date, random.Chance(0.6) ? "MMMM d, yyyy" : "d MMMM yyyy");

    public string CountryName => CountryOn(Meeting);

    public static string FormatDate(DateOnly date, string format) => date.ToString(format, CultureInfo.InvariantCulture);

    public static string Weekday(DateOnly date) => FormatDate(date, "dddd");

    public static string CountryOn(Meeting meeting) =>
        string.Equals(meeting.Country.Name, "North Macedonia", StringComparison.Ordinal) && meeting.Date < PrespaNameChange
            ? "Macedonia"
            : meeting.Country.Name;

    /// <summary>"Serbian", "Montenegrin": the first demonym in countries.json.</summary>
    public static string Adjective(Meeting meeting) =>
        meeting.Country.Demonyms.Count > 0 ? meeting.Country.Demonyms[0] : CountryOn(meeting);

    public static string Surname(string name) => name[(name.LastIndexOf(' ') + 1)..];

    public string Name(Participant participant) => Plan.AsciiNames ? participant.AsciiName : participant.Name;

    public string OfficeWording(Participant participant) =>
        OfficeWordings.TryGetValue(participant.Office, out var wordings) ? Random.Pick(wordings) : participant.Office;

    /// <summary>"NATO Secretary General Jens Stoltenberg", or only the title when the article never names the official.</summary>
    public string NatoFull(Participant nato) =>
        Plan.NatoUnnamed ? $"NATO {nato.Office}" : $"NATO {nato.Office} {Name(nato)}";

    public string NatoSurname(Participant nato) => Plan.NatoUnnamed ? $"the {nato.Office}" : Surname(Name(nato));

    /// <summary>
    /// The first mention of a host, worded one of the ways the seeds use. <paramref name="midSentence"/> closes an
    /// apposition ("the Prime Minister of Montenegro, Milo Đukanović,") when more of the sentence follows.
    /// </summary>
    public string HostIntro(Participant host, Meeting meeting, bool midSentence)
    {
        var office = OfficeWording(host);
        var country = CountryOn(meeting);
        return Random.Next(4) switch
        {
            0 => $"{country}’s {office} {Name(host)}",
            1 => $"the {office} of {country}, {Name(host)}{(midSentence ? "," : string.Empty)}",
            2 => $"{Adjective(meeting)} {office} {Name(host)}",
            _ => $"{office} of {country} {Name(host)}",
        };
    }

    /// <summary>All hosts, the first with the country, the others by office only.</summary>
    public string HostsIntro(Meeting meeting, bool midSentence)
    {
        if (meeting.Hosts.Count == 1)
        {
            return HostIntro(meeting.MainHost, meeting, midSentence);
        }

        return JoinList(OtherHostNames(meeting).Prepend(HostIntro(meeting.MainHost, meeting, midSentence: false)).ToList());
    }

    /// <summary>The hosts after the first, by office and name ("Foreign Minister X and Defence Minister Y"); empty if none.</summary>
    public string OtherHosts(Meeting meeting) => JoinList(OtherHostNames(meeting).ToList());

    /// <summary>
    /// A few paragraphs of reporting, filled in: background only when the meeting has not happened yet, background
    /// and follow-up otherwise.
    /// </summary>
    public IEnumerable<string> NewsParagraphs(int min, int max)
    {
        var pool = Plan.Planned ? TextBank.BackgroundParagraphs : [.. TextBank.BackgroundParagraphs, .. TextBank.AfterParagraphs];
        return Random.PickSome(pool, Random.Between(min, max)).Select(Fill);
    }


    public string Where(Meeting meeting) => meeting.AtHeadquarters
        ? Random.Pick(["at NATO Headquarters in Brussels", "at NATO Headquarters", "in Brussels"])
        : Random.Pick([$"in {meeting.City}", $"during a visit to {meeting.City}"]);

    public static string CityName(Meeting meeting) => meeting.AtHeadquarters ? "Brussels" : meeting.City ?? CountryOn(meeting);

    /// <summary>A sentence of background that is true on the meeting day.</summary>
    public static string Background(Meeting meeting) => meeting.Country.Name switch
    {
        "Albania" => "Albania joined NATO in 2009 and contributes troops to KFOR and to Allied battlegroups.",
        "Montenegro" when meeting.Date >= new DateOnly(2017, 6, 5) => "Montenegro became NATO’s 29th member in June 2017.",
        "Montenegro" => "Montenegro, a country of about 620,000 people, declared independence in 2006 and joined NATO’s Partnership for Peace programme the same year.",
        "North Macedonia" when meeting.Date >= new DateOnly(2020, 3, 27) => "North Macedonia became NATO’s 30th member in March 2020.",
        "North Macedonia" => "The country has sought NATO membership for two decades; the dispute over its name with Greece long blocked its path.",
        "Bosnia and Herzegovina" => "Bosnia and Herzegovina joined NATO’s Partnership for Peace programme in 2006; NATO also keeps a headquarters in Sarajevo.",
        "Kosovo" => "NATO has led the KFOR peacekeeping mission in Kosovo since 1999.",
        "Serbia" => "Serbia joined NATO’s Partnership for Peace programme in 2006 and maintains a policy of military neutrality.",
        _ => "NATO has been engaged in the Western Balkans for three decades.",
    };

    /// <summary>
    /// Replaces <c>{placeholder}</c>s with this article's facts. Choices inside (how a host is called) are drawn
    /// afresh at every placeholder, as the seed articles vary their wording from paragraph to paragraph.
    /// </summary>
    public string Fill(string template)
    {
        var builder = new StringBuilder(template.Length + 64);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (close < 0)
            {
                builder.Append(template, position, template.Length - position);
                break;
            }

            builder.Append(template, position, open - position);
            builder.Append(Value(template[(open + 1)..close]));
            position = close + 1;
        }

        return builder.ToString();
    }

    private string Value(string key)
    {
        var meeting = Meeting;
        var nato = meeting.Nato;
        var host = meeting.MainHost;
        var year = meeting.Date.Year;
        return key switch
        {
            "nato" => NatoFull(nato),
            "natoName" => Name(nato),
            "natoOffice" => nato.Office,
            "natoSurname" => NatoSurname(nato),
            "natoShort" => Plan.NatoUnnamed || Random.Chance(0.5) ? $"the NATO {nato.Office}" : $"{nato.Office} {Surname(Name(nato))}",
            "host" => HostIntro(host, meeting, midSentence: true),
            "hosts" => HostsIntro(meeting, midSentence: true),
            "hostOffice" => OfficeWording(host),
            "hostSurname" => Surname(Name(host)),
            "hostShort" => Random.Next(3) switch
            {
                0 => $"the {OfficeWording(host)} of {CountryName}",
                1 => $"{OfficeWording(host)} {Surname(Name(host))}",
                _ => $"{CountryName}’s {OfficeWording(host)}",
            },
            "country" => CountryName,
            "adj" => Adjective(meeting),
            "capital" => meeting.Country.Capital,
            "cityName" => CityName(meeting),
            "where" => Where(meeting),
            "onDate" => Plan.Undated ? "," : $" on {DateText},",
            "onDateLate" => Plan.Undated ? string.Empty : $" on {FormatDate(meeting.Date, "MMMM d, yyyy")},",
            "opener" => Random.Pick(TextBank.LedeOpeners),
            "t1" => Topic(0),
            "t2" => Topic(1),
            "t3" => Topic(2),
            "year" => year.ToString(CultureInfo.InvariantCulture),
            "lastYear" => (year - 1).ToString(CultureInfo.InvariantCulture),
            "nextYear" => (year + 1).ToString(CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"Unknown placeholder {{{key}}}."),
        };
    }

    private IEnumerable<string> OtherHostNames(Meeting meeting) =>
        meeting.Hosts.Skip(1).Select(h => $"{OfficeWording(h)} {Name(h)}");

    private static string JoinList(List<string> parts) => parts.Count switch
    {
        0 => string.Empty,
        1 => parts[0],
        _ => $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}",
    };

    private string Topic(int index) => Plan.Topics[index % Plan.Topics.Count].Phrase;
}
