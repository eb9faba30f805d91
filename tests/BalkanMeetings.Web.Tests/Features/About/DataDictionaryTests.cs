using System.Reflection;
using System.Text.Json;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Web.Features.Api;
using BalkanMeetings.Web.Features.Export;
using BalkanMeetings.Web.Features.Meetings;

namespace BalkanMeetings.Web.Tests.Features.About;

/// <summary>
/// docs/data-dictionary.md, which the about page shows, describes every field of the records, every column of the CSV,
/// every field of the JSON and every kind of review flag, and names nothing that does not exist.
/// </summary>
public sealed class DataDictionaryTests
{
    private const int FieldColumn = 0;
    private const int CsvColumn = 1;
    private const int JsonColumn = 2;

    /// <summary>Each section of the dictionary: the domain types whose fields it describes, and the JSON objects it names.</summary>
    private static readonly Dictionary<string, (Type[] Domain, Type[] Json)> Sections = new(StringComparer.Ordinal)
    {
        ["Meeting"] = ([typeof(Meeting)], [typeof(MeetingItem)]),
        ["Participant"] = ([typeof(Participation)], [typeof(ParticipantItem)]),
        ["Source article"] = ([typeof(Article)], [typeof(SourceItem)]),
        ["Initiative"] = ([typeof(Initiative)], [typeof(InitiativeItem)]),
        // The words of an article that matched a topic are kept on the link between a meeting and the topic.
        ["Topic"] = ([typeof(Topic), typeof(MeetingTopic)], [typeof(TopicItem)]),
        ["Person"] = ([typeof(Person)], [typeof(PersonItem), typeof(PersonDetailItem)]),
    };

    /// <summary>How the site words <see cref="FlagSeverity"/>, in lower case.</summary>
    private static readonly string[] SeverityWords = [.. Enum.GetValues<FlagSeverity>().Select(s => MeetingWords.Severity(s).ToLowerInvariant())];

    private static readonly DataDictionary Dictionary = DataDictionary.Read();

    public static TheoryData<string> SectionNames => [.. Sections.Keys];

    [Theory]
    [MemberData(nameof(SectionNames))]
    public void Every_field_of_a_record_is_described_and_every_field_described_exists(string section)
    {
        var (domain, _) = Sections[section];
        var fields = domain.SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)).ToList();
        var documented = Dictionary.Column(section, FieldColumn).ToHashSet(StringComparer.Ordinal);

        // A link to another record (Participation.Meeting) is described by that record; its key column may be.
        var required = fields.Where(f => !IsLinkToRecord(f) && !IsKeyOfAnother(f)).Select(f => f.Name);

        var undescribed = required.Where(name => !documented.Contains(name)).ToList();
        var unknown = documented.Where(name => fields.All(f => f.Name != name)).ToList();

        Assert.Empty(undescribed);
        Assert.Empty(unknown);
    }

    [Theory]
    [MemberData(nameof(SectionNames))]
    public void Every_json_field_of_a_record_is_described_and_every_one_described_exists(string section)
    {
        var (_, json) = Sections[section];
        var fields = json.SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(fields.Order(StringComparer.Ordinal), Dictionary.Column(section, JsonColumn).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_csv_column_is_described_once()
    {
        var documented = Sections.Keys.SelectMany(section => Dictionary.Column(section, CsvColumn)).ToList();

        Assert.Equal(MeetingCsv.Columns.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_review_flag_kind_is_described_once_by_the_name_the_site_gives_it_with_an_example()
    {
        var rows = Dictionary.Sections[DataDictionary.FlagSection];
        var kinds = rows.Select(r => Enum.Parse<FlagKind>(Assert.Single(r.Cells[0].Codes))).ToList();

        Assert.Equal(Enum.GetValues<FlagKind>().Order(), kinds.Order());
        Assert.All(rows.Zip(kinds), pair =>
        {
            var (row, kind) = pair;
            Assert.Equal(MeetingWords.FlagTitle(kind), row.Cells[1].Text);
            Assert.Contains(row.Cells[2].Text, SeverityWords);
            Assert.False(string.IsNullOrWhiteSpace(row.Cells[3].Text), $"{kind} does not say when it is raised");
            Assert.False(string.IsNullOrWhiteSpace(row.Cells[4].Text), $"{kind} has no example");
        });
    }

    [Fact]
    public void Every_section_the_dictionary_has_is_checked()
    {
        Assert.Equal(Sections.Keys.Append(DataDictionary.FlagSection).Order(StringComparer.Ordinal), Dictionary.Sections.Keys.Order(StringComparer.Ordinal));
    }

    private static bool IsLinkToRecord(PropertyInfo property) =>
        property.PropertyType.IsClass && property.PropertyType.Namespace == typeof(Meeting).Namespace;

    private static bool IsKeyOfAnother(PropertyInfo property) =>
        property.Name.Length > 2 && property.Name.EndsWith("Id", StringComparison.Ordinal);
}
