using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Import.Checks;

/// <summary>
/// Writes the flags the checks raised (<see cref="ArticleChecks"/>), once the article's rows have ids: each names its
/// record by id. A flag on a participant a corrected list left out has no row and is dropped, and one an earlier
/// version raised on the same record and field that an editor resolved is not raised again: that resolution stands.
/// </summary>
internal sealed class FlagWriter(RowWriter rows)
{
    private const string Sql =
        "INSERT INTO \"ReviewFlags\" (\"Kind\", \"Severity\", \"Message\", \"RecordType\", \"RecordId\", \"Field\", \"Evidence\", \"ReferenceRow\", \"ArticleId\", \"MeetingId\", \"CreatedAtUtc\", \"Status\") "
        + "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)";

    /// <returns>How many flags were written.</returns>
    public async Task<int> WriteAsync(IReadOnlyList<RaisedFlag> flags, StoredIds ids, IReadOnlyList<ReviewFlag> survivors, DateTime now, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var flag in flags)
        {
            var (recordType, recordId, meetingId) = flag switch
            {
                { Record: { } record } => (record.RecordType, (int?)record.RecordId, record.MeetingId),
                { MeetingIndex: { } m, ParticipantIndex: { } p } => (nameof(Participation), ids.Participations[m][p], ids.Meetings[m]),
                { MeetingIndex: { } m } => (nameof(Meeting), ids.Meetings[m], ids.Meetings[m]),
                _ => (nameof(Article), ids.ArticleId, (int?)null),
            };

            if (recordId is null || (flag.Record is null && survivors.Any(f => f.Kind == flag.Kind && f.RecordType == recordType && f.RecordId == recordId && f.Field == flag.Field)))
            {
                continue;
            }

            await rows.ExecuteAsync(
                Sql,
                cancellationToken,
                flag.Kind.ToString(),
                flag.Severity.ToString(),
                flag.Message,
                recordType,
                recordId,
                flag.Field,
                flag.Evidence,
                flag.ReferenceRow,
                ids.ArticleId,
                meetingId,
                now,
                nameof(FlagStatus.Open));
            written++;
        }

        return written;
    }
}
