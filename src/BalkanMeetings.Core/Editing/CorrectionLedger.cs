using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Editing;

/// <summary>
/// The corrections a revision leaves: a field an editor changed is theirs, and remembers what the importer had read
/// there; set back to exactly that, it is the importer's again (docs/editing.md#how-it-is-stored).
/// </summary>
internal static class CorrectionLedger
{
    /// <summary>Adds, moves on or ends the corrections of the changed fields; the caller saves.</summary>
    public static async Task RecordAsync(BalkanMeetingsDbContext db, Revision revision, IEnumerable<FieldChange> changes, CancellationToken cancellationToken)
    {
        var fieldChanges = changes.ToList();
        var records = fieldChanges.Select(c => c.Record).ToHashSet();
        if (records.Count == 0)
        {
            return;
        }

        var types = records.Select(r => r.RecordType).Distinct().ToList();
        var ids = records.Select(r => r.Id).Distinct().ToList();
        var corrections = (await db.Corrections.Where(c => types.Contains(c.RecordType) && ids.Contains(c.RecordId)).ToListAsync(cancellationToken))
            .Where(c => records.Contains(new RecordKey(c.RecordType, c.RecordId)))
            .ToDictionary(c => (c.RecordType, c.RecordId, c.Field));
        foreach (var change in fieldChanges)
        {
            var (recordType, recordId) = change.Record;
            var key = (recordType, recordId, change.Field);
            if (corrections.GetValueOrDefault(key) is not { } correction)
            {
                corrections[key] = db.Corrections.Add(new Correction { RecordType = recordType, RecordId = recordId, Field = change.Field, ImportedValue = change.Before, RevisionId = revision.Id }).Entity;
            }
            else if (correction.ImportedValue == change.After)
            {
                db.Corrections.Remove(correction);
                corrections.Remove(key);
            }
            else
            {
                correction.RevisionId = revision.Id;
            }
        }
    }
}
