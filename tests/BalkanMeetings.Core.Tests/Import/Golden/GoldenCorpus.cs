using System.Text.Json;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Core.Import.Extraction;
using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Tests.Import.Golden;

/// <summary>Runs the extractor over a folder of articles and gives its JSON beside the truth file's, by file name.</summary>
internal static class GoldenCorpus
{
    public static async Task<Dictionary<string, JsonElement>> ExtractAsync(string folder)
    {
        var reference = new ReferenceIndex(await ReferenceFiles.LoadAsync(TestPaths.ReferenceFolder, CancellationToken.None));
        var extractor = new ArticleExtractor(reference);
        var articles = new List<ExtractedArticle>();
        foreach (var path in ArticleFile.ListFolder(folder))
        {
            articles.Add(await ArticleImporter.ExtractFileAsync(path, extractor, CancellationToken.None));
        }

        using var buffer = new MemoryStream();
        ExtractionJson.Write(buffer, articles);
        return ByFile(JsonDocument.Parse(buffer.ToArray()).RootElement);
    }

    public static Dictionary<string, JsonElement> ReadTruth(string path) =>
        ByFile(JsonDocument.Parse(File.ReadAllBytes(path)).RootElement);

    /// <summary>One line per difference between an article's extraction and its truth, empty when they agree.</summary>
    public static List<string> Differences(string file, JsonElement predicted, JsonElement truth)
    {
        var differences = new List<string>();
        void Compare(string what, string actual, string expected)
        {
            if (actual != expected)
            {
                differences.Add($"{file} {what}:\n    extracted {actual}\n    truth     {expected}");
            }
        }

        Compare("meetings", Meetings(predicted), Meetings(truth));
        Compare("initiatives", Sorted(predicted, "initiatives", i => $"{i.GetProperty("name")} | {i.GetProperty("objective")} | {i.GetProperty("timeline")}"), Sorted(truth, "initiatives", i => $"{i.GetProperty("name")} | {i.GetProperty("objective")} | {i.GetProperty("timeline")}"));
        Compare("inconsistencies", Sorted(predicted, "inconsistencies", s => s.GetString()!), Sorted(truth, "inconsistencies", s => s.GetString()!));
        Compare("mojibake", predicted.GetProperty("mojibake").ToString(), truth.GetProperty("mojibake").ToString());
        return differences;
    }

    public static ExtractionScorer Score(Dictionary<string, JsonElement> predicted, Dictionary<string, JsonElement> truth)
    {
        var scorer = new ExtractionScorer();
        foreach (var (file, expected) in truth)
        {
            Assert.True(predicted.ContainsKey(file), $"{file} was not extracted.");
            scorer.Score(predicted[file], expected);
        }

        return scorer;
    }

    private static string Meetings(JsonElement article) => string.Join(
        " / ",
        article.GetProperty("meetings").EnumerateArray().Select(m =>
            $"{m.GetProperty("date")} {m.GetProperty("location_city")} [{string.Join(", ", m.GetProperty("countries").EnumerateArray().Select(c => c.GetString()).Order(StringComparer.Ordinal))}] "
            + $"{m.GetProperty("status")} ({string.Join("; ", m.GetProperty("participants").EnumerateArray().Select(p => $"{p.GetProperty("name")}, {p.GetProperty("role")}, {p.GetProperty("organization")}").Order(StringComparer.Ordinal))})")
            .Order(StringComparer.Ordinal));

    private static string Sorted(JsonElement article, string property, Func<JsonElement, string> describe) =>
        string.Join(" / ", article.GetProperty(property).EnumerateArray().Select(describe).Order(StringComparer.Ordinal));

    private static Dictionary<string, JsonElement> ByFile(JsonElement array) =>
        array.EnumerateArray().ToDictionary(a => a.GetProperty("file").GetString()!, a => a.Clone(), StringComparer.Ordinal);
}
