using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Tests.Import;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Editing;

/// <summary>Merges and splits stay when the articles behind them are imported again, changed.</summary>
public sealed class MergeReimportTests : IAsyncLifetime, IDisposable
{
    private const string Tirana = "NATO Secretary General Mark Rutte met Prime Minister Edi Rama in Tirana on 4 March 2025.";
    private const string TiranaAgain = "TIRANA – Albanian Prime Minister Edi Rama received NATO Secretary General Mark Rutte on 4 March 2025, with Defence Minister Pirro Vengu.";
    private const string TiranaNextDay = "TIRANA – NATO Secretary General Mark Rutte met Albanian Prime Minister Edi Rama on 5 March 2025.";
    private const string Changed = "\nThe talks covered the Adriatic.";

    private readonly ImportHarness _harness = new();
    private readonly EditorIdentity _editor = new("editor-1", "Erin Editor");

    [Fact]
    public async Task A_name_merged_into_another_person_stays_theirs_when_its_article_is_imported_again()
    {
        // Two spellings of an official the reference data does not know become two people.
        _harness.Write("a.txt", "NATO Secretary General Mark Rutte met the Minister of Interior of Kosovo, Xhelal Sveçla, in Pristina on 4 March 2025.");
        _harness.Write("b.txt", "NATO Secretary General Mark Rutte met the Minister of Interior of Kosovo, Xhelal Sveqla, in Pristina on 9 April 2025.");
        await _harness.ImportAsync();
        var (kept, other) = (await PersonAsync("Xhelal Sveçla"), await PersonAsync("Xhelal Sveqla"));
        Assert.Equal(EditStatus.Saved, (await WithDbAsync(db => new PersonMerger(db, Editor(db)).MergeAsync(kept!.Value, other, "One minister", _editor, CancellationToken.None))).Status);

        _harness.Write("b.txt", "NATO Secretary General Mark Rutte met the Minister of Interior of Kosovo, Xhelal Sveqla, in Pristina on 9 April 2025." + Changed);
        Assert.Equal(1, (await _harness.ImportAsync()).Updated);

        Assert.Null(await PersonAsync("Xhelal Sveqla"));
        var people = await _harness.Database.QueryAsync("SELECT DISTINCT x.PersonId FROM Participations x WHERE x.NameAsWritten LIKE 'Xhelal%'");
        Assert.Equal([(long)kept!.Value], people.Select(r => (long)r[0]!));
    }

    [Fact]
    public async Task A_meeting_merged_into_another_stays_merged_when_its_article_is_imported_again()
    {
        _harness.Write("a.txt", Tirana);
        _harness.Write("b.txt", TiranaNextDay);
        await _harness.ImportAsync();
        Assert.Equal(2, await _harness.CountAsync("Meetings"));
        var (kept, other) = (await MeetingOfAsync("a.txt"), await MeetingOfAsync("b.txt"));
        Assert.Equal(EditStatus.Saved, (await WithDbAsync(db => new MeetingMerger(db, Editor(db)).MergeAsync(kept, other, "One visit; the second article is a day late", _editor, CancellationToken.None))).Status);

        _harness.Write("b.txt", TiranaNextDay + Changed);
        Assert.Equal(1, (await _harness.ImportAsync()).Updated);

        Assert.Equal(1, await _harness.CountAsync("Meetings"));
        Assert.Equal(kept, await MeetingOfAsync("b.txt"));
        Assert.Equal(kept, await MeetingOfAsync("a.txt"));
    }

    [Fact]
    public async Task A_meeting_split_off_another_stays_apart_when_its_article_is_imported_again()
    {
        _harness.Write("a.txt", Tirana);
        _harness.Write("b.txt", TiranaAgain);
        await _harness.ImportAsync();
        Assert.Equal(1, await _harness.CountAsync("Meetings"));
        var original = await MeetingOfAsync("a.txt");
        var articleB = (int)(long)(await _harness.Database.QueryAsync("SELECT Id FROM Articles WHERE FileName = 'b.txt'"))[0][0]!;
        Assert.Equal(EditStatus.Saved, (await WithDbAsync(db => new MeetingSplitter(db, Editor(db)).SplitAsync(original, [articleB], "Vengu's was a second meeting", _editor, CancellationToken.None))).Status);
        var split = await MeetingOfAsync("b.txt");

        _harness.Write("b.txt", TiranaAgain + Changed);
        Assert.Equal(1, (await _harness.ImportAsync()).Updated);

        Assert.Equal(2, await _harness.CountAsync("Meetings"));
        Assert.Equal(split, await MeetingOfAsync("b.txt"));
        Assert.Equal(original, await MeetingOfAsync("a.txt"));
    }

    public async Task InitializeAsync()
    {
        await _harness.Database.MigrateAsync();
        await using var db = _harness.Database.CreateContext();
        db.Users.Add(new EditorAccount { Id = _editor.AccountId, UserName = "erin@example.org", DisplayName = _editor.Name });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _harness.Dispose();

    private static RecordRestructurer Editor(BalkanMeetingsDbContext db) => EditingDatabase.CreateRestructurer(db);

    private async Task<T> WithDbAsync<T>(Func<BalkanMeetingsDbContext, Task<T>> action)
    {
        await using var db = _harness.Database.CreateContext();
        return await action(db);
    }

    private Task<int?> PersonAsync(string name) =>
        WithDbAsync(db => db.People.Where(p => p.Name == name).Select(p => (int?)p.Id).SingleOrDefaultAsync());

    private Task<int> MeetingOfAsync(string fileName) =>
        WithDbAsync(db => db.MeetingSources.Where(s => s.Article!.FileName == fileName).Select(s => s.MeetingId).SingleAsync());
}
