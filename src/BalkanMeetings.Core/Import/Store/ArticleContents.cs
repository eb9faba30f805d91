using System.Text.Json;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Extraction;

namespace BalkanMeetings.Core.Import.Store;

/// <summary>
/// The rows an article leaves once its meetings are stored: its other tables and quotes, the topic links of its
/// meetings, and the provenance span of every extracted value (record, field, start and length in the normalised
/// text). All are new rows, written with prepared statements.
/// </summary>
internal sealed class ArticleContents(RowWriter rows, ImportCatalog catalog)
{
    private const string TableSql =
        "INSERT INTO \"ArticleTables\" (\"ArticleId\", \"Position\", \"Header\", \"RowsJson\") VALUES (@p0, @p1, @p2, @p3) RETURNING \"Id\"";

    private const string QuoteSql =
        "INSERT INTO \"Quotes\" (\"ArticleId\", \"MeetingId\", \"Speaker\", \"PersonId\", \"Text\") VALUES (@p0, @p1, @p2, @p3, @p4) RETURNING \"Id\"";

    private const string TopicInsert = "INSERT INTO \"MeetingTopics\" (\"MeetingId\", \"TopicId\", \"RawLabel\")";

    // A merged meeting may already carry the topic; the link is then left as it is.
    private const string TopicEnding = "ON CONFLICT DO NOTHING";

    private const string SpanInsert =
        "INSERT INTO \"SourceSpans\" (\"ArticleId\", \"RecordType\", \"RecordId\", \"Field\", \"Start\", \"Length\")";

    /// <param name="extracted">The article.</param>
    /// <param name="ids">Where its article, meetings and participants were stored.</param>
    /// <param name="initiativeIds">Per extracted initiative, its id.</param>
    /// <param name="linksTopics">The meetings that take the article's topics (not those whose topic list an editor corrected).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task WriteAsync(ExtractedArticle extracted, StoredIds ids, IReadOnlyList<int> initiativeIds, IEnumerable<int> linksTopics, CancellationToken cancellationToken)
    {
        var articleId = ids.ArticleId;
        var tables = new List<int>();
        for (var k = 0; k < extracted.OtherTables.Count; k++)
        {
            var table = extracted.OtherTables[k];
            tables.Add(await rows.InsertAsync(TableSql, cancellationToken, articleId, k, rows.ListValue(table.Header), JsonSerializer.Serialize(table.Rows)));
        }

        // A quote belongs to the meeting when the article reports only one.
        int? onlyMeeting = ids.Meetings.Length == 1 ? ids.Meetings[0] : null;
        var quotes = new List<int>();
        foreach (var quote in extracted.Quotes)
        {
            var speaker = quote.SpeakerName is { } name ? catalog.PersonId(name) : null;
            quotes.Add(await rows.InsertAsync(QuoteSql, cancellationToken, articleId, onlyMeeting, quote.Speaker, speaker, quote.Text));
        }

        var topics = extracted.Topics.Select(t => (Id: catalog.TopicId(t.Name), t.RawLabel)).Where(t => t.Id is not null).ToList();
        var links = linksTopics.SelectMany(meetingId => topics.Select(topic => new object?[] { meetingId, topic.Id, topic.RawLabel })).ToList();
        await rows.InsertRowsAsync(TopicInsert, TopicEnding, links, cancellationToken);
        await rows.InsertRowsAsync(SpanInsert, string.Empty, Spans(extracted, ids, initiativeIds, tables, quotes), cancellationToken);
    }

    /// <summary>The rows of the article's provenance spans: the extracted values that carry one, with their ids.</summary>
    private List<object?[]> Spans(ExtractedArticle extracted, StoredIds ids, IReadOnlyList<int> initiativeIds, List<int> tables, List<int> quotes)
    {
        var spans = new List<object?[]>();
        void Span(string recordType, int? recordId, string field, TextSpan? span)
        {
            if (recordId is { } id && span is { } s && s.Length > 0)
            {
                spans.Add([ids.ArticleId, recordType, id, field, s.Start, s.Length]);
            }
        }

        for (var m = 0; m < extracted.Meetings.Count; m++)
        {
            var source = extracted.Meetings[m];
            Span(nameof(Meeting), ids.Meetings[m], nameof(Meeting.Date), source.DateSpan);
            Span(nameof(Meeting), ids.Meetings[m], nameof(Meeting.City), source.CitySpan);
            Span(nameof(Meeting), ids.Meetings[m], nameof(Meeting.Status), source.StatusSpan);
            for (var p = 0; p < source.Participants.Count; p++)
            {
                Span(nameof(Participation), ids.Participations[m][p], nameof(Participation.Person), source.Participants[p].NameSpan);
                Span(nameof(Participation), ids.Participations[m][p], nameof(Participation.Role), source.Participants[p].RoleSpan);
            }
        }

        for (var k = 0; k < initiativeIds.Count; k++)
        {
            Span(nameof(Initiative), initiativeIds[k], nameof(Initiative.Name), extracted.Initiatives[k].Span);
        }

        foreach (var topic in extracted.Topics)
        {
            Span(nameof(Topic), catalog.TopicId(topic.Name), nameof(MeetingTopic.RawLabel), topic.Span);
        }

        for (var q = 0; q < quotes.Count; q++)
        {
            Span(nameof(Quote), quotes[q], nameof(Quote.Text), extracted.Quotes[q].Span);
        }

        for (var t = 0; t < tables.Count; t++)
        {
            Span(nameof(ArticleTable), tables[t], nameof(ArticleTable.RowsJson), extracted.OtherTables[t].Span);
        }

        return spans;
    }
}
