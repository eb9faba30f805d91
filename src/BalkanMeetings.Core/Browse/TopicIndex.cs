using BalkanMeetings.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Browse;

/// <summary>The topic vocabulary with how many meetings each topic has and a few of the phrases that map onto it.</summary>
public static class TopicIndex
{
    /// <summary>Synonyms shown beside each topic; the rest are only counted.</summary>
    public const int SynonymsShown = 4;

    public static async Task<List<TopicEntry>> LoadAsync(BalkanMeetingsDbContext db, ListOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        var topics = await db.Topics.AsNoTracking()
            .Select(t => new { t.Id, t.Name, Count = db.MeetingTopics.Count(m => m.TopicId == t.Id) })
            .ToListAsync(cancellationToken);

        // The whole vocabulary is a few hundred phrases, so one read and grouping here is cheapest.
        var phrases = await db.TopicSynonyms.AsNoTracking()
            .OrderBy(s => s.Id)
            .Select(s => new { s.TopicId, s.Phrase })
            .ToListAsync(cancellationToken);
        var phrasesOf = phrases.ToLookup(s => s.TopicId, s => s.Phrase);

        var entries = topics.Select(t =>
        {
            // The vocabulary lists each topic's own name among its phrases; only the other phrases are synonyms.
            var synonyms = phrasesOf[t.Id].Where(p => !string.Equals(p, t.Name, StringComparison.OrdinalIgnoreCase)).ToList();
            return new TopicEntry(t.Id, t.Name, t.Count, synonyms.Count, synonyms.Take(SynonymsShown).ToList());
        });
        return Sort(entries, order, t => t.Name, t => t.MeetingCount);
    }

    /// <summary>Sorted in memory: the lists are short, and names sort by their letters rather than SQLite's bytes.</summary>
    internal static List<T> Sort<T>(IEnumerable<T> items, ListOrder order, Func<T, string> name, Func<T, int> count)
    {
        var comparer = StringComparer.InvariantCultureIgnoreCase;
        return order == ListOrder.ByName
            ? items.OrderBy(name, comparer).ToList()
            : items.OrderByDescending(count).ThenBy(name, comparer).ToList();
    }
}

/// <summary>A topic with its meetings counted; <see cref="Synonyms"/> holds the first few synonyms, <see cref="SynonymCount"/> counts them all.</summary>
public sealed record TopicEntry(int Id, string Name, int MeetingCount, int SynonymCount, IReadOnlyList<string> Synonyms);
