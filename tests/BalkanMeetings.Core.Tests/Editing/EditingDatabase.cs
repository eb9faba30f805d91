using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Tests.Browse;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BalkanMeetings.Core.Tests.Editing;

/// <summary>A fresh seeded database per test, with one editor's account, for tests that change records.</summary>
public sealed class EditingDatabase : IAsyncLifetime
{
    private readonly SeededDatabase _seeded;

    public EditingDatabase()
        : this(DatabaseProvider.Sqlite)
    {
    }

    public EditingDatabase(DatabaseProvider provider) => _seeded = provider == DatabaseProvider.PostgreSQL ? new PostgresSeededDatabase() : new SeededDatabase();

    internal DatabaseProvider Provider => _seeded.Provider;

    public EditorIdentity Editor { get; } = new("editor-1", "Erin Editor");

    /// <summary>The database's connection string, for a connection of a test's own.</summary>
    public string ConnectionString => _seeded.Database.Settings.ConnectionString;

    public BalkanMeetingsDbContext CreateContext() => _seeded.CreateContext();

    /// <summary>A context whose commands and connections the given interceptors see.</summary>
    public BalkanMeetingsDbContext CreateContext(params IInterceptor[] interceptors) => _seeded.Database.Settings.CreateContext(interceptors);

    /// <summary>A record editor on its own context, as one request would have.</summary>
    public static RecordEditor CreateEditor(BalkanMeetingsDbContext db) => CreateEditor(db, AllKinds());

    /// <summary>A record editor knowing only the given kinds of record.</summary>
    public static RecordEditor CreateEditor(BalkanMeetingsDbContext db, params EditableRecord[] kinds) => new(db, new EditableRecords(kinds), CreateWriter(db));

    /// <summary>What writes every revision, waiting <paramref name="lockWait"/> (by default as the app does) for the database.</summary>
    public static RevisionWriter CreateWriter(BalkanMeetingsDbContext db, TimeSpan? lockWait = null)
    {
        var options = new EditingOptions();
        options.LockWait = lockWait ?? options.LockWait;
        return new(db, Options.Create(options), TimeProvider.System, NullLogger<RevisionWriter>.Instance);
    }

    /// <summary>What merges and splits, on its own context.</summary>
    public static RecordRestructurer CreateRestructurer(BalkanMeetingsDbContext db) => new(db, CreateWriter(db));

    /// <summary>What reverts revisions, on its own context.</summary>
    public static RevisionReverter CreateReverter(BalkanMeetingsDbContext db) =>
        new(db, new EditableRecords(AllKinds()), CreateEditor(db), CreateRestructurer(db));

    /// <summary>Opens the meeting as an edit form would and saves the given fields over it.</summary>
    public Task<EditResult> EditMeetingAsync(int id, RecordState proposed, string reason, EditorIdentity? editor = null) =>
        SaveAsync(nameof(Meeting), id, proposed, reason, editor);

    /// <summary>Opens the record as an edit form would and saves the given fields over it.</summary>
    public async Task<EditResult> SaveAsync(string recordType, int id, RecordState proposed, string reason = "testing", EditorIdentity? editor = null)
    {
        await using var db = CreateContext();
        var records = CreateEditor(db);
        var opened = (await records.LoadAsync(recordType, id, CancellationToken.None))!;
        return await records.SaveAsync(recordType, id, opened, proposed, reason, editor ?? Editor, CancellationToken.None);
    }

    public async Task<EditResult> RevertAsync(int revisionId, string reason)
    {
        await using var db = CreateContext();
        return await CreateReverter(db).RevertAsync(revisionId, reason, Editor, CancellationToken.None);
    }

    public async Task InitializeAsync()
    {
        await _seeded.InitializeAsync();
        if (Provider == DatabaseProvider.PostgreSQL && PostgresServer.SkipReason is not null)
        {
            return;
        }

        await using var db = CreateContext();
        db.Users.Add(new EditorAccount { Id = Editor.AccountId, UserName = "erin@example.org", DisplayName = Editor.Name });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => _seeded.DisposeAsync();

    private static EditableRecord[] AllKinds() => [new MeetingRecord(), new FlagRecord(), new PersonRecord(), new TopicRecord(), new InitiativeRecord()];
}
