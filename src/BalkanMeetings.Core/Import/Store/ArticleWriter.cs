using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Checks;
using BalkanMeetings.Core.Import.Extraction;
using Microsoft.EntityFrameworkCore.Storage;

namespace BalkanMeetings.Core.Import.Store;

/// <summary>
/// Stores one extracted article atomically (a savepoint in the batch's transaction; see <see cref="ArticleImporter"/>).
/// It only sequences: the names resolved to ids, the meetings matched, the checks run (every review flag is raised
/// there, before anything is written), then the rows written. An article that replaces no earlier version and
/// touches no record an editor corrected, nearly every one, takes <see cref="NewMeetingRows"/>, all prepared
/// statements; the others take <see cref="StoredRecordWriter"/>, which updates what is stored in place. See
/// docs/import.md#storing and docs/editing.md#re-import.
/// </summary>
internal sealed class ArticleWriter(BalkanMeetingsDbContext db, ImportCatalog catalog, RowWriter rows, TimeProvider clock)
{
    private const string Savepoint = "article";

    public sealed record Outcome(bool Replaced, int MeetingsCreated, int MeetingsMerged, int PeopleCreated, int FlagsRaised);

    /// <param name="file">The article file.</param>
    /// <param name="extracted">What was read in it.</param>
    /// <param name="replacing">True when an earlier version of the file is stored and must make way.</param>
    /// <param name="transaction">The batch's transaction; the article is written inside a savepoint of it.</param>
    /// <param name="cancellationToken">Cancels the write; nothing of the article is kept.</param>
    public async Task<Outcome> SaveAsync(ArticleFile file, ExtractedArticle extracted, bool replacing, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
        try
        {
            return await WriteAsync(file, extracted, replacing, cancellationToken);
        }
        catch
        {
            // Everything the article wrote goes, and nothing else in the batch.
            rows.Discard();
            await transaction.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            await transaction.ReleaseSavepointAsync(Savepoint, CancellationToken.None);
        }
    }

    private async Task<Outcome> WriteAsync(ArticleFile file, ExtractedArticle extracted, bool replacing, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var names = ArticleNames.Read(catalog, extracted);
        var stored = replacing ? await StoredArticle.LoadAsync(db, file.FileName, cancellationToken) : null;

        // The earlier version's meetings leave the index: the new version is matched to them, never merged into them.
        if (stored is not null)
        {
            catalog.Meetings.Remove(stored.Meetings.Select(m => m.Id).ToList());
        }

        var same = extracted.Meetings.Select((m, k) => catalog.SameMeeting(m, names.CountryCodes[k], names.People[k])).ToList();
        var corrections = new ArticleCorrections();
        await corrections.LoadAsync(
            db,
            catalog,
            (stored?.Meetings.Select(m => m.Id) ?? []).Concat(same.OfType<MeetingIndex.Entry>().Select(e => e.Id)),
            names.People.SelectMany(p => p).OfType<int>(),
            names.KnownInitiatives.Concat(stored?.Meetings.SelectMany(m => m.Initiatives).Select(i => i.InitiativeId) ?? []),
            // A resolved flag is kept as it is whatever its corrections say; only open ones are compared.
            stored?.Flags.Where(f => f.Status == FlagStatus.Open).Select(f => f.Id) ?? [],
            cancellationToken);

        if (stored is not null || !corrections.IsEmpty)
        {
            return await new StoredRecordWriter(db, catalog, rows, corrections).WriteAsync(file, extracted, names, stored, same, now, cancellationToken);
        }

        // Nothing stored is updated, so nothing is compared: the article's own doubts are all the flags it raises.
        // Every row goes through the row writer, which may hold statements back until the article is written.
        var flags = ArticleChecks.Raise(extracted, [], [], []);
        rows.HoldBack();
        await names.WriteNewAsync(rows, extracted, _ => false, cancellationToken);
        var ids = new StoredIds(await ArticleRow.InsertAsync(rows, file, extracted, now, cancellationToken), extracted.Meetings.Count);
        var meetings = new NewMeetingRows(rows, catalog);
        await meetings.WriteAsync(ids, extracted, names, same, cancellationToken);
        var completed = await meetings.CompleteInitiativesAsync(extracted, names, cancellationToken);
        await new ArticleContents(rows, catalog).WriteAsync(extracted, ids, names.InitiativeIds.OfType<int>().ToList(), ids.Meetings, cancellationToken);
        var raised = await new FlagWriter(rows).WriteAsync(flags, ids, [], now, cancellationToken);
        await rows.FlushAsync(cancellationToken);

        catalog.Remember(names.NewPeople, names.NewInitiatives.Concat(completed));
        foreach (var (date, entry) in meetings.Indexed)
        {
            catalog.Meetings.Add(date, entry);
        }

        return new Outcome(false, same.Count(s => s is null), same.Count(s => s is not null), names.NewPeople.Count, raised);
    }
}
