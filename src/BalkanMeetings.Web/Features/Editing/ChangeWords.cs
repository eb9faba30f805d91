using System.Globalization;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Web.Features.Meetings;
using BalkanMeetings.Web.Infrastructure;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>A changed field as the history shows it: its label, and its values as readers would write them.</summary>
public abstract record FormattedChange(string Label);

/// <summary>A value shown inline: text word by word, or a whole value replaced by another.</summary>
public sealed record InlineChange(string Label, IReadOnlyList<DiffPiece> Pieces) : FormattedChange(Label);

/// <summary>A list shown item by item.</summary>
public sealed record ListChange(string Label, IReadOnlyList<DiffLine<ListItem>> Lines) : FormattedChange(Label);

/// <summary>One item of a list: an optional linked part (a person's name) and the words after it.</summary>
public sealed record ListItem(string? Linked, string? Href, string Rest)
{
    public string Text => Linked + Rest;

    public static ListItem Plain(string text) => new(null, null, text);
}

/// <summary>
/// How the history writes record types, field labels and stored values for people: names for ids, countries for
/// codes, dates and kinds in words. A field it does not know is shown as the text stored.
/// </summary>
public static class ChangeWords
{
    // In the order the edit forms show them, which is the order the history lists changed fields in.
    private static readonly (string RecordType, string Field, string Label)[] Fields =
    [
        (nameof(Meeting), MeetingRecord.Title, "Title"),
        (nameof(Meeting), MeetingRecord.Date, "Date"),
        (nameof(Meeting), MeetingRecord.DateOrigin, "Date source"),
        (nameof(Meeting), MeetingRecord.City, "City"),
        (nameof(Meeting), MeetingRecord.Venue, "Venue"),
        (nameof(Meeting), MeetingRecord.Kind, "Kind"),
        (nameof(Meeting), MeetingRecord.Status, "Held or planned"),
        (nameof(Meeting), MeetingRecord.Summary, "Summary"),
        (nameof(Meeting), MeetingRecord.Countries, "Countries"),
        (nameof(Meeting), MeetingRecord.Topics, "Topics"),
        (nameof(Meeting), MeetingRecord.Initiatives, "Initiatives"),
        (nameof(Meeting), MeetingRecord.Participants, "Participants"),
        (nameof(Person), nameof(Person.Name), "Name"),
        (nameof(Person), nameof(Person.Aliases), "Also written"),
        (nameof(Topic), nameof(Topic.Name), "Name"),
        (nameof(Topic), nameof(Topic.Synonyms), "Synonyms"),
        (nameof(Initiative), nameof(Initiative.Name), "Name"),
        (nameof(Initiative), nameof(Initiative.Objective), "Objective"),
        (nameof(Initiative), nameof(Initiative.Timeline), "Timeline"),
        (nameof(ReviewFlag), nameof(ReviewFlag.Status), "Flag status"),
        (nameof(ReviewFlag), nameof(ReviewFlag.ResolutionNote), "Resolution note"),

        // What merges and splits change besides the forms' fields: records that come and go, and the rows that move.
        (nameof(Person), MergedRecords.MergedInto, "Merged into person"),
        (nameof(Person), nameof(Person.IsReference), "In the reference data"),
        (nameof(Meeting), MergedRecords.MergedInto, "Merged into meeting"),
        (nameof(Meeting), MergedRecords.SplitFrom, "Split from meeting"),
        (nameof(Meeting), MergedRecords.Sources, "Source articles"),
        (nameof(Meeting), SingleArticleImport.ArticleField, "Article added"),
        (nameof(Participation), nameof(Participation.PersonId), "Person"),
        (nameof(Participation), nameof(Participation.MeetingId), "Meeting"),
        (nameof(Quote), nameof(Quote.PersonId), "Speaker"),
        (nameof(Quote), nameof(Quote.MeetingId), "Meeting"),
        (nameof(Office), nameof(Office.PersonId), "Holder"),
        (nameof(SourceSpan), nameof(SourceSpan.RecordId), "Record the words support"),
        (nameof(ReviewFlag), nameof(ReviewFlag.MeetingId), "Meeting"),
        (nameof(ReviewFlag), nameof(ReviewFlag.RecordId), "Record flagged"),
    ];

    private static readonly Dictionary<(string, string), (int Order, string Label)> Known =
        Fields.Select((f, i) => KeyValuePair.Create((f.RecordType, f.Field), (i, f.Label))).ToDictionary();

    /// <summary>About how much unchanged text is shown on each side of a change.</summary>
    public const int ContextLength = 60;

    public static string Label(string recordType, string field) => Known.TryGetValue((recordType, field), out var known) ? known.Label : field;

    /// <summary>Changes in the order the edit forms show the fields; fields the history does not know come last.</summary>
    public static IEnumerable<FieldChange> InOrder(IEnumerable<FieldChange> changes) =>
        changes.OrderBy(c => Known.TryGetValue((c.Record.RecordType, c.Field), out var known) ? known.Order : int.MaxValue).ThenBy(c => c.Field, StringComparer.Ordinal);

    /// <summary>The labels of the fields a revision changed, each once, in the order the edit forms show them: "Title, Countries".</summary>
    public static string ChangedFields(RevisionEntry revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return string.Join(", ", InOrder(revision.Changes).Select(c => Label(c.Record.RecordType, c.Field)).Distinct());
    }

    public static string RecordType(string recordType) => recordType switch
    {
        nameof(ReviewFlag) => "Review flag",
        _ => recordType,
    };

