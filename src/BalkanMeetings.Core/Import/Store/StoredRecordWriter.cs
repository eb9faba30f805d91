using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Checks;
using BalkanMeetings.Core.Import.Extraction;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Import.Store;

/// <summary>
/// Stores an article that updates records in place: a changed article over its earlier version (so the article, its
/// meetings and participations keep their ids), or one touching a record an editor corrected. The stored records are
/// loaded tracked and updated, leaving every corrected value alone; the checks compare the article with the
/// corrections before anything is saved, and one save writes the updates. See docs/editing.md#re-import.
/// </summary>
internal sealed class StoredRecordWriter(BalkanMeetingsDbContext db, ImportCatalog catalog, RowWriter rows, ArticleCorrections corrections)
{
    public async Task<ArticleWriter.Outcome> WriteAsync(
        ArticleFile file, ExtractedArticle extracted, ArticleNames names, StoredArticle? stored, List<MeetingIndex.Entry?> same, DateTime now, CancellationToken cancellationToken)
    {
        var own = stored?.Match(extracted.Meetings, names.CountryCodes, corrections) ?? new Meeting?[extracted.Meetings.Count];
        var targets = new List<MeetingTarget>();
        for (var k = 0; k < extracted.Meetings.Count; k++)
        {
            targets.Add(own[k] is { } meeting
                ? new MeetingTarget(meeting, TargetSource.Own, stored!.IsSoleSource(meeting))
                : same[k] is { } entry
                    ? new MeetingTarget(await LoadAsync(entry.Id, cancellationToken), TargetSource.Merged, sole: false)
                    : new MeetingTarget(db.Meetings.Add(extracted.Meetings[k].ToMeeting()).Entity, TargetSource.New, sole: true));
        }

        await names.WriteNewAsync(rows, extracted, k => targets[k].Source != TargetSource.New && ArticleNames.ParticipantsCorrected(corrections, targets[k].Meeting.Id), cancellationToken);
        int articleId;
        if (stored is null)
        {
            articleId = await ArticleRow.InsertAsync(rows, file, extracted, now, cancellationToken);
        }
        else
        {
            articleId = stored.Article.Id;
            ArticleRow.Describe(stored.Article, file, extracted, now);
        }

        var updates = new MeetingUpdates(db, corrections);
        for (var k = 0; k < targets.Count; k++)
        {
            var target = targets[k];
            if (!target.Meeting.Sources.Any(s => s.ArticleId == articleId))
            {
                target.Meeting.Sources.Add(new MeetingSource { ArticleId = articleId });
                target.Changed = true;
            }

            if (target.Source == TargetSource.Own && target.Sole)
            {
                target.Changed |= updates.UpdateFields(target.Meeting, extracted.Meetings[k]);
            }

            target.Changed |= updates.UpdateCountries(target, names.CountryCodes[k]);
            target.Changed |= await updates.UpdateTopicsAsync(target, names.TopicIds, cancellationToken);
            updates.UpdateParticipants(target, articleId, extracted.Meetings[k], names.People[k]);
        }

        var initiatives = new InitiativeUpdates(db, catalog, corrections);
        await initiatives.UpdateAsync(extracted.Initiatives, names, targets, stored, cancellationToken);
        var earlier = stored is null ? null : new EarlierVersion(db, stored, corrections);
        var left = earlier?.Leave(own, initiatives.Unlinked) ?? [];
        foreach (var target in targets.Where(t => t.Source != TargetSource.New && t.Changed))
        {
            // Editors' forms opened before this import see a conflict rather than save over it.
            target.Meeting.Version++;
        }

        // The checks see the meetings as they are about to be saved; the corrections' new imported values and the
        // open flags a newer disagreement rewrote are saved with them.
        var check = new CorrectionCheck(db, catalog, corrections);
        var disagreements = await check.CompareAsync(
            articleId,
            extracted,
            targets.Select(t => new CorrectionCheck.Target(t.Meeting, t.Source == TargetSource.New, t.Sole)).ToList(),
            new CorrectionCheck.Names(names.People, names.CountryCodes, names.TopicIds, names.InitiativeIds.OfType<int>().ToList()),
            cancellationToken);
        var survivors = earlier?.Survivors ?? [];
        var flags = ArticleChecks.Raise(extracted, disagreements, left.Where(l => l.Kept).Select(l => l.Meeting.Id), survivors);

        if (earlier is not null)
        {
            await earlier.ClearAsync(cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);

        var ids = new StoredIds(articleId, targets.Count);
        for (var k = 0; k < targets.Count; k++)
        {
            ids.Meetings[k] = targets[k].Meeting.Id;
            ids.Participations[k].AddRange(targets[k].Participants.Select(p => p?.Id));
        }

        var linksTopics = targets.Where(t => t.LinksTopics).Select(t => t.Meeting.Id).ToList();
        await new ArticleContents(rows, catalog).WriteAsync(extracted, ids, names.InitiativeIds.OfType<int>().ToList(), linksTopics, cancellationToken);
        var raised = await new FlagWriter(rows).WriteAsync(flags, ids, survivors, now, cancellationToken);

        catalog.Forget(await initiatives.DeleteOrphansAsync(cancellationToken));
        catalog.Remember(names.NewPeople, names.NewInitiatives.Concat(initiatives.Written));
        foreach (var meeting in targets.Select(t => t.Meeting).Concat(left.Where(l => l.Kept || !l.Sole).Select(l => l.Meeting)).Distinct())
        {
            Index(meeting);
        }

        db.ChangeTracker.Clear();
        return new ArticleWriter.Outcome(stored is not null, targets.Count(t => t.Source == TargetSource.New), targets.Count(t => t.Source == TargetSource.Merged), names.NewPeople.Count, raised);
    }

    private Task<Meeting> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Meetings
            .Include(m => m.Countries)
            .Include(m => m.Participants)
            .Include(m => m.Initiatives)
            .AsSplitQuery()
            .SingleAsync(m => m.Id == id, cancellationToken);

    private void Index(Meeting meeting)
    {
        if (meeting.DatePrecision == DatePrecision.Day && meeting.Date is { } date)
        {
            catalog.Meetings.Add(date, new MeetingIndex.Entry(
                meeting.Id,
                meeting.City,
                meeting.Countries.Select(c => c.CountryCode).Distinct(StringComparer.Ordinal).ToArray(),
                meeting.Participants.Where(p => p.PersonId is not null).Select(p => p.PersonId!.Value).Distinct().ToArray()));
        }
    }
}
