using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Search;

namespace BalkanMeetings.Core.Tests.Browse;

public sealed class MeetingStreamsTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Theory]
    [InlineData("", 1)]
    [InlineData("", 2)]
    [InlineData("sort=oldest", 1)]
    [InlineData("sort=oldest", 4)]
    [InlineData("country=BA", 1)]
    [InlineData("country=BA&sort=oldest", 500)]
    public async Task Streaming_in_batches_gives_every_match_once_in_the_list_order(string query, int batchSize)
    {
        // Small batches make every batch boundary fall between dated, undated and equally dated meetings.
        var listed = await seeded.ListAsync(query + "&size=100", withFacets: false);
        await using var db = seeded.CreateContext();
        var browser = new MeetingBrowser(db, new SqliteSearchIndex(db));

        var streamed = await browser.StreamAsync(listed.Filter with { Page = 7, PageSize = 1 }, batchSize).ToListAsync();

        Assert.Equal(listed.Rows.Select(r => r.Id), streamed.Select(r => r.Id));
    }

    [Fact]
    public async Task Rows_carry_the_initiatives_their_articles_list()
    {
        await using var db = seeded.CreateContext();
        var browser = new MeetingBrowser(db, new SqliteSearchIndex(db));

        var rows = await browser.StreamAsync(new MeetingFilter()).ToListAsync();

        var komsic = rows.Single(r => r.Title == "Jens Stoltenberg meets Željko Komšić");
        Assert.Contains("Joint Military Exercises", komsic.Initiatives);
        Assert.Equal(komsic.Initiatives.Order(StringComparer.Ordinal), komsic.Initiatives);
    }

    [Fact]
    public async Task Recently_imported_gives_at_most_the_count_asked_with_import_times()
    {
        await using var db = seeded.CreateContext();
        var browser = new MeetingBrowser(db, new SqliteSearchIndex(db));

        var entries = await browser.RecentlyImportedAsync(new MeetingFilter(), 4, CancellationToken.None);

        Assert.Equal(4, entries.Count);
        Assert.All(entries, e => Assert.Equal(DateTimeKind.Utc, e.ImportedAtUtc!.Value.Kind));
        Assert.Equal(entries.OrderByDescending(e => e.ImportedAtUtc).ThenByDescending(e => e.Row.Id).Select(e => e.Row.Id), entries.Select(e => e.Row.Id));
    }

    [Fact]
    public async Task A_single_row_is_found_by_id_and_an_unknown_id_gives_null()
    {
        await using var db = seeded.CreateContext();
        var browser = new MeetingBrowser(db, new SqliteSearchIndex(db));

        Assert.NotNull(await browser.RowAsync(1, CancellationToken.None));
        Assert.Null(await browser.RowAsync(999_999, CancellationToken.None));
    }
}
