using System.Globalization;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Extraction;
using BalkanMeetings.Web.Features.Meetings;

namespace BalkanMeetings.Web.Features.Articles;

/// <summary>
/// The words each value of an article's preview was read from, as the meeting page marks them: the marks for the
/// article's text (<see cref="ArticleMarkup"/>), and per value the spans its "in text" links lead to. Nothing is stored
/// yet, so values are named by their place in the article (<c>preview-meeting-0-date</c>) instead of by id.
/// </summary>
public sealed class PreviewMarks
{
    private readonly List<TextMark> _marks = [];
    private readonly Dictionary<string, List<ProvenanceSpan>> _spans = new(StringComparer.Ordinal);

    public PreviewMarks(ExtractedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        for (var m = 0; m < article.Meetings.Count; m++)
        {
            var meeting = article.Meetings[m];
            var number = article.Meetings.Count == 1 ? "" : $" of meeting {m + 1}";
            Add(meeting.DateSpan, new RecordValue(nameof(Meeting), m, nameof(Meeting.Date)), MeetingValue(m, nameof(Meeting.Date)), MeetingWords.MeetingField(nameof(Meeting.Date)) + number);
            Add(meeting.CitySpan, new RecordValue(nameof(Meeting), m, nameof(Meeting.City)), MeetingValue(m, nameof(Meeting.City)), MeetingWords.MeetingField(nameof(Meeting.City)) + number);
            Add(meeting.StatusSpan, new RecordValue(nameof(Meeting), m, nameof(Meeting.Status)), MeetingValue(m, nameof(Meeting.Status)), MeetingWords.MeetingField(nameof(Meeting.Status)) + number);
            for (var p = 0; p < meeting.Participants.Count; p++)
            {
                var participant = meeting.Participants[p];
                var who = participant.Name ?? participant.NameAsWritten ?? participant.Role;
                Add(participant.NameSpan, new RecordValue(nameof(Participation), p, nameof(Participation.Person)), ParticipantValue(m, p, nameof(Participation.Person)), MeetingWords.ParticipantField(nameof(Participation.Person), who));
                Add(participant.RoleSpan, new RecordValue(nameof(Participation), p, nameof(Participation.Role)), ParticipantValue(m, p, nameof(Participation.Role)), MeetingWords.ParticipantField(nameof(Participation.Role), who));
            }
        }

        for (var i = 0; i < article.Initiatives.Count; i++)
        {
            Add(article.Initiatives[i].Span, RecordValue.InitiativeName(i), OtherValue(nameof(Initiative), i), "Initiative " + article.Initiatives[i].Name);
        }

        for (var t = 0; t < article.Topics.Count; t++)
        {
            Add(article.Topics[t].Span, RecordValue.TopicLabel(t), OtherValue(nameof(Topic), t), "Topic " + article.Topics[t].Name);
        }

        for (var q = 0; q < article.Quotes.Count; q++)
        {
            Add(article.Quotes[q].Span, RecordValue.QuoteText(q), OtherValue(nameof(Quote), q), "Quote of " + (article.Quotes[q].Speaker ?? "an unnamed speaker"));
        }

        for (var t = 0; t < article.OtherTables.Count; t++)
        {
            Add(article.OtherTables[t].Span, RecordValue.TableRows(t), OtherValue(nameof(ArticleTable), t), "Table", block: true);
        }
    }

    public IReadOnlyList<TextMark> Marks => _marks;

    /// <summary>The element id of a meeting's value in the preview.</summary>
    public static string MeetingValue(int meeting, string field) => $"preview-meeting-{Number(meeting)}-{field.ToLowerInvariant()}";

    public static string ParticipantValue(int meeting, int participant, string field) =>
        $"preview-meeting-{Number(meeting)}-participant-{Number(participant)}-{field.ToLowerInvariant()}";

    /// <summary>The element id of an initiative, topic, quote or table of the article, by its place in the article.</summary>
    public static string OtherValue(string recordType, int index) => $"preview-{recordType.ToLowerInvariant()}-{Number(index)}";

    /// <summary>The words the value with this element id was read from.</summary>
    public IReadOnlyList<ProvenanceSpan> Of(string valueId) => _spans.TryGetValue(valueId, out var spans) ? spans : [];

    private void Add(TextSpan? span, RecordValue value, string valueId, string label, bool block = false)
    {
        if (span is not { Length: > 0 } s)
        {
            return;
        }

        // Numbered from 1 in the order the values are listed, so each mark's id is unique on the page.
        var id = _marks.Count + 1;
        _marks.Add(new TextMark(id, s.Start, s.Length, MeetingWords.Kind(value), valueId, label, block));
        if (!_spans.TryGetValue(valueId, out var spans))
        {
            spans = [];
            _spans[valueId] = spans;
        }

        spans.Add(new ProvenanceSpan(id, 0, s.Start, s.Length, value));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
