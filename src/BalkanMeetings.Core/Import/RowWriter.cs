using System.Data.Common;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BalkanMeetings.Core.Import;

/// <summary>
/// Writes the many small rows an article leaves (provenance spans, review flags, topic links) with prepared
/// statements in the article's transaction. Through EF each row would be its own round trip through the change tracker, which
/// dominated import time; the SQL is plain and runs on any provider. See docs/benchmarks.md.
/// </summary>
internal sealed class RowWriter(BalkanMeetingsDbContext db) : IAsyncDisposable
{
    private const string SpanSql =
        "INSERT INTO \"SourceSpans\" (\"ArticleId\", \"RecordType\", \"RecordId\", \"Field\", \"Start\", \"Length\") VALUES (@article, @type, @record, @field, @start, @length)";

    private const string FlagSql =
        "INSERT INTO \"ReviewFlags\" (\"Kind\", \"Severity\", \"Message\", \"RecordType\", \"RecordId\", \"Field\", \"Evidence\", \"ReferenceRow\", \"ArticleId\", \"MeetingId\", \"CreatedAtUtc\", \"Status\") "
        + "VALUES (@kind, @severity, @message, @type, @record, @field, @evidence, @reference, @article, @meeting, @created, @status)";

    // A merged meeting may already carry the topic; the link is then left as it is.
    private const string TopicSql =
        "INSERT INTO \"MeetingTopics\" (\"MeetingId\", \"TopicId\", \"RawLabel\") VALUES (@meeting, @topic, @label) ON CONFLICT DO NOTHING";

    private DbCommand? _span;
    private DbCommand? _flag;
    private DbCommand? _topic;

    public async Task WriteAsync(IReadOnlyList<SourceSpan> spans, IReadOnlyList<ReviewFlag> flags, IReadOnlyList<MeetingTopic> topics, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are written inside the article's transaction.");
        foreach (var topic in topics)
        {
            _topic ??= Prepare(TopicSql, "meeting", "topic", "label");
            await ExecuteAsync(_topic, transaction, cancellationToken, topic.MeetingId, topic.TopicId, topic.RawLabel);
        }

        foreach (var span in spans)
        {
            _span ??= Prepare(SpanSql, "article", "type", "record", "field", "start", "length");
            await ExecuteAsync(_span, transaction, cancellationToken, span.ArticleId, span.RecordType, span.RecordId, span.Field, span.Start, span.Length);
        }

        foreach (var flag in flags)
        {
            _flag ??= Prepare(FlagSql, "kind", "severity", "message", "type", "record", "field", "evidence", "reference", "article", "meeting", "created", "status");
            await ExecuteAsync(
                _flag,
                transaction,
                cancellationToken,
                flag.Kind.ToString(),
                flag.Severity.ToString(),
                flag.Message,
                flag.RecordType,
                flag.RecordId,
                flag.Field,
                flag.Evidence,
                flag.ReferenceRow,
                flag.ArticleId,
                flag.MeetingId,
                flag.CreatedAtUtc,
                flag.Status.ToString());
        }
    }

    private DbCommand Prepare(string sql, params string[] names)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static async Task ExecuteAsync(DbCommand command, DbTransaction transaction, CancellationToken cancellationToken, params object?[] values)
    {
        command.Transaction = transaction;
        for (var k = 0; k < values.Length; k++)
        {
            command.Parameters[k].Value = values[k] ?? DBNull.Value;
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_span is not null)
        {
            await _span.DisposeAsync();
        }

        if (_flag is not null)
        {
            await _flag.DisposeAsync();
        }

        if (_topic is not null)
        {
            await _topic.DisposeAsync();
        }
    }
}
