using System.Globalization;
using System.Text;
using BalkanMeetings.Bench.Corpus.Writers;

namespace BalkanMeetings.Bench.Corpus;

/// <summary>
/// Writes synthetic articles for the import benchmark. Article <c>n</c> depends only on the seed, <c>n</c> and the
/// reference data: each article gets its own <see cref="Random"/> seeded from (seed, n), so files are identical from
/// run to run whatever the corpus size, thread count or order of writing.
/// </summary>
internal sealed class CorpusGenerator(OfficeHolders holders, int seed)
{
    public const string FilePattern = "bench_*.txt";

    private const int BrokenBlockSize = 100;

    // Independent seed streams: one Random per article, one per block of articles for placing the broken file.
    private const ulong ArticleStream = 0;
    private const ulong BrokenFileStream = 1;

    private readonly ArticlePlanner _planner = new(holders);

    public static string FileName(int number) => string.Create(CultureInfo.InvariantCulture, $"bench_{number:D6}.txt");

    public GeneratedArticle Generate(int number)
    {
        var random = new Random(DerivedSeed(seed, ArticleStream, number));
        if (IsBroken(number))
        {
            // Blocks alternate, so any corpus of 200 or more holds both kinds.
            if ((number - 1) / BrokenBlockSize % 2 == 0)
            {
                return new GeneratedArticle([], ArticleStyle.Empty, ArticleFeatures.None);
            }

            var bytes = new byte[random.Between(512, 8192)];
            random.NextBytes(bytes);
            return new GeneratedArticle(bytes, ArticleStyle.Binary, ArticleFeatures.None);
        }

        var style = ArticlePlanner.PickTextStyle(random);
        var plan = _planner.Plan(style, random);
        var context = new ArticleContext(plan, random);
        var text = style switch
        {
            ArticleStyle.ContentFarm => ContentFarmWriter.Write(context),
            ArticleStyle.Wire => WireWriter.Write(context),
            ArticleStyle.Portal => PortalWriter.Write(context),
            ArticleStyle.PressRelease => PressReleaseWriter.Write(context),
            ArticleStyle.HtmlNewsroom => HtmlNewsroomWriter.Write(context),
            ArticleStyle.CallAndVisit => CallAndVisitWriter.Write(context),
            _ => throw new InvalidOperationException($"No writer for {style}."),
        };

        var features = Features(plan);
        // Entities already stand for every letter outside ASCII in HTML pages, so neither damage applies there.
        if (style != ArticleStyle.HtmlNewsroom)
        {
            if (random.Chance(0.04))
            {
                text = text.ToLowerInvariant();
                features |= ArticleFeatures.Lowercase;
            }

            if (random.Chance(0.06))
            {
                var damaged = random.Chance(0.5) ? TextEffects.Mojibake(text) : TextEffects.MojibakeOneLine(text, random);
                features |= string.Equals(damaged, text, StringComparison.Ordinal) ? ArticleFeatures.None : ArticleFeatures.Mojibake;
                text = damaged;
            }
        }

        if (text.Contains("Initiative |", StringComparison.OrdinalIgnoreCase))
        {
            features |= ArticleFeatures.InitiativeTable;
        }

        return new GeneratedArticle(Encoding.UTF8.GetBytes(text), style, features);
    }

    /// <summary>Writes articles 1 to <paramref name="count"/>, after removing the files of an earlier run from the folder.</summary>
    public CorpusSummary WriteCorpus(string folder, int count, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        // A smaller run into the same folder must not leave the previous run's higher-numbered files behind.
        var stale = 0;
        foreach (var file in Directory.EnumerateFiles(folder, FilePattern))
        {
            File.Delete(file);
            stale++;
        }

        var summary = new CorpusSummary { StaleFilesRemoved = stale };
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(1, count + 1, options, number =>
        {
            var article = Generate(number);
            File.WriteAllBytes(Path.Combine(folder, FileName(number)), article.Bytes);
            summary.Add(article);
        });
        return summary;
    }

    private static ArticleFeatures Features(ArticlePlan plan)
    {
        var features = ArticleFeatures.None;
        features |= plan.Meetings.Count > 1 ? ArticleFeatures.TwoMeetings : ArticleFeatures.None;
        features |= plan.HasMisstatedOffice ? ArticleFeatures.MisstatedOffice : ArticleFeatures.None;
        features |= plan.AsciiNames ? ArticleFeatures.AsciiNames : ArticleFeatures.None;
        features |= plan.Planned ? ArticleFeatures.Planned : ArticleFeatures.None;
        features |= plan.Undated ? ArticleFeatures.Undated : ArticleFeatures.None;
        features |= plan.NatoUnnamed ? ArticleFeatures.NatoUnnamed : ArticleFeatures.None;
        return features;
    }

    /// <summary>
    /// Exactly one file in each block of <see cref="BrokenBlockSize"/> (1-100, 101-200, ...) is broken, at a place
    /// drawn per block: about 1% of any corpus, spread out, and the same files whatever the corpus size.
    /// </summary>
    private bool IsBroken(int number)
    {
        var block = (number - 1) / BrokenBlockSize;
        var slot = new Random(DerivedSeed(seed, BrokenFileStream, block)).Next(BrokenBlockSize);
        return (number - 1) % BrokenBlockSize == slot;
    }

    /// <summary>
    /// A <see cref="Random"/> seed for item <paramref name="number"/> of a stream, through SplitMix64's finaliser, so
    /// neighbouring articles get unrelated seeds rather than streams that start close together.
    /// </summary>
    private static int DerivedSeed(int seed, ulong stream, int number) =>
        (int)(Mix(Mix(((ulong)(uint)seed << 1) | stream) + (uint)number) & int.MaxValue);

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return z ^ (z >> 31);
        }
    }
}

/// <summary>The bytes of one file and what went into it, for the summary the command prints.</summary>
internal sealed record GeneratedArticle(byte[] Bytes, ArticleStyle Style, ArticleFeatures Features);

/// <summary>Properties of an article that the importer has to cope with.</summary>
[Flags]
internal enum ArticleFeatures
{
    None = 0,
    TwoMeetings = 1,
    MisstatedOffice = 2,
    Mojibake = 4,
    Lowercase = 8,
    AsciiNames = 16,
    Planned = 32,
    Undated = 64,
    NatoUnnamed = 128,
    InitiativeTable = 256,
}
