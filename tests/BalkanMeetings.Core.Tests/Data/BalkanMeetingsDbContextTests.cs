using BalkanMeetings.Core.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Data;

public sealed class BalkanMeetingsDbContextTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task Meeting_round_trips_with_countries_participants_topics_initiatives_and_sources()
    {
        await _database.MigrateAsync();
        var meetingId = await SeedMeetingAsync();

        await using var db = _database.CreateContext();
        var meeting = await db.Meetings
            .Include(m => m.Countries).ThenInclude(c => c.Country)
            .Include(m => m.Participants).ThenInclude(p => p.Person)
            .Include(m => m.Topics).ThenInclude(t => t.Topic)
            .Include(m => m.Initiatives).ThenInclude(i => i.Initiative)
            .Include(m => m.Sources).ThenInclude(s => s.Article)
            .AsSplitQuery()
            .SingleAsync(m => m.Id == meetingId);

        Assert.Equal("Rutte meets Mickoski and Spajić", meeting.Title);
        Assert.Equal(new DateOnly(2025, 3, 1), meeting.Date);
        Assert.Equal(DatePrecision.Month, meeting.DatePrecision);
        Assert.Equal(ValueOrigin.Inferred, meeting.DateOrigin);
        Assert.Equal(MeetingKind.Visit, meeting.Kind);
        Assert.Equal(MeetingStatus.Planned, meeting.Status);
        Assert.Equal(["ME", "MK"], meeting.Countries.Select(c => c.Country!.Code).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["Mark Rutte", "Prime Minister of Montenegro"],
            meeting.Participants.Select(p => p.Person?.Name ?? p.Role).Order(StringComparer.Ordinal));
        Assert.Equal("defence reform", Assert.Single(meeting.Topics).RawLabel);
        Assert.Equal("Defence", meeting.Topics[0].Topic!.Name);
        Assert.Equal("Adriatic Charter", Assert.Single(meeting.Initiatives).Initiative!.Name);
        Assert.Equal("2025-03-skopje.md", Assert.Single(meeting.Sources).Article!.FileName);
    }

    [Fact]
    public async Task Enums_are_stored_as_their_names()
    {
        await _database.MigrateAsync();
        await SeedMeetingAsync();

        var meeting = Assert.Single(
            await _database.QueryAsync("SELECT DatePrecision, DateOrigin, Kind, Status, Date FROM Meetings"));
        Assert.Equal(["Month", "Inferred", "Visit", "Planned", "2025-03-01"], meeting);
        var origins = await _database.QueryAsync("SELECT NameOrigin FROM Participations ORDER BY NameOrigin");
        Assert.Equal(["Inferred", "Stated"], origins.Select(r => r[0]));
        var flag = Assert.Single(await _database.QueryAsync("SELECT Kind, Severity, Status FROM ReviewFlags"));
        Assert.Equal(["InferredOfficial", "Info", "Open"], flag);
    }

    [Fact]
    public void Every_enum_property_is_mapped_to_text()
    {
        using var db = _database.CreateContext();

        var enumProperties = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties())
            .Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType).IsEnum)
            .ToList();

        Assert.NotEmpty(enumProperties);
        Assert.All(enumProperties, p => Assert.Equal(typeof(string), p.GetProviderClrType()));
    }

    [Fact]
    public async Task Table_header_is_stored_as_a_json_array()
    {
        await _database.MigrateAsync();
        await SeedMeetingAsync();

        var header = Assert.Single(await _database.QueryAsync("SELECT Header FROM ArticleTables"))[0];
        Assert.Equal("""["Country","Contribution"]""", header);
        await using var db = _database.CreateContext();
        Assert.Equal(["Country", "Contribution"], (await db.ArticleTables.SingleAsync()).Header);
    }

    [Fact]
    public async Task Second_writer_of_the_same_meeting_version_gets_a_concurrency_exception()
    {
        await _database.MigrateAsync();
        var meetingId = await SeedMeetingAsync();
        await using var first = _database.CreateContext();
        await using var second = _database.CreateContext();
        var firstCopy = await first.Meetings.SingleAsync(m => m.Id == meetingId);
        var secondCopy = await second.Meetings.SingleAsync(m => m.Id == meetingId);

        firstCopy.Title = "Rutte meets Mickoski in Skopje";
        firstCopy.Version++;
        await first.SaveChangesAsync();
        secondCopy.Title = "Rutte meets Spajić";
        secondCopy.Version++;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = _database.CreateContext();
        var stored = await check.Meetings.SingleAsync(m => m.Id == meetingId);
        Assert.Equal(("Rutte meets Mickoski in Skopje", 1), (stored.Title, stored.Version));
    }

    [Fact]
    public async Task Deleting_an_article_deletes_what_it_holds_and_keeps_the_meeting()
    {
        await _database.MigrateAsync();
        var meetingId = await SeedMeetingAsync();

        // ExecuteDelete bypasses EF's change tracker, so the database's own foreign keys do the work.
        await using var db = _database.CreateContext();
        await db.Articles.ExecuteDeleteAsync();

        Assert.Equal(0, await db.ArticleTables.CountAsync());
        Assert.Equal(0, await db.Quotes.CountAsync());
        Assert.Equal(0, await db.SourceSpans.CountAsync());
        Assert.Equal(0, await db.ReviewFlags.CountAsync());
        Assert.Equal(0, await db.MeetingSources.CountAsync());
        Assert.True(await db.Meetings.AnyAsync(m => m.Id == meetingId));
        Assert.All(await db.Participations.ToListAsync(), p => Assert.Null(p.ArticleId));
    }

    [Fact]
    public async Task A_country_that_meetings_name_cannot_be_deleted()
    {
        await _database.MigrateAsync();
        await SeedMeetingAsync();

        await using var db = _database.CreateContext();
        var error = await Assert.ThrowsAsync<SqliteException>(
            () => db.Countries.Where(c => c.Code == "MK").ExecuteDeleteAsync());

        Assert.Contains("FOREIGN KEY", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();

    private async Task<int> SeedMeetingAsync()
    {
        await using var db = _database.CreateContext();
        var article = new Article
        {
            FileName = "2025-03-skopje.md",
            ContentHash = new string('b', 64),
            OriginalText = "Skopje. Secretary General Mark Rutte ...",
            NormalisedText = "Skopje. Secretary General Mark Rutte ...",
            ImportedAtUtc = new DateTime(2025, 3, 4, 8, 0, 0, DateTimeKind.Utc),
        };
        article.Tables.Add(new ArticleTable { Header = ["Country", "Contribution"], RowsJson = """[["MK","KFOR"]]""" });
        article.Quotes.Add(new Quote { Speaker = "Mark Rutte", Text = "North Macedonia is a valued Ally." });
        var rutte = new Person { Name = "Mark Rutte", SearchKey = "mark rutte", IsReference = true };
        var meeting = new Meeting
        {
            Title = "Rutte meets Mickoski and Spajić",
            Date = new DateOnly(2025, 3, 1),
            DatePrecision = DatePrecision.Month,
            DateOrigin = ValueOrigin.Inferred,
            Kind = MeetingKind.Visit,
            Status = MeetingStatus.Planned,
        };
        meeting.Countries.Add(new MeetingCountry { CountryCode = "MK", Country = Country("MK", "North Macedonia", "Skopje") });
        meeting.Countries.Add(new MeetingCountry { CountryCode = "ME", Country = Country("ME", "Montenegro", "Podgorica") });
        meeting.Participants.Add(new Participation
        {
            Person = rutte,
            NameAsWritten = "Mark Rutte",
            NameOrigin = ValueOrigin.Stated,
            Role = "Secretary General",
            Organization = "NATO",
        });
        meeting.Participants.Add(new Participation
        {
            NameOrigin = ValueOrigin.Inferred,
            Role = "Prime Minister of Montenegro",
            Organization = "Montenegro",
        });
        meeting.Topics.Add(new MeetingTopic { Topic = new Topic { Name = "Defence" }, RawLabel = "defence reform" });
        meeting.Initiatives.Add(new MeetingInitiative
        {
            Initiative = new Initiative { Name = "Adriatic Charter", NameKey = "adriatic charter" },
        });
        meeting.Sources.Add(new MeetingSource { Article = article });
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();

        foreach (var participation in meeting.Participants)
        {
            participation.ArticleId = article.Id;
        }

        db.SourceSpans.Add(new SourceSpan
        {
            ArticleId = article.Id,
            RecordType = nameof(Meeting),
            RecordId = meeting.Id,
            Field = nameof(Meeting.City),
            Start = 0,
            Length = 6,
        });
        db.ReviewFlags.Add(new ReviewFlag
        {
            Kind = FlagKind.InferredOfficial,
            Severity = FlagSeverity.Info,
            Message = "Prime Minister of Montenegro identified through the office holders.",
            RecordType = nameof(Participation),
            ArticleId = article.Id,
            CreatedAtUtc = new DateTime(2025, 3, 4, 8, 0, 0, DateTimeKind.Utc),
        });
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    private static Country Country(string code, string name, string capital) =>
        new() { Code = code, Name = name, Capital = capital };
}
