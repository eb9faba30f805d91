using System.Data.Common;
using BalkanMeetings.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Import;

/// <summary>
/// The stored meetings with a day date, by date, with their countries, people and city: enough to tell whether an
/// article reports a meeting already stored without querying the database for every article. It holds every such
/// meeting of the database, so each entry is kept small: arrays instead of sets (a meeting has a few countries and
/// people), and the country codes and cities, which repeat across meetings, stored once.
/// </summary>
internal sealed class MeetingIndex
{
    private const string MeetingsSql =
        "SELECT \"Id\", \"Date\", \"City\" FROM \"Meetings\" WHERE \"DatePrecision\" = 'Day' AND \"Date\" IS NOT NULL ORDER BY \"Id\"";

    private const string CountriesSql = "SELECT \"MeetingId\", \"CountryCode\" FROM \"MeetingCountries\" ORDER BY \"MeetingId\"";

    private const string PeopleSql =
        "SELECT \"MeetingId\", \"PersonId\" FROM \"Participations\" WHERE \"PersonId\" IS NOT NULL ORDER BY \"MeetingId\"";

    private readonly Dictionary<DateOnly, List<Entry>> _byDate = [];

    // Where each meeting is filed, so it is found again without searching every date.
    private readonly Dictionary<int, DateOnly> _dates = [];

    public sealed class Entry(int id, string? city, string[] countries, int[] people)
    {
        public int Id { get; } = id;

        public string? City { get; } = city;

        public string[] Countries { get; } = countries;

        public int[] People { get; } = people;
    }

    /// <summary>
    /// Reads the meetings, their countries and their people as three streams in meeting order and joins them as they
    /// come, so no row is held longer than its meeting's entry needs it.
    /// </summary>
    public static async Task<MeetingIndex> LoadAsync(BalkanMeetingsDbContext db, CancellationToken cancellationToken)
    {
        // The readers need the connection open for as long as they read; this closes it again only if it opened it.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await ReadAsync(db.Database.GetDbConnection(), cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<MeetingIndex> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // SQLite reads the three streams side by side. PostgreSQL answers one command at a time on a connection, so
        // there the countries and people are read whole first, and only the meetings stream.
        var sideBySide = connection is SqliteConnection;
        await using var countries = await GroupedRows<string>.OpenAsync(connection, CountriesSql, r => r.GetString(1), sideBySide, cancellationToken);
        await using var people = await GroupedRows<int>.OpenAsync(connection, PeopleSql, r => r.GetInt32(1), sideBySide, cancellationToken);
        await using var meetingsCommand = Command(connection, MeetingsSql);
        await using var meetings = await meetingsCommand.ExecuteReaderAsync(cancellationToken);
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string value) => shared.TryGetValue(value, out var kept) ? kept : shared[value] = value;

        var index = new MeetingIndex();
        while (await meetings.ReadAsync(cancellationToken))
        {
            var id = meetings.GetInt32(0);
            var city = meetings.IsDBNull(2) ? null : Shared(meetings.GetString(2));
            var codes = await countries.TakeAsync(id, cancellationToken);
            for (var k = 0; k < codes.Length; k++)
            {
                codes[k] = Shared(codes[k]);
            }

            index.Add(meetings.GetFieldValue<DateOnly>(1), new Entry(id, city, codes, (await people.TakeAsync(id, cancellationToken)).Distinct().ToArray()));
        }

        return index;
    }

    /// <summary>The same meeting: same day, a country in common, and a person or the city in common.</summary>
    public Entry? Find(DateOnly date, string? city, IReadOnlyCollection<string> countries, IReadOnlyCollection<int> people)
    {
        if (!_byDate.TryGetValue(date, out var entries))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (entry.Countries.Any(countries.Contains) && (entry.People.Any(people.Contains) || (entry.City is not null && entry.City == city)))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Files the meeting under the date, in place of what was known of it before.</summary>
    public void Add(DateOnly date, Entry entry)
    {
        Remove([entry.Id]);
        if (!_byDate.TryGetValue(date, out var entries))
        {
            entries = [];
            _byDate[date] = entries;
        }

        entries.Add(entry);
        _dates[entry.Id] = date;
    }

    public void Remove(IReadOnlyCollection<int> meetingIds)
    {
        foreach (var id in meetingIds)
        {
            if (_dates.Remove(id, out var date))
            {
                _byDate[date].RemoveAll(e => e.Id == id);
            }
        }
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    /// <summary>Rows ordered by meeting id (the first column), handed out one meeting's values at a time.</summary>
    private sealed class GroupedRows<T> : IAsyncDisposable
    {
        private readonly IAsyncEnumerator<(int Meeting, T Value)> _rows;
        private readonly DbCommand _command;
        private readonly List<T> _values = [];
        private bool _pending;
        private bool _done;

        private GroupedRows(DbCommand command, IAsyncEnumerator<(int Meeting, T Value)> rows) => (_command, _rows) = (command, rows);

        /// <summary>Runs the query; its rows are read as they are taken (<paramref name="stream"/>) or all at once now.</summary>
        public static async Task<GroupedRows<T>> OpenAsync(
            DbConnection connection, string sql, Func<DbDataReader, T> value, bool stream, CancellationToken cancellationToken)
        {
            var command = Command(connection, sql);
            var rows = ReadAsync(command, value, cancellationToken);
            if (!stream)
            {
                var all = new List<(int, T)>();
                await foreach (var row in rows)
                {
                    all.Add(row);
                }

                rows = all.ToAsyncEnumerable();
            }

            return new GroupedRows<T>(command, rows.GetAsyncEnumerator(cancellationToken));
        }

        /// <summary>The values of the meeting; rows of meetings before it (not indexed) are skipped.</summary>
        public async Task<T[]> TakeAsync(int meetingId, CancellationToken cancellationToken)
        {
            _values.Clear();
            while (!_done)
            {
                if (!_pending && !(_pending = await _rows.MoveNextAsync()))
                {
                    _done = true;
                    break;
                }

                var (rowMeeting, rowValue) = _rows.Current;
                if (rowMeeting > meetingId)
                {
                    break;
                }

                if (rowMeeting == meetingId)
                {
                    _values.Add(rowValue);
                }

                _pending = false;
            }

            return [.. _values];
        }

        public async ValueTask DisposeAsync()
        {
            await _rows.DisposeAsync();
            await _command.DisposeAsync();
        }

        private static async IAsyncEnumerable<(int, T)> ReadAsync(
            DbCommand command, Func<DbDataReader, T> value, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                yield return (reader.GetInt32(0), value(reader));
            }
        }
    }
}
