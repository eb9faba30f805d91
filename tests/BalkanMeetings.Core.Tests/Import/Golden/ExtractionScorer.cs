using System.Text.Json;
using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Tests.Import.Golden;

/// <summary>
/// Scores extracted JSON against a truth file, field by field. Predicted meetings are paired with true ones
/// (best agreement first); a value of an unpaired meeting counts as a false positive or negative. A null date
/// or city is a value like any other: predicting null where the truth has one is a miss.
/// </summary>
internal sealed class ExtractionScorer
{
    public static readonly string[] ScoredFields = ["dates", "cities", "countries", "participants", "status", "initiatives", "inconsistencies", "mojibake"];

    public Dictionary<string, FieldScore> Fields { get; } = ScoredFields.ToDictionary(f => f, f => new FieldScore(f));

    /// <summary>The mean of the fields' F1 scores.</summary>
    public double MacroF1 => Fields.Values.Average(f => f.F1);

    public void Score(JsonElement predicted, JsonElement truth)
    {
        var pairs = Pair(predicted.GetProperty("meetings").EnumerateArray().ToList(), truth.GetProperty("meetings").EnumerateArray().ToList());
        foreach (var (p, t) in pairs)
        {
            Fields["dates"].Add(One(p, "date"), One(t, "date"));
            Fields["cities"].Add(One(p, "location_city"), One(t, "location_city"));
            Fields["countries"].Add(Countries(p), Countries(t));
            Fields["participants"].Add(Participants(p), Participants(t));
            Fields["status"].Add(One(p, "status"), One(t, "status"));
        }

        Fields["initiatives"].Add(Initiatives(predicted), Initiatives(truth));
        Fields["inconsistencies"].Add(Strings(predicted, "inconsistencies"), Strings(truth, "inconsistencies"));
        Fields["mojibake"].Add([predicted.GetProperty("mojibake").GetBoolean() ? "true" : "false"], [truth.GetProperty("mojibake").GetBoolean() ? "true" : "false"]);
    }

    private static List<(JsonElement? Predicted, JsonElement? Truth)> Pair(List<JsonElement> predicted, List<JsonElement> truth)
    {
        var pairs = new List<(JsonElement?, JsonElement?)>();
        var unpaired = new List<JsonElement>(truth);
        foreach (var p in predicted.OrderByDescending(p => truth.Count == 0 ? 0 : truth.Max(t => Agreement(p, t))))
        {
            var best = unpaired.OrderByDescending(t => Agreement(p, t)).Cast<JsonElement?>().FirstOrDefault();
            if (best is { } match && Agreement(p, match) > 0)
            {
                unpaired.Remove(match);
                pairs.Add((p, match));
            }
            else
            {
                pairs.Add((p, null));
            }
        }

        pairs.AddRange(unpaired.Select(t => ((JsonElement?)null, (JsonElement?)t)));
        return pairs;
    }

    private static int Agreement(JsonElement p, JsonElement t) =>
        (One(p, "date").SequenceEqual(One(t, "date")) ? 2 : 0)
        + (One(p, "location_city").SequenceEqual(One(t, "location_city")) ? 2 : 0)
        + Countries(p).Intersect(Countries(t)).Count()
        + Participants(p).Intersect(Participants(t)).Count();

    private static IEnumerable<string> One(JsonElement? meeting, string property) =>
        meeting is { } m ? [m.GetProperty(property).ValueKind == JsonValueKind.Null ? "null" : m.GetProperty(property).GetString()!] : [];

    private static IEnumerable<string> Countries(JsonElement? meeting) =>
        meeting is { } m ? m.GetProperty("countries").EnumerateArray().Select(c => c.GetString()!) : [];

    private static IEnumerable<string> Participants(JsonElement? meeting) =>
        meeting is { } m
            ? m.GetProperty("participants").EnumerateArray().Select(p => $"{Text(p, "name")} | {Text(p, "role")} | {Text(p, "organization")}")
            : [];

    private static IEnumerable<string> Initiatives(JsonElement article) =>
        article.GetProperty("initiatives").EnumerateArray().Select(i => $"{Text(i, "name")} | {Text(i, "objective")} | {Text(i, "timeline")}");

    // Inconsistency sentences are compared without regard to case or diacritics.
    private static IEnumerable<string> Strings(JsonElement article, string property) =>
        article.GetProperty(property).EnumerateArray().Select(s => NameFolding.Fold(s.GetString()!).Trim());

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "null";
}
