using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Tests.Editing;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Data;

public sealed class DatabaseCopyTests : IAsyncLifetime
{
    private readonly EditingDatabase _source = new();

    [Fact]
    public async Task Every_table_is_copied_with_its_ids_into_an_empty_database_and_a_second_copy_is_refused()
    {
        Assert.Equal(EditStatus.Saved, (await _source.EditMeetingAsync(1, new() { [MeetingRecord.City] = "Cetinje" }, "From the caption")).Status);
        await using var target = new TestDatabase();
        await using var from = _source.CreateContext();
        await using var to = target.CreateContext();

        var copied = await DatabaseCopy.CopyAsync(from, to, CancellationToken.None);

        Assert.Equal(from.Model.GetRelationalModel().Tables.Select(t => t.Name).Order(StringComparer.Ordinal), copied.Select(t => t.Table).Order(StringComparer.Ordinal));
        Assert.Equal(await from.Revisions.CountAsync(), copied.Single(t => t.Table == "Revisions").Rows);
        Assert.Equal(1, copied.Single(t => t.Table == "Revisions").Rows);
        await using var check = target.CreateContext();
        Assert.Equal("Cetinje", await check.Meetings.Where(m => m.Id == 1).Select(m => m.City).SingleAsync());
        Assert.Equal(await from.Participations.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(), await check.Participations.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());
        Assert.Equal(await from.ArticleTables.Select(t => t.Header.Count).SumAsync(), await check.ArticleTables.Select(t => t.Header.Count).SumAsync());

        await using var again = target.CreateContext();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => DatabaseCopy.CopyAsync(from, again, CancellationToken.None));
        Assert.Contains("already holds data", refused.Message, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => _source.InitializeAsync();

    public Task DisposeAsync() => _source.DisposeAsync();
}
