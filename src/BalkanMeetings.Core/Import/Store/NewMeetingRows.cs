using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Extraction;

namespace BalkanMeetings.Core.Import.Store;

/// <summary>
/// Writes the meetings of an article that touches no stored record an editor corrected and replaces no earlier
/// version: each is new, or the same meeting another article reported, which the article joins as one more source
/// and adds to (countries, participants, initiatives) without changing anything stored. Nothing is loaded but the
/// participants of a meeting it joins, and everything goes through prepared statements.
/// </summary>
internal sealed class NewMeetingRows(RowWriter rows, ImportCatalog catalog)
{
    private const string MeetingSql =
        "INSERT INTO \"Meetings\" (\"Title\", \"Date\", \"DatePrecision\", \"DateOrigin\", \"City\", \"Venue\", \"Kind\", \"Status\", \"Summary\", \"Version\") "
        + "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, 1) RETURNING \"Id\"";

    // Editors' forms opened before this import see a conflict rather than save over it.
    private const string NewSourceSql = "UPDATE \"Meetings\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = @p0";

    private const string SourceSql = "INSERT INTO \"MeetingSources\" (\"MeetingId\", \"ArticleId\") VALUES (@p0, @p1)";

    private const string CountrySql = "INSERT INTO \"MeetingCountries\" (\"MeetingId\", \"CountryCode\") VALUES (@p0, @p1) ON CONFLICT DO NOTHING";

    private const string ParticipantsSql =
        "SELECT \"Id\", \"PersonId\", \"Role\", \"Organization\" FROM \"Participations\" WHERE \"MeetingId\" = @p0 ORDER BY \"Id\"";

    private const string ParticipationSql =
        "INSERT INTO \"Participations\" (\"MeetingId\", \"PersonId\", \"NameAsWritten\", \"NameOrigin\", \"Role\", \"Organization\", \"ArticleId\") "
        + "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6) RETURNING \"Id\"";

    private const string InitiativeLinkSql = "INSERT INTO \"MeetingInitiatives\" (\"MeetingId\", \"InitiativeId\") VALUES (@p0, @p1) ON CONFLICT DO NOTHING";

    // Another article's initiative is only completed: nothing it said is overwritten.
    private const string CompleteSql =
        "UPDATE \"Initiatives\" SET \"Objective\" = COALESCE(\"Objective\", @p1), \"Timeline\" = COALESCE(\"Timeline\", @p2) WHERE \"Id\" = @p0 RETURNING \"Objective\", \"Timeline\"";

    /// <summary>The article's meetings with a day date, as the meeting index is to know them once it is stored.</summary>
    public List<(DateOnly Date, MeetingIndex.Entry Entry)> Indexed { get; } = [];

    /// <param name="ids">Where the article is stored; receives its meetings and participations.</param>
    /// <param name="extracted">The article.</param>
    /// <param name="names">What it names, every person and initiative with an id.</param>
    /// <param name="same">Per meeting, the stored meeting it is (see <see cref="MeetingIndex.Find"/>), or null.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task WriteAsync(StoredIds ids, ExtractedArticle extracted, ArticleNames names, IReadOnlyList<MeetingIndex.Entry?> same, CancellationToken cancellationToken)
    {
        var initiatives = names.InitiativeIds.OfType<int>().Distinct().ToList();
        for (var k = 0; k < extracted.Meetings.Count; k++)
        {
            var meeting = extracted.Meetings[k];
            var stored = same[k];
            var id = stored?.Id ?? await rows.InsertAsync(
                MeetingSql,
                cancellationToken,
                meeting.Title,
                meeting.Date,
                meeting.DatePrecision.ToString(),
                meeting.DateOrigin.ToString(),
                meeting.City,
                meeting.Venue,
                meeting.Kind.ToString(),
                meeting.Status.ToString(),
                meeting.Summary);
            ids.Meetings[k] = id;
            if (stored is not null)
            {
                await rows.ExecuteAsync(NewSourceSql, cancellationToken, id);
            }

            await rows.ExecuteAsync(SourceSql, cancellationToken, id, ids.ArticleId);
            foreach (var code in names.CountryCodes[k])
            {
                await rows.ExecuteAsync(CountrySql, cancellationToken, id, code);
            }

            var participants = stored is null ? [] : await rows.QueryAsync(ParticipantsSql, Row.Read, cancellationToken, id);
            for (var p = 0; p < meeting.Participants.Count; p++)
            {
                ids.Participations[k].Add(await ParticipationAsync(id, ids.ArticleId, meeting.Participants[p], names.People[k][p], participants, cancellationToken));
            }

            foreach (var initiative in initiatives)
            {
                await rows.ExecuteAsync(InitiativeLinkSql, cancellationToken, id, initiative);
            }

            if (meeting.DatePrecision == DatePrecision.Day && meeting.Date is { } date)
            {
                // A new entry, not the stored one changed: the index learns of the article only once it is stored.
                var countries = (stored?.Countries ?? []).Union(names.CountryCodes[k], StringComparer.Ordinal).ToArray();
                var people = participants.Select(p => p.PersonId).OfType<int>().Distinct().ToArray();
                Indexed.Add((date, new MeetingIndex.Entry(id, stored is null ? meeting.City : stored.City, countries, people)));
            }
        }
    }

    /// <summary>Completes the stored initiatives the article names that lack an objective or a timeline.</summary>
    /// <returns>Those initiatives as they now are.</returns>
    public async Task<List<Initiative>> CompleteInitiativesAsync(ExtractedArticle extracted, ArticleNames names, CancellationToken cancellationToken)
    {
        var completed = new List<Initiative>();
        for (var k = 0; k < extracted.Initiatives.Count; k++)
        {
            if (names.InitiativeIds[k] is { } id && names.KnownInitiatives.Contains(id) && !catalog.IsComplete(id))
            {
                var item = extracted.Initiatives[k];
                var now = (await rows.QueryAsync(CompleteSql, r => (Objective: r.IsDBNull(0) ? null : r.GetString(0), Timeline: r.IsDBNull(1) ? null : r.GetString(1)), cancellationToken, id, item.Objective, item.Timeline)).Single();
                completed.Add(new Initiative { Id = id, Name = item.Name, NameKey = Tokenizer.Key(item.Name), Objective = now.Objective, Timeline = now.Timeline });
            }
        }

        return completed;
    }

    // A participant another article already gave the meeting, or this article named twice, is not added again: the
    // same person, or for an official it could not name, the same role and organisation.
    private async Task<int> ParticipationAsync(int meetingId, int articleId, ExtractedParticipant participant, int? personId, List<Row> participants, CancellationToken cancellationToken)
    {
        var row = participants.FirstOrDefault(r => personId is { } id
            ? r.PersonId == id
            : participant.Name is null && r.PersonId is null && r.Role == participant.Role && r.Organization == participant.Organization);
        if (row is not null)
        {
            return row.Id;
        }

        var rowId = await rows.InsertAsync(
            ParticipationSql,
            cancellationToken,
            meetingId,
            personId,
            participant.NameAsWritten,
            participant.NameOrigin.ToString(),
            participant.Role,
            participant.Organization,
            articleId);
        participants.Add(new Row(rowId, personId, participant.Role, participant.Organization));
        return rowId;
    }

    private sealed record Row(int Id, int? PersonId, string Role, string Organization)
    {
        public static Row Read(System.Data.Common.DbDataReader reader) =>
            new(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetInt32(1), reader.GetString(2), reader.GetString(3));
    }
}
