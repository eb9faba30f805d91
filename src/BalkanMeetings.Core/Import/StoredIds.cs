namespace BalkanMeetings.Core.Import;

/// <summary>The ids an article's rows were stored under, by their place in the extracted article.</summary>
internal sealed class StoredIds(int articleId, int meetings)
{
    public int ArticleId { get; } = articleId;

    /// <summary>Per extracted meeting, the stored meeting it went to.</summary>
    public int[] Meetings { get; } = new int[meetings];

    /// <summary>Per extracted meeting and participant, the participation row; null for one a corrected list leaves out.</summary>
    public List<int?>[] Participations { get; } = Enumerable.Range(0, meetings).Select(_ => new List<int?>()).ToArray();
}
