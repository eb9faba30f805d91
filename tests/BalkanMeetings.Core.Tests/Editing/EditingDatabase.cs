using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Tests.Browse;
using Microsoft.Extensions.Logging.Abstractions;

namespace BalkanMeetings.Core.Tests.Editing;

/// <summary>A fresh seeded database per test, with one editor's account, for tests that change records.</summary>
public sealed class EditingDatabase : IAsyncLifetime, IDisposable
{
    private readonly SeededDatabase _seeded = new();

    public EditorIdentity Editor { get; } = new("editor-1", "Erin Editor");

    public BalkanMeetingsDbContext CreateContext() => _seeded.CreateContext();

    /// <summary>A record editor on its own context, as one request would have.</summary>
    public static RecordEditor CreateEditor(BalkanMeetingsDbContext db) =>
        new(db, [new MeetingRecord(), new FlagRecord()], TimeProvider.System, NullLogger<RecordEditor>.Instance);

    /// <summary>Opens the meeting as an edit form would and saves the given fields over it.</summary>
    public async Task<EditResult> EditMeetingAsync(int id, RecordState proposed, string reason, EditorIdentity? editor = null)
    {
        await using var db = CreateContext();
        var records = CreateEditor(db);
        var opened = (await records.LoadAsync(nameof(Meeting), id, CancellationToken.None))!;
        return await records.SaveAsync(nameof(Meeting), id, opened, proposed, reason, editor ?? Editor, CancellationToken.None);
    }

    public async Task<EditResult> RevertAsync(int revisionId, string reason)
    {
        await using var db = CreateContext();
        return await CreateEditor(db).RevertAsync(revisionId, reason, Editor, CancellationToken.None);
    }

    public async Task InitializeAsync()
    {
        await _seeded.InitializeAsync();
        await using var db = CreateContext();
        db.Users.Add(new EditorAccount { Id = Editor.AccountId, UserName = "erin@example.org", DisplayName = Editor.Name });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _seeded.Dispose();
}
