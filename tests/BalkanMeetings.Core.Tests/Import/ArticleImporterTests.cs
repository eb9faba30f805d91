namespace BalkanMeetings.Core.Tests.Import;

public sealed class ArticleImporterTests : IDisposable
{
    private const string RamaMeeting = "NATO Secretary General Mark Rutte met Prime Minister Edi Rama in Tirana on 4 March 2025.\n"
        + "| Initiative | Objective | Timeline |\n|---|---|---|\n| Port Security Plan | Protect Durres | 2026 |\n";

    private readonly ImportHarness _harness = new();

    [Fact]
    public async Task Importing_the_seeds_stores_their_meetings_people_and_flags()
    {
        foreach (var seed in Directory.GetFiles(TestPaths.SeedsFolder, "*.txt"))
        {
            File.Copy(seed, Path.Combine(_harness.Folder, Path.GetFileName(seed)));
        }

        var summary = await _harness.ImportAsync();

        Assert.Equal((5, 5, 0), (summary.ArticlesRead, summary.Imported, summary.Failed.Count));
        Assert.Equal(6, await _harness.CountAsync("Meetings"));
        Assert.Equal(5, await _harness.CountAsync("Articles"));
        var flagged = await _harness.Database.QueryAsync("SELECT Message FROM ReviewFlags WHERE Kind = 'RoleDoesNotFitDate' ORDER BY Message");
        Assert.Equal(
            ["Abazović was not Prime Minister on 2024-12-16", "Komšić was not Chair of the Presidency on 2024-12-18", "Stoltenberg was not Secretary General on 2024-12-16", "Stoltenberg was not Secretary General on 2024-12-18"],
            flagged.Select(r => (string)r[0]!));
        var spans = await _harness.Database.QueryAsync(
            "SELECT substr(a.NormalisedText, s.Start + 1, s.Length) FROM SourceSpans s JOIN Articles a ON a.Id = s.ArticleId WHERE s.RecordType = 'Meeting' AND s.Field = 'Date' ORDER BY a.FileName");
        Assert.Equal("December 16, 2024", spans[0][0]);
    }

