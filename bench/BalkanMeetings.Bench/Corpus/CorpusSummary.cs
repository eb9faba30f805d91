using System.Globalization;

namespace BalkanMeetings.Bench.Corpus;

/// <summary>Counts of what a run wrote, collected from parallel writers.</summary>
internal sealed class CorpusSummary
{
    private static readonly (ArticleFeatures Feature, string Label)[] FeatureLabels =
    [
        (ArticleFeatures.InitiativeTable, "initiative table"),
        (ArticleFeatures.TwoMeetings, "two meetings"),
        (ArticleFeatures.MisstatedOffice, "wrong office for the date"),
        (ArticleFeatures.AsciiNames, "names without diacritics"),
        (ArticleFeatures.Mojibake, "mojibake"),
        (ArticleFeatures.Lowercase, "all lower case"),
        (ArticleFeatures.Planned, "announced (planned)"),
        (ArticleFeatures.Undated, "no date"),
        (ArticleFeatures.NatoUnnamed, "NATO official unnamed"),
    ];

    private readonly Lock _lock = new();
    private readonly Dictionary<ArticleStyle, int> _styles = [];
    private readonly Dictionary<ArticleFeatures, int> _features = [];
    private readonly List<int> _textSizes = [];

    public int StaleFilesRemoved { get; init; }

    public int Files { get; private set; }

    public long Bytes { get; private set; }

    public void Add(GeneratedArticle article)
    {
        lock (_lock)
        {
            Files++;
            Bytes += article.Bytes.Length;
            _styles[article.Style] = _styles.GetValueOrDefault(article.Style) + 1;
            foreach (var (feature, _) in FeatureLabels.Where(f => article.Features.HasFlag(f.Feature)))
            {
                _features[feature] = _features.GetValueOrDefault(feature) + 1;
            }

            if (article.Style is not (ArticleStyle.Empty or ArticleStyle.Binary))
            {
                _textSizes.Add(article.Bytes.Length);
            }
        }
    }

    /// <summary>Lines for the console: styles, features and article sizes with their shares.</summary>
    public IEnumerable<string> Describe()
    {
        var invariant = CultureInfo.InvariantCulture;
        string Share(int n) => string.Create(invariant, $"{n:N0} ({(Files == 0 ? 0 : 100.0 * n / Files):F1}%)");

        yield return "Styles:   " + string.Join(", ", Enum.GetValues<ArticleStyle>().Select(s => $"{s} {Share(_styles.GetValueOrDefault(s))}"));
        yield return "Features: " + string.Join(", ", FeatureLabels.Select(f => $"{f.Label} {Share(_features.GetValueOrDefault(f.Feature))}"));
        if (_textSizes.Count > 0)
        {
            var sizes = _textSizes.Order().ToList();
            int Percentile(double p) => sizes[(int)Math.Round(p * (sizes.Count - 1))];
            yield return string.Create(invariant,
                $"Sizes:    text articles {sizes[0]:N0} to {sizes[^1]:N0} bytes, median {Percentile(0.5):N0}, 5th-95th percentile {Percentile(0.05):N0}-{Percentile(0.95):N0}");
        }
    }
}
