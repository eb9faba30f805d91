using System.Buffers;
using System.Globalization;
using System.Text;

namespace BalkanMeetings.Core.Import.Text;

/// <summary>
/// Runs the normalisation rules in order; normalising a normalised text changes nothing.
/// See docs/import.md#normalisation.
/// </summary>
public static class TextNormaliser
{
    private const char Drop = '\0';

    // Controls other than \n and \t, format characters (BOM, soft hyphen, zero-width space, direction marks), and
    // line, paragraph and space separators other than U+0020.
    private static readonly SearchValues<char> Invisible = SearchValues.Create(InvisibleCharacters(includeLatin1: true));

    // C1 controls, the no-break space and the soft hyphen can be bytes of a mojibake sequence, so they wait for repair.
    private static readonly SearchValues<char> InvisibleBeforeRepair =
        SearchValues.Create(InvisibleCharacters(includeLatin1: false));

    /// <summary>Normalises an article's text exactly as received; the result keeps the original beside it.</summary>
    public static NormalisedText Normalise(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var text = Rewrite(original.Replace("\r\n", "\n", StringComparison.Ordinal), InvisibleBeforeRepair);
        var (repaired, encodingRepairs) = RepairMojibake(text);

        // Invisible characters go before HTML cleaning, where they could split a tag or entity, and again after it,
        // for those that entities decode to.
        var (plain, hadHtml) = HtmlCleaner.Clean(Rewrite(repaired, Invisible));
        if (hadHtml)
        {
            // Entities can spell mojibake ("Kom&Aring;&iexcl;i&#263;") and a removed tag can join a split sequence.
            (plain, var decodedRepairs) = RepairMojibake(plain);
            encodingRepairs += decodedRepairs;
        }

        var (filtered, removedLines) = BoilerplateFilter.Filter(Rewrite(plain, Invisible));
        var spaced = SpacingRepair.Repair(ScriptRepair.Repair(LineWrapRepair.Repair(LayoutRepair.Repair(filtered))));
        return new NormalisedText(Tidy(spaced), original, encodingRepairs, hadHtml, removedLines);
    }

    // Text that was mis-decoded twice needs a second round; every repair shortens the text, so the loop ends.
    private static (string Text, int Repairs) RepairMojibake(string text)
    {
        var total = 0;
        while (true)
        {
            var (repaired, repairs) = MojibakeRepair.Repair(text);
            if (repairs == 0)
            {
                return (text, total);
            }

            total += repairs;
            text = repaired;
        }
    }

    private static string InvisibleCharacters(bool includeLatin1)
    {
        var characters = new StringBuilder();
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var invisible = char.GetUnicodeCategory(c) switch
            {
                UnicodeCategory.Control => c is not '\n' and not '\t' && (includeLatin1 || c is < '\u0080' or > '\u00FF'),
                UnicodeCategory.SpaceSeparator => c != ' ' && (includeLatin1 || c != '\u00A0'),
                UnicodeCategory.Format => includeLatin1 || c != '\u00AD',
                UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
                _ => false,
            };
            if (invisible)
            {
                characters.Append(c);
            }
        }

        return characters.ToString();
    }

    // Copies the text with each invisible character in `targets` dropped, or replaced by the break or space it stands
    // for; text without targets is returned as is.
    private static string Rewrite(string text, SearchValues<char> targets)
    {
        var next = text.AsSpan().IndexOfAny(targets);
        if (next < 0)
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var start = 0;
        while (next >= 0)
        {
            var at = start + next;
            output.Append(text, start, at - start);
            var replacement = Replacement(text[at]);
            if (replacement != Drop)
            {
                output.Append(replacement);
            }

            start = at + 1;
            next = text.AsSpan(start).IndexOfAny(targets);
        }

        return output.Append(text, start, text.Length - start).ToString();
    }

    private static char Replacement(char invisible) => invisible == '\r'
        ? '\n'
        : char.GetUnicodeCategory(invisible) switch
        {
            UnicodeCategory.SpaceSeparator => ' ',
            UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => '\n',
            _ => Drop,
        };

    // Trailing spaces go from every line, runs of blank lines become one, and the text is trimmed.
    private static string Tidy(string text)
    {
        var output = new StringBuilder(text.Length);
        var blankLines = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).TrimEnd(" \t");
            if (line.IsEmpty)
            {
                blankLines++;
                continue;
            }

            if (output.Length == 0)
            {
                line = line.TrimStart(" \t");
            }
            else
            {
                output.Append(blankLines > 0 ? "\n\n" : "\n");
            }

            output.Append(line);
            blankLines = 0;
        }

        return output.ToString();
    }
}