    [Fact]
    public async Task Importing_the_same_files_again_changes_nothing()
    {
        _harness.Write("rama.txt", RamaMeeting);
        await _harness.ImportAsync();
        var before = await Snapshot();

        var again = await _harness.ImportAsync();

        Assert.Equal((1, 0, 1), (again.ArticlesRead, again.Imported, again.Unchanged));
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task A_changed_file_replaces_what_its_earlier_version_wrote()
    {
        _harness.Write("rama.txt", RamaMeeting);
        await _harness.ImportAsync();

        _harness.Write("rama.txt", RamaMeeting.Replace("Tirana", "Durres", StringComparison.Ordinal).Replace("Port Security Plan", "Harbour Plan", StringComparison.Ordinal));
        var summary = await _harness.ImportAsync();

        Assert.Equal(1, summary.Updated);
        Assert.Equal(1, await _harness.CountAsync("Meetings"));
        Assert.Equal("Durrës", (await _harness.Database.QueryAsync("SELECT City FROM Meetings"))[0][0]);
        Assert.Equal(["Harbour Plan"], (await _harness.Database.QueryAsync("SELECT Name FROM Initiatives")).Select(r => (string)r[0]!));
    }

    [Fact]
    public async Task The_same_meeting_reported_by_two_articles_is_one_meeting_with_two_sources()
    {
        _harness.Write("a.txt", RamaMeeting);
        _harness.Write("b.txt", "TIRANA – Albanian Prime Minister Edi Rama received NATO Secretary General Mark Rutte on 4 March 2025, with Defence Minister Pirro Vengu.");

        var summary = await _harness.ImportAsync();

        Assert.Equal((1, 1), (summary.MeetingsCreated, summary.MeetingsMerged));
        Assert.Equal(1, await _harness.CountAsync("Meetings"));
        Assert.Equal(2, await _harness.CountAsync("MeetingSources"));
        var people = await _harness.Database.QueryAsync("SELECT p.Name FROM Participations x JOIN People p ON p.Id = x.PersonId ORDER BY p.Name");
        Assert.Equal(["Edi Rama", "Mark Rutte", "Pirro Vengu"], people.Select(r => (string)r[0]!));
    }

    [Fact]
    public async Task An_initiative_named_by_two_articles_is_one_row_that_the_second_can_complete()
    {
        _harness.Write("a.txt", "NATO Secretary General Mark Rutte met Prime Minister Edi Rama in Tirana on 4 March 2025.\n| Initiative | Objective |\n|---|---|\n| Port Security Plan | Protect Durres |\n");
        _harness.Write("b.txt", "NATO Secretary General Mark Rutte met President Aleksandar Vucic in Belgrade on 9 April 2025.\n| Initiative | Objective | Timeline |\n|---|---|---|\n| port security plan | Other words | 2026 |\n");

        await _harness.ImportAsync();

        var rows = await _harness.Database.QueryAsync("SELECT Name, Objective, Timeline FROM Initiatives");
        Assert.Equal(["Port Security Plan", "Protect Durres", "2026"], Assert.Single(rows).Select(v => (string)v!));
        Assert.Equal(2, await _harness.CountAsync("MeetingInitiatives"));
    }

    [Fact]
    public async Task Bad_files_are_reported_by_name_and_the_rest_still_import()
    {
        _harness.Write("good.txt", RamaMeeting);
        _harness.Write("empty.txt", string.Empty);
        _harness.WriteBytes("binary.txt", [0x00, 0x01, 0xFF, 0x10, 0x00, 0x42]);
        _harness.WriteBytes("latin1.txt", [.. "Prime Minister Edi Rama met NATO "u8, 0xE9, .. " in Tirana"u8]);
        _harness.Write("no-meeting.txt", "The weather in Tirana was sunny on 4 March 2025.");
        _harness.Write("ragged.md", "NATO Secretary General Mark Rutte met Prime Minister Edi Rama in Tirana on 4 March 2025.\n| Initiative | Objective |\n|---|---|\n| Lone Row |\n| Two | Cells | and an extra |\n");
        using (var huge = File.Create(Path.Combine(_harness.Folder, "huge.txt")))
        {
            huge.SetLength(50L * 1024 * 1024);
        }

        var summary = await _harness.ImportAsync();

        Assert.Equal(2, summary.Imported);
        var reasons = summary.Failed.ToDictionary(f => f.FileName, f => f.Reason);
        Assert.Equal(["binary.txt", "empty.txt", "huge.txt", "latin1.txt", "no-meeting.txt"], reasons.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("empty", reasons["empty.txt"], StringComparison.Ordinal);
        Assert.Contains("binary", reasons["binary.txt"], StringComparison.Ordinal);
        Assert.Contains("UTF-8", reasons["latin1.txt"], StringComparison.Ordinal);
        Assert.Contains("MB", reasons["huge.txt"], StringComparison.Ordinal);
        Assert.Contains("no meeting", reasons["no-meeting.txt"], StringComparison.Ordinal);
        Assert.Equal(2, await _harness.CountAsync("Articles"));
    }

    [Fact]
    public async Task An_article_that_fails_to_store_leaves_nothing_behind()
    {
        _harness.Write("rama.txt", RamaMeeting);
        await _harness.Database.MigrateAsync();

        // A trigger makes the last write of the article's transaction fail, after meetings were written.
        await _harness.Database.QueryAsync("CREATE TRIGGER refuse_flags BEFORE INSERT ON ReviewFlags BEGIN SELECT RAISE(ABORT, 'refused'); END");
        _harness.Write("flagged.txt", "NATO Secretary General Jens Stoltenberg met Prime Minister Edi Rama in Tirana on 4 March 2025.");
        var summary = await _harness.ImportAsync();

        Assert.Equal(["flagged.txt"], summary.Failed.Select(f => f.FileName));
        Assert.Equal(1, await _harness.CountAsync("Articles"));
        Assert.Equal(1, await _harness.CountAsync("Meetings"));
    }

    private async Task<string> Snapshot()
    {
        var parts = new List<string>();
        foreach (var table in new[] { "Articles", "Meetings", "Participations", "People", "Initiatives", "MeetingTopics", "SourceSpans", "ReviewFlags", "MeetingSources" })
        {
            parts.Add($"{table}={await _harness.CountAsync(table)}");
        }

        parts.Add(string.Join(",", (await _harness.Database.QueryAsync("SELECT ImportedAtUtc FROM Articles")).Select(r => r[0])));
        return string.Join(";", parts);
    }

    public void Dispose() => _harness.Dispose();
}
