using System.Text.RegularExpressions;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>What may stand between an office and the name of its holder. See docs/import.md#offices.</summary>
internal static partial class Gaps
{
    private const int MaxGapLength = 80;

    /// <summary>Office, then name: "of the Republic of Montenegro", a comma, "Mr.", a rank.</summary>
    public static bool AllowHolderAfter(ArticleContext context, int start, int end) =>
        end >= start && end - start <= MaxGapLength && HolderGap().IsMatch(WithoutCountries(context, start, end));

    /// <summary>Name, then office: "Vjosa Osmani, President of Kosovo", "Mickoski, the leader of".</summary>
    public static bool AllowHolderBefore(ArticleContext context, int start, int end) =>
        end >= start && end - start <= MaxGapLength && AppositiveGap().IsMatch(WithoutCountries(context, start, end));

    /// <summary>Between names sharing one plural office: "Lulzim Basha and Gordan Jandroković", "X (Х) and Y".</summary>
    public static bool AllowListItem(ArticleContext context, int start, int end) =>
        end >= start && end - start <= MaxGapLength && ListGap().IsMatch(context.Slice(start, end));

    private static string WithoutCountries(ArticleContext context, int start, int end)
    {
        var gap = context.Slice(start, end);
        foreach (var country in context.Countries.Where(c => c.Start >= start && c.End <= end).OrderByDescending(c => c.Start))
        {
            gap = gap.Remove(country.Start - start, country.End - country.Start).Insert(country.Start - start, "COUNTRY");
        }

        return gap;
    }

    [GeneratedRegex(@"^(?:[\s,]+|\b(?:of|the|republic|mr|ms|mrs|dr|his|her|excellency|general|gen|major|maj|lieutenant|lt|colonel|col|admiral|adm|brigadier|brig|rear|ambassador|amb|COUNTRY)\b\.?)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HolderGap();

    [GeneratedRegex(@"^\s*[,(]\s*(?:(?:the|a|an)\s+)?(?:COUNTRY(?:['’]s)?\s+)?(?:former\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AppositiveGap();

    [GeneratedRegex(@"^\s*(?:\([^()]{1,60}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListGap();
}