    public static string Kind(RevisionKind kind) => kind switch
    {
        RevisionKind.Revert => "revert",
        RevisionKind.Merge => "merge",
        RevisionKind.Split => "split",
        RevisionKind.Resolve => "flag resolved",
        RevisionKind.Create => "added",
        RevisionKind.Import => "article added",
        _ => "edit",
    };

    /// <summary>The record's public page, or null when it has none of its own.</summary>
    public static string? RecordPage(RecordKey record) => record.RecordType switch
    {
        nameof(Meeting) => PublicUrls.Meeting(record.Id),
        nameof(Person) => PublicUrls.Person(record.Id),
        nameof(Topic) => MeetingFilterQuery.Link("/", new MeetingFilter { Topics = [record.Id] }),
        nameof(Initiative) => MeetingFilterQuery.Link("/", new MeetingFilter { Initiatives = [record.Id] }),
        _ => null,
    };

    public static string History(RecordKey record) => $"/history/{Uri.EscapeDataString(record.RecordType)}/{Number(record.Id)}";

    /// <summary>The record's name, or its type and number when it has none (or no longer exists).</summary>
    public static string RecordTitle(RecordKey record, RecordNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Records.TryGetValue(record, out var title) ? title : $"{RecordType(record.RecordType)} {Number(record.Id)}";
    }

    public static FormattedChange Format(FieldChange change, RecordNames names)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(names);
        var label = Label(change.Record.RecordType, change.Field);
        return (change.Record.RecordType, change.Field) switch
        {
            (nameof(Meeting), MeetingRecord.Date) => Whole(label, change, DateWords),
            (nameof(Meeting), MeetingRecord.DateOrigin) => Whole(label, change, v => EnumWords<ValueOrigin>(v, Components.Display.Origin)),
            (nameof(Meeting), MeetingRecord.Kind) => Whole(label, change, v => EnumWords<MeetingKind>(v, MeetingWords.Kind)),
            (nameof(Meeting), MeetingRecord.Status) => Whole(label, change, v => EnumWords<MeetingStatus>(v, s => s == MeetingStatus.Planned ? "Planned" : "Held")),
            (nameof(Meeting), MeetingRecord.Countries) => Listed(label, change, v => Named(MeetingRecord.ReadList(v), names.Countries, code => code)),
            (nameof(Meeting), MeetingRecord.Topics) => Listed(label, change, v => Named(MeetingRecord.ReadIds(v), names.Topics, id => "Topic " + Number(id))),
            (nameof(Meeting), MeetingRecord.Initiatives) => Listed(label, change, v => Named(MeetingRecord.ReadIds(v), names.Initiatives, id => "Initiative " + Number(id))),
            (nameof(Meeting), MeetingRecord.Participants) => new ListChange(label, ValueDiff.Lines(Participants(change.Before, names), Participants(change.After, names), i => i.Text)),
            (nameof(Person), nameof(Person.Aliases)) or (nameof(Topic), nameof(Topic.Synonyms)) => Listed(label, change, Lines),
            (nameof(ReviewFlag), nameof(ReviewFlag.Status)) => Whole(label, change, v => EnumWords<FlagStatus>(v, s => MeetingWords.Resolution(s))),
            _ => new InlineChange(label, ValueDiff.Shorten(ValueDiff.Words(change.Before, change.After), ContextLength)),
        };
    }

    // A date, a kind: the old value struck out and the new one beside it, rather than a diff of their words.
    private static InlineChange Whole(string label, FieldChange change, Func<string, string> words)
    {
        var pieces = new List<DiffPiece>();
        if (change.Before is { } before)
        {
            pieces.Add(new DiffPiece(DiffKind.Removed, words(before)));
        }

        if (change.After is { } after)
        {
            pieces.Add(new DiffPiece(DiffKind.Added, words(after)));
        }

        return new InlineChange(label, pieces);
    }

    private static ListChange Listed(string label, FieldChange change, Func<string?, IReadOnlyList<string>> items) =>
        new(label, ValueDiff.Lines(
            items(change.Before).Select(ListItem.Plain).ToList(),
            items(change.After).Select(ListItem.Plain).ToList(),
            i => i.Text));

    private static List<string> Named<TKey>(IEnumerable<TKey> keys, IReadOnlyDictionary<TKey, string> names, Func<TKey, string> fallback) =>
        [.. keys.Select(k => names.TryGetValue(k, out var name) ? name : fallback(k)).Order(StringComparer.CurrentCulture)];

    private static List<string> Lines(string? value) =>
        string.IsNullOrEmpty(value) ? [] : [.. value.Split('\n')];

    // "Mark Rutte — Secretary General, NATO", the name linked to the person's page.
    private static List<ListItem> Participants(string? value, RecordNames names) =>
        [.. MeetingRecord.ReadParticipants(value).Select(p =>
        {
            var rest = $" — {p.Role}, {p.Organization}";
            return p.PersonId is { } id
                ? new ListItem(names.People.GetValueOrDefault(id, p.NameAsWritten ?? "Person " + Number(id)), PublicUrls.Person(id), rest)
                : ListItem.Plain((p.NameAsWritten ?? "Name not given") + rest);
        })];

    private static string DateWords(string value) =>
        PartialDate.TryParse(value, out var date, out var precision) ? Components.Display.Date(date, precision) : value;

    private static string EnumWords<TEnum>(string value, Func<TEnum, string> words)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? words(parsed) : value;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
