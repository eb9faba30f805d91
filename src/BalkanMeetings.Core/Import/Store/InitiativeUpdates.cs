using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Import.Extraction;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Import.Store;

/// <summary>
/// The initiatives of an article that updates stored records: the stored ones it may change are loaded and updated,
/// its meetings linked to what it names, and links its earlier version made that it no longer makes removed.
/// </summary>
internal sealed class InitiativeUpdates(BalkanMeetingsDbContext db, ImportCatalog catalog, ArticleCorrections corrections)
{
    /// <summary>Initiatives a meeting of the article stopped naming; deleted once no meeting names them.</summary>
    public HashSet<int> Unlinked { get; } = [];

    /// <summary>Stored initiatives the article changed, as they now are.</summary>
    public List<Initiative> Written { get; } = [];

    public async Task UpdateAsync(IReadOnlyList<ExtractedInitiative> extracted, ArticleNames names, List<MeetingTarget> targets, StoredArticle? stored, CancellationToken cancellationToken)
    {
        // Stored initiatives are loaded only when the article may change them: a changed article may be the only one
        // naming them; a new one may complete them; an editor may have corrected them.
        var known = names.KnownInitiatives;
        var load = stored is not null ? known : known.Where(id => !catalog.IsComplete(id) || corrections.AnyOn(nameof(Initiative), id)).ToList();
        var sole = load.Count == 0 ? [] : await LoadAsync(load, stored, cancellationToken);
        for (var k = 0; k < extracted.Count; k++)
        {
            var id = names.InitiativeIds[k]!.Value;
            if (load.Contains(id))
            {
                var initiative = db.Initiatives.Local.First(i => i.Id == id);
                Update(initiative, extracted[k], sole.Contains(id));
                Written.Add(initiative);
            }
        }

        var named = names.InitiativeIds.OfType<int>().Distinct().ToList();
        foreach (var target in targets.Where(t => !corrections.Has(nameof(Meeting), t.Meeting.Id, MeetingRecord.Initiatives)))
        {
            var links = target.Meeting.Initiatives;
            foreach (var id in named.Where(id => links.All(mi => mi.InitiativeId != id)))
            {
                links.Add(new MeetingInitiative { InitiativeId = id });
                target.Changed = true;
            }

            if (target.Source == TargetSource.Own && target.Sole)
            {
                foreach (var stale in links.Where(mi => !named.Contains(mi.InitiativeId)).ToList())
                {
                    links.Remove(stale);
                    db.Remove(stale);
                    Unlinked.Add(stale.InitiativeId);
                    target.Changed = true;
                }
            }
        }
    }

    /// <summary>Deletes the unlinked initiatives no meeting names any more, except those an editor corrected.</summary>
    /// <returns>The ids deleted.</returns>
    public async Task<List<int>> DeleteOrphansAsync(CancellationToken cancellationToken)
    {
        var candidates = Unlinked.Where(id => !corrections.AnyOn(nameof(Initiative), id)).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var orphans = await db.Initiatives
            .Where(i => candidates.Contains(i.Id) && !db.MeetingInitiatives.Any(mi => mi.InitiativeId == i.Id))
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);
        await db.Initiatives.Where(i => orphans.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
        return orphans;
    }

    // Loads the initiatives (tracked) and returns those no meeting but the changed article's own (those only it
    // reports) names: its word on them is the only one.
    private async Task<HashSet<int>> LoadAsync(List<int> ids, StoredArticle? stored, CancellationToken cancellationToken)
    {
        if (stored is null)
        {
            await db.Initiatives.Where(i => ids.Contains(i.Id)).LoadAsync(cancellationToken);
            return [];
        }

        var own = stored.Meetings.Where(stored.IsSoleSource).Select(m => m.Id).ToList();
        var loaded = await db.Initiatives
            .Where(i => ids.Contains(i.Id))
            .Select(i => new { Initiative = i, Shared = db.MeetingInitiatives.Any(mi => mi.InitiativeId == i.Id && !own.Contains(mi.MeetingId)) })
            .ToListAsync(cancellationToken);
        return loaded.Where(i => !i.Shared).Select(i => i.Initiative.Id).ToHashSet();
    }

    // An initiative only this article names takes what it now says; one other articles name too is only completed,
    // since nothing another article said is overwritten. Corrected values stay as they are.
    private void Update(Initiative initiative, ExtractedInitiative item, bool sole)
    {
        bool Free(string field) => !corrections.Has(nameof(Initiative), initiative.Id, field);
        if (sole && Free(nameof(Initiative.Name)))
        {
            initiative.Name = item.Name;
        }

        if (Free(nameof(Initiative.Objective)))
        {
            initiative.Objective = sole ? item.Objective : initiative.Objective ?? item.Objective;
        }

        if (Free(nameof(Initiative.Timeline)))
        {
            initiative.Timeline = sole ? item.Timeline : initiative.Timeline ?? item.Timeline;
        }
    }
}
