using System.CommandLine;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Core.Import.Extraction;
using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Web.Cli;

/// <summary>
/// <c>extract &lt;file-or-folder&gt;</c>: imports nothing; prints one JSON object per article, in the shape of the
/// truth files, to standard output and nothing else there.
/// </summary>
internal static class ExtractVerb
{
    public static Command Create(CommandLineVerbs.VerbContext context)
    {
        var target = new Argument<string>("file-or-folder") { Description = "An article file, or a folder of them." };
        var reference = new Option<string?>("--reference") { Description = "Reference data folder (default: the nearest seeds/reference)." };
        var explain = new Option<bool>("--explain") { Description = "Print, for each value, the rule that decided it and the words it came from, instead of JSON." };
        var command = new Command("extract", "Print what the importer reads in articles, as JSON; imports nothing.") { target, reference, explain };
        command.SetAction((result, cancellationToken) => RunAsync(context, result.GetRequiredValue(target), result.GetValue(reference), result.GetValue(explain), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CommandLineVerbs.VerbContext context, string target, string? referenceFolder, bool explain, CancellationToken cancellationToken)
    {
        var error = context.Error;
        IReadOnlyList<string> paths;
        if (Directory.Exists(target))
        {
            paths = ArticleFile.ListFolder(target);
        }
        else if (File.Exists(target))
        {
            paths = [target];
        }
        else
        {
            await error.WriteLineAsync($"error: '{target}' is neither a file nor a folder.");
            return CommandLineVerbs.Fatal;
        }

        var reference = CommandLineVerbs.ReferenceFolder(context.Configuration, referenceFolder);
        if (reference is null || !Directory.Exists(reference))
        {
            await error.WriteLineAsync("error: no reference data folder found; pass --reference <folder>.");
            return CommandLineVerbs.Fatal;
        }

        var extractor = new ArticleExtractor(new ReferenceIndex(await ReferenceFiles.LoadAsync(reference, cancellationToken)));
        var articles = new List<ExtractedArticle>();
        var failed = 0;
        foreach (var path in paths)
        {
            // A file that cannot be read or extracted is named with the reason; the others still print, as import does.
            var failure = explain ? await ExplainAsync(context.Output, path, extractor, cancellationToken) : await ExtractAsync(articles, path, extractor, cancellationToken);
            if (failure is not null)
            {
                failed++;
                await error.WriteLineAsync($"skipped {failure.FileName}: {failure.Reason}");
            }
        }

        if (explain)
        {
            return failed > 0 ? CommandLineVerbs.Failed : 0;
        }

        using var buffer = new MemoryStream();
        ExtractionJson.Write(buffer, articles);
        await context.Output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        return failed > 0 ? CommandLineVerbs.Failed : 0;
    }

    private static async Task<ImportFailure?> ExtractAsync(List<ExtractedArticle> articles, string path, ArticleExtractor extractor, CancellationToken cancellationToken)
    {
        var (article, failure) = await ArticleImporter.TryExtractFileAsync(path, extractor, cancellationToken);
        if (article is not null)
        {
            articles.Add(article);
        }

        return failure;
    }

    private static async Task<ImportFailure?> ExplainAsync(TextWriter output, string path, ArticleExtractor extractor, CancellationToken cancellationToken)
    {
        var (explained, failure) = await ArticleImporter.TryExplainFileAsync(path, extractor, cancellationToken);
        if (explained is not null)
        {
            await output.WriteLineAsync(ExtractionExplanation.Write(explained));
        }

        return failure;
    }
}
