using System.Data.Common;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Core.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace BalkanMeetings.Core.Tests.Browse;

public sealed class MeetingDetailsQueryTests(SeedsWithSecondReport seeded) : IClassFixture<SeedsWithSecondReport>
{
    [Fact]
    public async Task A_meeting_comes_with_its_people_places_topics_initiatives_tables_and_flags()
    {
        var meeting = await seeded.LoadAsync("Jens Stoltenberg meets Željko Komšić");

        Assert.Equal((new DateOnly(2024, 12, 18), DatePrecision.Day, ValueOrigin.Stated), (meeting.Date, meeting.DatePrecision, meeting.DateOrigin));
        Assert.Equal(["BA"], meeting.Countries.Select(c => c.Code));
        Assert.Equal(
            [("Jens Stoltenberg", "Secretary General", "NATO"), ("Željko Komšić", "Chair of the Presidency", "Bosnia and Herzegovina")],
            meeting.Participants.Select(p => (p.Name, p.Role, p.Organization)));
        Assert.Contains(meeting.Topics, t => t.RawLabel == "hybrid warfare");
        Assert.Equal(5, meeting.Initiatives.Count);
        Assert.Equal("Enhance readiness and interoperability", meeting.Initiatives.Single(i => i.Name == "Joint Military Exercises").Objective);

        var table = Assert.Single(meeting.Tables);
        Assert.Equal(["Focus Area", "action Steps"], table.Header);
        Assert.Equal(["Military Capacity Building", "Implement joint exercises and share best practices."], table.Rows[0]);

        // Office checks on the participants, and the repaired encoding of the article as a whole.
        Assert.Equal(
            [(FlagKind.RoleDoesNotFitDate, nameof(Participation)), (FlagKind.RoleDoesNotFitDate, nameof(Participation)), (FlagKind.RepairedEncoding, nameof(Article))],
            meeting.OpenFlags.Select(f => (f.Kind, f.Value.RecordType)));
        var komsic = meeting.Participants.Single(p => p.Name == "Željko Komšić");
        var flag = Assert.Single(meeting.OpenFlagsOn(RecordValue.ParticipantField(komsic.Id, nameof(Participation.Role))));
        Assert.Equal("Željka Cvijanović, Chair of the Presidency, Bosnia and Herzegovina, 2024-11-16 to 2025-07-16", flag.ReferenceRow);
        Assert.True(meeting.Sources.Single().EncodingRepaired);
    }

    [Fact]
    public async Task Spans_point_at_the_words_each_shown_value_was_read_from()
    {
        var meeting = await seeded.LoadAsync("Jens Stoltenberg meets Željko Komšić");
        var article = Assert.Single(meeting.Sources);
        string WordsOf(RecordValue value) => Words(article, Assert.Single(meeting.SpansOf(value)));

        var komsic = meeting.Participants.Single(p => p.Name == "Željko Komšić");
        Assert.Equal("December 18, 2024", WordsOf(RecordValue.MeetingField(meeting.Id, nameof(Meeting.Date))));
        Assert.Equal("Željko Komšić", WordsOf(RecordValue.ParticipantField(komsic.Id, nameof(Participation.Person))));
        Assert.Equal("Chair of the Presidency", WordsOf(RecordValue.ParticipantField(komsic.Id, nameof(Participation.Role))));
        Assert.Equal("hybrid warfare", WordsOf(RecordValue.TopicLabel(meeting.Topics.Single(t => t.RawLabel == "hybrid warfare").Id)));
        Assert.Equal("Joint Military Exercises", WordsOf(RecordValue.InitiativeName(meeting.Initiatives.Single(i => i.Name == "Joint Military Exercises").Id)));
        var table = WordsOf(RecordValue.TableRows(meeting.Tables.Single().Id));
        Assert.StartsWith("| Focus Area | action Steps |\n|---|---|\n", table, StringComparison.Ordinal);
        Assert.EndsWith("preventing extremism. |", table, StringComparison.Ordinal);
        Assert.All(article.Spans, s => Assert.InRange(s.Start + s.Length, 1, article.Text.Length));
    }

    [Fact]
    public async Task An_article_reporting_two_meetings_gives_each_only_its_own_spans_and_names_the_other()
    {
        var sarajevo = await seeded.LoadAsync("Mark Rutte in Sarajevo");
        var pristina = await seeded.LoadAsync("Mark Rutte in Pristina");

        var article = Assert.Single(sarajevo.Sources);
        Assert.Equal("Sarajevo", Words(article, Assert.Single(sarajevo.SpansOf(RecordValue.MeetingField(sarajevo.Id, nameof(Meeting.City))))));
        Assert.DoesNotContain(article.Spans, s => s.Value.RecordType == nameof(Meeting) && s.Value.RecordId != sarajevo.Id);
        Assert.DoesNotContain(article.Spans, s => s.Value.RecordType == nameof(Participation) && sarajevo.Participants.All(p => p.Id != s.Value.RecordId));
        Assert.Equal([pristina.Id], sarajevo.OtherMeetings.Select(o => o.Id));
        Assert.Equal("Pristina", Words(pristina.Sources.Single(), Assert.Single(pristina.SpansOf(RecordValue.MeetingField(pristina.Id, nameof(Meeting.City))))));
    }

