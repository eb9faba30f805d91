using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// Merges a duplicate person into the one kept: the duplicate's name and aliases become the kept person's aliases,
/// its participations, quotes and offices move over, and the duplicate goes; one revision records it all, and
/// reverting it brings the duplicate back under its old id. See docs/editing.md#merging-and-splitting.
/// </summary>
public sealed class PersonMerger(BalkanMeetingsDbContext db, RecordRestructurer restructurer) : RecordMerger(db, restructurer)
{
    public const int ChoicesShown = 20;

    /// <summary>A person as the merge page shows them, to tell two people apart before merging.</summary>
    public sealed record Candidate(int Id, string Name, IReadOnlyList<string> Aliases, bool IsReference, int Meetings, int Offices);

    /// <summary>The person, or null when there is none.</summary>
    public async Task<Candidate?> DescribeAsync(int id, CancellationToken cancellationToken) =>
        (await Describe(Db.People.Where(p => p.Id == id)).ToListAsync(cancellationToken)).SingleOrDefault();

    /// <summary>People whose name or an alias contains the text (folded), other than <paramref name="exceptId"/>, by name.</summary>
    public async Task<IReadOnlyList<Candidate>> FindAsync(string name, int exceptId, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(name)
            ? []
            : await Describe(Db.People.Matching(name).Where(p => p.Id != exceptId).OrderBy(p => p.Name).Take(ChoicesShown)).ToListAsync(cancellationToken);

    protected override string RecordType => nameof(Person);

    protected override (string NoneChosen, string Itself, string Gone) Refusals =>
        ("Choose the person to merge into this one.",
            "A person cannot be merged into themselves; choose the duplicate.",
            "That person is no longer in the database; they may have been merged already.");

    private IQueryable<Candidate> Describe(IQueryable<Person> people) =>
        people.Select(p => new Candidate(
            p.Id,
            p.Name,
            p.Aliases.OrderBy(a => a.Text).Select(a => a.Text).ToList(),
            p.IsReference,
            Db.Participations.Where(x => x.PersonId == p.Id).Select(x => x.MeetingId).Distinct().Count(),
            p.Offices.Count));

    protected override async Task<IReadOnlyList<FieldChange>?> PlanAsync(int keptId, int otherId, CancellationToken cancellationToken)
    {
        var kept = await RecordMoves.LoadAsync(Db, nameof(Person), keptId, cancellationToken);
        var other = await RecordMoves.LoadAsync(Db, nameof(Person), otherId, cancellationToken);
        if (kept is null || other is null)
        {
            return null;
        }

        // The other's name and aliases join the kept person's, each spelling once as the importer folds it.
        var keptAliases = LineList.Read(kept[PersonRecord.Aliases]);
        var seen = keptAliases.Append(kept[PersonRecord.Name]!).Select(ImportCatalog.PersonKey).ToHashSet(StringComparer.Ordinal);
        var added = LineList.Read(other[PersonRecord.Aliases]).Prepend(other[PersonRecord.Name]!).Where(a => seen.Add(ImportCatalog.PersonKey(a))).ToList();
        var isReference = bool.Parse(kept[RecordMoves.IsReference]!) || bool.Parse(other[RecordMoves.IsReference]!);

        var changes = new ChangeList();
        var (keptText, otherText) = (RecordMoves.Id(keptId), RecordMoves.Id(otherId));
        changes.Set(nameof(Person), otherId, MergedRecords.MergedInto, null, keptText);
        foreach (var (field, value) in other)
        {
            changes.Set(nameof(Person), otherId, field, value, null);
        }

        changes.Set(nameof(Person), keptId, PersonRecord.Aliases, kept[PersonRecord.Aliases], LineList.Write(keptAliases.Concat(added)));
        changes.Set(nameof(Person), keptId, RecordMoves.IsReference, kept[RecordMoves.IsReference], isReference.ToString());

        foreach (var id in await Db.Participations.Where(p => p.PersonId == otherId).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken))
        {
            changes.Set(nameof(Participation), id, nameof(Participation.PersonId), otherText, keptText);
        }

        foreach (var id in await Db.Quotes.Where(q => q.PersonId == otherId).OrderBy(q => q.Id).Select(q => q.Id).ToListAsync(cancellationToken))
        {
            changes.Set(nameof(Quote), id, nameof(Quote.PersonId), otherText, keptText);
        }

        // Offices are the reference data on who held what: one person's offices, however many spellings they had.
        foreach (var id in await Db.Offices.Where(o => o.PersonId == otherId).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(cancellationToken))
        {
            changes.Set(nameof(Office), id, nameof(Office.PersonId), otherText, keptText);
        }

        return changes.Changes;
    }
}
