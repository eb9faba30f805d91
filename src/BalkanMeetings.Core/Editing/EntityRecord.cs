using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Editing;

/// <summary>An <see cref="EditableRecord"/> stored as one entity (with what it includes) that a save reads and changes.</summary>
/// <typeparam name="TEntity">The entity.</typeparam>
public abstract class EntityRecord<TEntity> : EditableRecord
    where TEntity : class
{
    public override async Task<RecordState?> LoadAsync(BalkanMeetingsDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await Query(db).AsNoTracking().SingleOrDefaultAsync(e => EF.Property<int>(e, "Id") == id, cancellationToken) is { } entity ? ToState(entity) : null;
    }

    public override async Task<LoadedRecord?> LoadForSaveAsync(BalkanMeetingsDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await Query(db).SingleOrDefaultAsync(e => EF.Property<int>(e, "Id") == id, cancellationToken) is { } entity
            ? new LoadedRecord(this, id, () => ToState(entity), (values, revision, ct) => ApplyAsync(db, entity, values, revision, ct))
            : null;
    }

    /// <summary>The entities, with everything their state is made of included.</summary>
    protected abstract IQueryable<TEntity> Query(BalkanMeetingsDbContext db);

    /// <summary>The entity as stored text.</summary>
    protected abstract RecordState ToState(TEntity entity);

    /// <summary>
    /// Writes the given fields to the entity; the caller saves. <paramref name="revision"/> is the revision the write
    /// belongs to, for a record that keeps on itself who changed it (a flag names who resolved it); null outside one.
    /// </summary>
    protected abstract Task ApplyAsync(BalkanMeetingsDbContext db, TEntity entity, IReadOnlyDictionary<string, string?> values, Revision? revision, CancellationToken cancellationToken);
}