    [Fact]
    public async Task A_meeting_reported_twice_has_both_articles_with_their_own_spans_and_flags()
    {
        var meeting = await seeded.LoadAsync("Jens Stoltenberg meets Dritan Abazović");

        Assert.Equal(2, meeting.Sources.Count);
        var dates = meeting.SpansOf(RecordValue.MeetingField(meeting.Id, nameof(Meeting.Date)));
        Assert.Equal(meeting.Sources.Select(s => s.Id), dates.Select(d => d.ArticleId));
        Assert.All(dates, d => Assert.Equal("December 16, 2024", Words(meeting.Sources.Single(s => s.Id == d.ArticleId), d)));
        Assert.Equal("NATO Chief Receives Montenegro's Prime Minister", meeting.Sources[1].Title);
        Assert.Contains(meeting.Quotes, q => q.ArticleId == meeting.Sources[1].Id && q.Speaker == "Stoltenberg");
        Assert.Equal(4, meeting.OpenFlags.Count(f => f.Kind == FlagKind.RoleDoesNotFitDate));
    }

    [Fact]
    public async Task Loading_takes_the_same_few_queries_for_a_large_merged_meeting_as_for_a_small_one()
    {
        var merged = await seeded.CountQueriesAsync("Jens Stoltenberg meets Dritan Abazović");
        var small = await seeded.CountQueriesAsync("NATO Secretary General in Sarajevo");

        Assert.Equal(small, merged);
        Assert.InRange(merged, 1, 12);
    }

    [Fact]
    public async Task An_unknown_id_gives_nothing()
    {
        await using var db = seeded.CreateContext();

        Assert.Null(await new MeetingDetailsQuery(db).LoadAsync(987_654, CancellationToken.None));
    }

    private static string Words(SourceArticleDetails article, ProvenanceSpan span) => article.Text.Substring(span.Start, span.Length);
}

/// <summary>The seeds, plus a second report of the Abazović meeting so that one meeting has two sources.</summary>
public sealed class SeedsWithSecondReport : IAsyncLifetime, IDisposable
{
    private const string SecondReport = """
        NATO Chief Receives Montenegro's Prime Minister
        NATO Secretary General Jens Stoltenberg received the Prime Minister of Montenegro, Dritan Abazović, on December 16, 2024, for talks on regional security and cyber defence.
        “Montenegro is a committed Ally and a voice for stability in the region,” Stoltenberg said.
        """;

    private readonly TestDatabase _database = new();

    public BalkanMeetingsDbContext CreateContext() => _database.CreateContext();

    public async Task InitializeAsync()
    {
        await using var db = _database.CreateContext();
        var runner = new ImportRunner(db, NullLoggerFactory.Instance, TimeProvider.System);
        var reference = await runner.PrepareAsync(TestPaths.ReferenceFolder, CancellationToken.None);
        await runner.ImportFolderAsync(TestPaths.SeedsFolder, reference, progress: null, CancellationToken.None);

        var folder = Directory.CreateTempSubdirectory("bm-second-report-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "second-report.txt"), SecondReport);
            var summary = await runner.ImportFolderAsync(folder.FullName, reference, progress: null, CancellationToken.None);
            Assert.Equal(1, summary.MeetingsMerged);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public async Task<MeetingDetails> LoadAsync(string title)
    {
        await using var db = CreateContext();
        var id = await db.Meetings.Where(m => m.Title == title).Select(m => m.Id).SingleAsync();
        return (await new MeetingDetailsQuery(db).LoadAsync(id, CancellationToken.None))!;
    }

    /// <summary>How many SQL commands loading the meeting runs.</summary>
    public async Task<int> CountQueriesAsync(string title)
    {
        int id;
        await using (var lookup = CreateContext())
        {
            id = await lookup.Meetings.Where(m => m.Title == title).Select(m => m.Id).SingleAsync();
        }

        var counter = new CommandCounter();
        var options = new DbContextOptionsBuilder<BalkanMeetingsDbContext>();
        options.UseBalkanMeetingsSqlite(_database.ConnectionString).AddInterceptors(counter);
        await using var db = new BalkanMeetingsDbContext(options.Options);
        Assert.NotNull(await new MeetingDetailsQuery(db).LoadAsync(id, CancellationToken.None));
        return counter.Count;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
