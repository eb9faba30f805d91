using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Import.Extraction;
using BalkanMeetings.Core.Import.Store;
using BalkanMeetings.Core.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BalkanMeetings.Core.Import;

/// <summary>
/// One article an editor gives from the browser, held in memory: previewed (what the importer would extract, which
/// stored meetings it would merge into, which stored article has the same text) without writing anything, then
/// imported through the import's own pipeline in one transaction, with a revision attributed to the editor.
/// See docs/editing.md#adding-an-article.
/// </summary>
public sealed class SingleArticleImport(BalkanMeetingsDbContext db, ReferenceIndex reference, ILogger<SingleArticleImport> logger, TimeProvider clock)
{
    /// <summary>The field an import revision's changes name: the article a meeting gained, by file name.</summary>
    public const string ArticleField = "Article";

    public async Task<ArticlePreview> PreviewAsync(ArticleFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var extracted = ArticleImporter.Extract(file, new ArticleExtractor(reference));
        var catalog = await ImportCatalog.LoadAsync(db, cancellationToken);
        var names = ArticleNames.Read(catalog, extracted);
        var same = extracted.Meetings.Select((m, k) => catalog.SameMeeting(m, names.CountryCodes[k], names.People[k])?.Id).ToList();
        var ids = same.OfType<int>().ToList();
        var titles = await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Title, cancellationToken);
        var copies = await db.Articles.AsNoTracking()
            .Where(a => a.ContentHash == file.ContentHash || a.ContentHash == file.TextHash)
            .OrderBy(a => a.Id)
            .Select(a => new StoredCopy(a.Id, a.FileName, a.Title, a.Meetings.OrderBy(s => s.MeetingId).Select(s => new MeetingLink(s.MeetingId, s.Meeting!.Title)).ToList()))
            .ToListAsync(cancellationToken);
        return new ArticlePreview(file, extracted, same.Select(id => id is { } m ? new MeetingLink(m, titles[m]) : null).ToList(), copies);
    }

    /// <summary>
    /// Imports the article as <c>import</c> would, and records a revision of kind <see cref="RevisionKind.Import"/> by
    /// <paramref name="editor"/> in the same transaction. Null, with nothing written, when an article with the same
    /// text is stored already. An article that reports no meeting is refused (<see cref="BadArticleException"/>).
    /// </summary>
    public async Task<ImportedArticle?> ImportAsync(ArticleFile file, EditorIdentity editor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(editor);
        var extracted = ArticleImporter.Extract(file, new ArticleExtractor(reference));
        if (extracted.Meetings.Count == 0)
        {
            throw new BadArticleException($"{file.FileName} is not imported: {ArticleImporter.NoMeeting}");
        }

        var imported = await ArticleImporter.OnOneConnectionAsync(db, () => StoreAsync(file, extracted, editor, cancellationToken), cancellationToken);
        if (imported is not null)
        {
            logger.LogInformation(
                "Article {FileName} added by {Editor}: {MeetingsCreated} meeting(s) created {Created}, {MeetingsMerged} merged into {Merged}, revision {RevisionId}",
                file.FileName,
                editor.Name,
                imported.Created.Count,
                imported.Created,
                imported.Merged.Count,
                imported.Merged,
                imported.RevisionId);
        }

        return imported;
    }

    private async Task<ImportedArticle?> StoreAsync(ArticleFile file, ExtractedArticle extracted, EditorIdentity editor, CancellationToken cancellationToken)
    {
        var catalog = await ImportCatalog.LoadAsync(db, cancellationToken);
        db.Database.AutoSavepointsEnabled = false;

        // The import's own transaction, so editors' corrections saved meanwhile are known; an import of one article
        // never pauses. The row writer is let go first, while the transaction holds the connection open.
        await using var transaction = await new ImportTransactions(db, catalog, TimeSpan.MaxValue).BeginAsync(cancellationToken);
        await using var rows = new RowWriter(db);
        if (await db.Articles.AnyAsync(a => a.ContentHash == file.ContentHash || a.ContentHash == file.TextHash || a.FileName == file.FileName, cancellationToken))
        {
            return null;
        }

        await new ArticleWriter(db, catalog, rows, clock).SaveAsync(file, extracted, replacing: false, transaction.Current, cancellationToken);
        var meetings = await db.MeetingSources.AsNoTracking()
            .Where(s => s.Article!.FileName == file.FileName)
            .OrderBy(s => s.MeetingId)
            .Select(s => new { s.MeetingId, Sources = db.MeetingSources.Count(o => o.MeetingId == s.MeetingId) })
            .ToListAsync(cancellationToken);
        var revision = RevisionWriter.NewRevision(RevisionKind.Import, nameof(Meeting), meetings[0].MeetingId, Reason(extracted, file), editor);
        revision.AtUtc = clock.GetUtcNow().UtcDateTime;
        revision.Changes.AddRange(meetings.Select(m => new RevisionChange { RecordType = nameof(Meeting), RecordId = m.MeetingId, Field = ArticleField, After = file.FileName }));
        db.Revisions.Add(revision);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new ImportedArticle(
            file.FileName,
            revision.Id,
            meetings.Where(m => m.Sources == 1).Select(m => m.MeetingId).ToList(),
            meetings.Where(m => m.Sources > 1).Select(m => m.MeetingId).ToList());
    }

    private static string Reason(ExtractedArticle extracted, ArticleFile file)
    {
        var reason = $"Added the article “{extracted.Title ?? file.FileName}”";
        return reason.Length <= FieldLimits.Reason ? reason : string.Concat(reason.AsSpan(0, FieldLimits.Reason - 2), "…”");
    }
}

/// <summary>A stored meeting, to link to.</summary>
public sealed record MeetingLink(int Id, string Title);

/// <summary>A stored article with the same text, and the meetings it reports.</summary>
public sealed record StoredCopy(int Id, string FileName, string? Title, IReadOnlyList<MeetingLink> Meetings);

/// <summary>
/// What importing the article would do: what it extracts; per extracted meeting, the stored meeting it would be merged
/// into (null: a new meeting); and the stored articles with the same text, when it was imported before.
/// </summary>
public sealed record ArticlePreview(ArticleFile File, ExtractedArticle Extracted, IReadOnlyList<MeetingLink?> SameMeetings, IReadOnlyList<StoredCopy> SameText);

/// <summary>An imported article: the revision that records it, and the meetings it created and was merged into, by id.</summary>
public sealed record ImportedArticle(string FileName, int RevisionId, IReadOnlyList<int> Created, IReadOnlyList<int> Merged)
{
    /// <summary>Where the editor goes next: the first meeting it created, or else the first it was merged into.</summary>
    public int FirstMeeting => Created.Count > 0 ? Created[0] : Merged[0];
}
