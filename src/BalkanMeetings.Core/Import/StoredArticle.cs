using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Import.Extraction;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Import;

/// <summary>
/// What the earlier version of a changed article left, loaded in a fixed number of queries: its row, the meetings it is
/// a source of (with their countries, participants, topics, initiatives and sources) and its review flags. All tracked,
/// so the new version updates them in place.
/// </summary>
internal sealed class StoredArticle
{
    private StoredArticle(Article article, List<Meeting> meetings, List<ReviewFlag> flags)
    {
        Article = article;
        Meetings = meetings;
        Flags = flags;
    }

    public Article Article { get; }

    /// <summary>By id, the order they were stored in.</summary>
    public List<Meeting> Meetings { get; }

    public List<ReviewFlag> Flags { get; }

    public static async Task<StoredArticle> LoadAsync(BalkanMeetingsDbContext db, string fileName, CancellationToken cancellationToken)
    {
        var article = await db.Articles.SingleAsync(a => a.FileName == fileName, cancellationToken);
        var meetings = await db.Meetings
            .Where(m => m.Sources.Any(s => s.ArticleId == article.Id))
            .Include(m => m.Sources)
            .Include(m => m.Countries)
            .Include(m => m.Participants)
            .Include(m => m.Topics)
            .Include(m => m.Initiatives)
            .AsSplitQuery()
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);
        var flags = await db.ReviewFlags.Where(f => f.ArticleId == article.Id).ToListAsync(cancellationToken);
        return new StoredArticle(article, meetings, flags);
    }

    /// <summary>True when no other article reports the meeting, so the article's word on it is the only one.</summary>
    public bool IsSoleSource(Meeting meeting) => meeting.Sources.All(s => s.ArticleId == Article.Id);

    /// <summary>
    /// Pairs each meeting the article now reports with the stored meeting it reported before, or null: first a stored
    /// meeting with the same date and a country in common; then, when as many meetings are left on each side, the
    /// rest in order. A corrected date or country list is matched by what the article said, not by the editor's value.
    /// </summary>
    public Meeting?[] Match(IReadOnlyList<ExtractedMeeting> extracted, IReadOnlyList<IReadOnlyCollection<string>> countryCodes, ArticleCorrections corrections)
    {
        var matched = new Meeting?[extracted.Count];
        var free = Meetings.ToList();
        for (var k = 0; k < extracted.Count; k++)
        {
            var date = PartialDate.Iso(extracted[k].Date, extracted[k].DatePrecision);
            var codes = countryCodes[k];
            var same = free.FirstOrDefault(m => ArticleDate(m, corrections) == date && SharesCountry(ArticleCountries(m, corrections), codes));
            if (same is not null)
            {
                matched[k] = same;
                free.Remove(same);
            }
        }

        var unmatched = Enumerable.Range(0, extracted.Count).Where(k => matched[k] is null).ToList();
        if (unmatched.Count == free.Count)
        {
            for (var k = 0; k < unmatched.Count; k++)
            {
                matched[unmatched[k]] = free[k];
            }
        }

        return matched;
    }

    private static string? ArticleDate(Meeting meeting, ArticleCorrections corrections) =>
        corrections.Find(nameof(Meeting), meeting.Id, MeetingRecord.Date) is { } corrected
            ? corrected.ImportedValue
            : PartialDate.Iso(meeting.Date, meeting.DatePrecision);

    private static IReadOnlyCollection<string> ArticleCountries(Meeting meeting, ArticleCorrections corrections) =>
        corrections.Find(nameof(Meeting), meeting.Id, MeetingRecord.Countries) is { } corrected
            ? MeetingRecord.ReadList(corrected.ImportedValue)
            : meeting.Countries.Select(c => c.CountryCode).ToList();

    private static bool SharesCountry(IReadOnlyCollection<string> stored, IReadOnlyCollection<string> extracted) =>
        stored.Count == 0 && extracted.Count == 0 || stored.Any(extracted.Contains);
}
