using BalkanMeetings.Core.Import;
using BalkanMeetings.Core.Import.Extraction;
using BalkanMeetings.Core.Import.Text;
using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Tests.Import.Extraction;

/// <summary>Runs the whole reading pipeline (normalise, extract) over a small article written for a rule test.</summary>
internal static class Snippets
{
    private static readonly Lazy<ReferenceIndex> Reference = new(() =>
        new ReferenceIndex(ReferenceFiles.LoadAsync(TestPaths.ReferenceFolder, CancellationToken.None).GetAwaiter().GetResult()));

    public static ReferenceIndex ReferenceIndex => Reference.Value;

    public static ExtractedArticle Extract(string text, DateOnly? published = null)
    {
        var normalised = TextNormaliser.Normalise(text);
        var meta = published is null ? null : new ArticleMeta(null, null, null, published);
        return new ArticleExtractor(Reference.Value).Extract("snippet.txt", text, normalised.Text, normalised.EncodingRepairs, meta);
    }

    public static ExtractedMeeting OnlyMeeting(string text, DateOnly? published = null) =>
        Assert.Single(Extract(text, published).Meetings);

    public static string Describe(ExtractedParticipant p) => $"{p.Name ?? "?"} | {p.Role} | {p.Organization}";
}
