using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Extraction;

namespace BalkanMeetings.Core.Import.Checks;

/// <summary>
/// Every review flag an article raises, in one place and before any of its rows are written: the doubts the
/// extraction rules raised (<see cref="ArticleContext.Raise"/>), the disagreements with editors' corrections
/// (<see cref="CorrectionCheck"/>) and the corrected meetings the article no longer reports. See
/// docs/import.md#review-flags.
/// </summary>
internal static class ArticleChecks
{
    private const string NoLongerReported =
        "The article no longer reports this meeting. It is kept because an editor corrected it; check whether it took place.";

    /// <param name="extracted">The article.</param>
    /// <param name="disagreements">What <see cref="CorrectionCheck"/> found.</param>
    /// <param name="dropped">Meetings only the earlier version reported that stay because an editor corrected them.</param>
    /// <param name="survivors">The earlier version's flags that stay (resolved, corrected, or open disagreements).</param>
    public static List<RaisedFlag> Raise(ExtractedArticle extracted, IEnumerable<Disagreement> disagreements, IEnumerable<int> dropped, IReadOnlyList<ReviewFlag> survivors)
    {
        var flags = extracted.Flags
            .Select(f => new RaisedFlag(f.Kind, f.Severity, f.Message, f.Field, f.Evidence, f.ReferenceRow, f.MeetingIndex, f.ParticipantIndex))
            .ToList();
        var all = disagreements.Concat(dropped.Select(id => new Disagreement(nameof(Meeting), id, Field: null, id, NoLongerReported, Evidence: null)));
        foreach (var disagreement in all)
        {
            if (Settled(disagreement, survivors))
            {
                continue;
            }

            flags.Add(new RaisedFlag(
                FlagKind.ArticleDisagreesWithCorrection,
                FlagSeverity.Warning,
                disagreement.Message,
                disagreement.Field,
                disagreement.Evidence,
                ReferenceRow: null,
                Record: new StoredRecord(disagreement.RecordType, disagreement.RecordId, disagreement.MeetingId)));
        }

        return flags;
    }

    // One open flag per corrected value and article: a newer disagreement rewrites it (the tracked survivor is saved
    // with the article). One an editor resolved with the same message is not raised again.
    private static bool Settled(Disagreement disagreement, IReadOnlyList<ReviewFlag> survivors)
    {
        var same = survivors.Where(f => f.Kind == FlagKind.ArticleDisagreesWithCorrection
            && f.RecordType == disagreement.RecordType && f.RecordId == disagreement.RecordId && f.Field == disagreement.Field).ToList();
        if (same.FirstOrDefault(f => f.Status == FlagStatus.Open) is { } open)
        {
            (open.Message, open.Evidence) = (disagreement.Message, disagreement.Evidence);
            return true;
        }

        return same.Any(f => f.Message == disagreement.Message);
    }
}
