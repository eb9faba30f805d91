using System.Data.Common;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Review;
using BalkanMeetings.Core.Tests.Browse;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BalkanMeetings.Core.Tests.Review;

public sealed class ReviewQueueQueryTests : IAsyncLifetime
{
    private readonly SeededDatabase _seeded = new();

    [Fact]
    public async Task The_queue_lists_open_flags_errors_first_then_oldest_first_page_by_page()
    {
        await AddFlagsAsync(120);
        List<(int Id, int Rank, DateTime At)> expected;
        await using (var db = _seeded.CreateContext())
        {
            expected = (await db.ReviewFlags.Where(f => f.Status == FlagStatus.Open).ToListAsync())
                .Select(f => (f.Id, Rank: f.Severity switch { FlagSeverity.Error => 0, FlagSeverity.Warning => 1, _ => 2 }, f.CreatedAtUtc))
                .OrderBy(f => f.Rank).ThenBy(f => f.CreatedAtUtc).ThenBy(f => f.Id)
                .ToList();
        }

        var first = await LoadAsync(new ReviewQueueFilter());
        var listed = new List<int>();
        for (var page = 1; page <= first.PageCount; page++)
        {
            listed.AddRange((await LoadAsync(new ReviewQueueFilter(Page: page))).Flags.Select(f => f.Id));
        }

        Assert.Equal(expected.Count, first.Total);
        Assert.Equal((expected.Count + ReviewQueueQuery.PageSize - 1) / ReviewQueueQuery.PageSize, first.PageCount);
        Assert.True(first.PageCount >= 3, "The flags added should fill pages that span severities.");
        Assert.Equal(expected.Select(f => f.Id), listed);
        Assert.Equal(1, (await LoadAsync(new ReviewQueueFilter(Page: 0))).Filter.Page);
        Assert.Equal(first.PageCount, (await LoadAsync(new ReviewQueueFilter(Page: 999))).Filter.Page);
    }

    [Fact]
    public async Task Kind_and_country_narrow_the_queue_and_the_counts_per_kind_follow_the_country()
    {
        var all = await LoadAsync(new ReviewQueueFilter());
        var missingDates = await LoadAsync(new ReviewQueueFilter(FlagKind.MissingDate));
        var montenegro = await LoadAsync(new ReviewQueueFilter(Country: "ME"));
        var bosniaMissingDates = await LoadAsync(new ReviewQueueFilter(FlagKind.MissingDate, "BA"));

        Assert.Equal(10, all.Total);
        Assert.Equal(all.Total, all.Kinds.Sum(k => k.Count));
        Assert.Equal(new KindCount(FlagKind.RoleDoesNotFitDate, 4), all.Kinds[0]);
        Assert.Equal(3, missingDates.Total);
        Assert.All(missingDates.Flags, f => Assert.Equal(FlagKind.MissingDate, f.Kind));
        Assert.Equal(all.Kinds, missingDates.Kinds);
        Assert.Equal([new KindCount(FlagKind.RoleDoesNotFitDate, 2)], montenegro.Kinds);
        Assert.All(montenegro.Flags, f => Assert.Equal("Jens Stoltenberg meets Dritan Abazović", f.MeetingTitle));
        Assert.Equal(2, bosniaMissingDates.Total);
        Assert.Equal(["Mark Rutte in Sarajevo", "NATO Secretary General in Sarajevo"], bosniaMissingDates.Flags.Select(f => f.MeetingTitle).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_row_names_the_meeting_and_the_participant_the_flag_is_about()
    {
        var queue = await LoadAsync(new ReviewQueueFilter(FlagKind.RoleDoesNotFitDate, "ME"));
        var encoding = Assert.Single((await LoadAsync(new ReviewQueueFilter(FlagKind.RepairedEncoding))).Flags);

        Assert.Equal(
            ["Dritan Abazović", "Jens Stoltenberg"],
            queue.Flags.Select(f => f.Record.Participant).Order(StringComparer.Ordinal));
        Assert.All(queue.Flags, f => Assert.Equal((nameof(Participation), "Role"), (f.Record.RecordType, f.Record.Field)));
        Assert.Equal((nameof(Article), null, null), (encoding.Record.RecordType, encoding.MeetingTitle, encoding.Record.Participant));
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData(null, 3)]
    [InlineData(FlagKind.MissingDate, 2)]
    public async Task A_page_is_read_in_index_order_in_a_fixed_number_of_queries(FlagKind? kind, int page)
    {
        await AddFlagsAsync(150);
        var plans = new QueryPlans(_seeded.Database.Settings.ConnectionString);
        var options = new DbContextOptionsBuilder<BalkanMeetingsDbContext>();
        options.UseBalkanMeetingsSqlite(_seeded.Database.Settings.ConnectionString).AddInterceptors(plans);
        await using var db = new BalkanMeetingsDbContext(options.Options);

        var queue = await new ReviewQueueQuery(db).LoadAsync(new ReviewQueueFilter(kind, Page: page), CancellationToken.None);

        Assert.NotEmpty(queue.Flags);
        Assert.InRange(plans.Commands.Count, 4, 6);
        Assert.All(plans.Commands, command => Assert.DoesNotContain("TEMP B-TREE", command.Plan, StringComparison.Ordinal));
    }

    // Flags of every severity and several kinds over the seed meetings, a few of them resolved, raised on different days.
    private async Task AddFlagsAsync(int count)
    {
        await using var db = _seeded.CreateContext();
        var severities = new[] { FlagSeverity.Warning, FlagSeverity.Error, FlagSeverity.Info };
        var kinds = new[] { FlagKind.MissingDate, FlagKind.RoleDoesNotFitDate, FlagKind.UnknownPerson };
        db.ReviewFlags.AddRange(Enumerable.Range(0, count).Select(i => new ReviewFlag
        {
            Kind = kinds[i % kinds.Length],
            Severity = severities[i % severities.Length],
            Message = $"Test flag {i}",
            RecordType = nameof(Meeting),
            RecordId = 1 + (i % 6),
            MeetingId = 1 + (i % 6),
            CreatedAtUtc = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays((i * 37) % 101),
            Status = i % 10 == 9 ? FlagStatus.Dismissed : FlagStatus.Open,
        }));
        await db.SaveChangesAsync();
    }

    private async Task<ReviewQueueResults> LoadAsync(ReviewQueueFilter filter)
    {
        await using var db = _seeded.CreateContext();
        return await new ReviewQueueQuery(db).LoadAsync(filter, CancellationToken.None);
    }

    public Task InitializeAsync() => _seeded.InitializeAsync();

    public Task DisposeAsync() => _seeded.DisposeAsync();

    /// <summary>Every query a context sends, with SQLite's plan for it: how each table is read and whether rows are sorted.</summary>
    private sealed class QueryPlans(string connectionString) : DbCommandInterceptor
    {
        public List<(string Sql, string Plan)> Commands { get; } = [];

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            foreach (DbParameter parameter in command.Parameters)
            {
                explain.Parameters.AddWithValue(parameter.ParameterName, parameter.Value);
            }

            var plan = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    plan.Add(reader.GetString(3));
                }
            }

            Commands.Add((command.CommandText, string.Join("\n", plan)));
            return await base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
