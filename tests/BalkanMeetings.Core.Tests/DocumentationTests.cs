using System.Text.RegularExpressions;
using BalkanMeetings.Core.Import.Extraction;

namespace BalkanMeetings.Core.Tests;

public sealed partial class DocumentationTests
{
    private static readonly string ImportDoc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "import.md"));

    [Fact]
    public void Every_rule_the_code_cites_has_its_section_in_the_import_doc()
    {
        var headings = Heading().Matches(ImportDoc).Select(m => m.Groups[1].Value.Trim().ToLowerInvariant()).ToHashSet();
        var cited = Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => Citation().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.NotEmpty(cited);
        Assert.All(cited, anchor => Assert.Contains(anchor, headings));
    }

    [Fact]
    public void The_import_doc_lists_every_extraction_rule_in_the_order_it_runs()
    {
        var documented = RuleRow().Matches(ImportDoc).Select(m => m.Groups[1].Value);
        var running = ArticleExtractor.Rules.Select(rule => rule.GetType().Name);

        Assert.Equal(running, documented);
    }

    [GeneratedRegex(@"^\| \d+ \| `(\w+Rule)` \|", RegexOptions.Multiline)]
    private static partial Regex RuleRow();

    [GeneratedRegex(@"^#{2,3} (.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"docs/import\.md#([a-z0-9-]+)")]
    private static partial Regex Citation();
}
