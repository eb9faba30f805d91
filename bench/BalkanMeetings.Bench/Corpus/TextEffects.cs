using System.Globalization;
using System.Text;

namespace BalkanMeetings.Bench.Corpus;

/// <summary>The damage real articles show: mojibake, HTML entities, squeezed spaces, stray lower case, straight quotes.</summary>
internal static class TextEffects
{
    // Windows-1252 for bytes 0x80-0x9F; its five undefined bytes become the C1 control of the same value, as
    // Windows does. Bytes 0xA0-0xFF are the Latin-1 characters of the same value.
    private const string Cp1252High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /// <summary>The text as a program shows it after reading its UTF-8 bytes as windows-1252 (<c>Komšić</c> → <c>KomÅ¡iÄ‡</c>).</summary>
    public static string Mojibake(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            builder.Append(b is >= 0x80 and < 0xA0 ? Cp1252High[b - 0x80] : (char)b);
        }

        return builder.ToString();
    }

    /// <summary>Mojibake in one line only, as when a caption or a pasted name came from another source.</summary>
    public static string MojibakeOneLine(string text, Random random)
    {
        var lines = text.Split('\n');
        var damaged = Enumerable.Range(0, lines.Length).Where(i => !lines[i].All(char.IsAscii)).ToList();
        if (damaged.Count == 0)
        {
            return text;
        }

        var index = random.Pick(damaged);
        lines[index] = Mojibake(lines[index]);
        return string.Join('\n', lines);
    }

    /// <summary>Every character outside ASCII as a decimal entity (<c>&amp;#263;</c> for ć), as CMS exports write them.</summary>
    public static string NumericEntities(string text)
    {
        var builder = new StringBuilder(text.Length + 32);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                builder.Append((char)rune.Value);
            }
            else
            {
                builder.Append("&#").Append(rune.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Drops the space after some commas and, more rarely, after full stops (<c>December 16,2024,to</c>,
    /// <c>Montenegro.Key outcomes</c>), the content farms' signature.
    /// </summary>
    public static string SqueezeSpaces(string text, Random random, double commaShare)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            builder.Append(text[i]);
            var squeezable = i + 2 < text.Length && text[i + 1] == ' ' && (text[i] == ',' || (text[i] == '.' && char.IsUpper(text[i + 2])));
            if (squeezable && random.Chance(text[i] == ',' ? commaShare : commaShare / 6))
            {
                i++;
            }
        }

        return builder.ToString();
    }

    /// <summary>Lower-cases the first letter of one capitalised word that does not start the text (<c>Jens stoltenberg</c>).</summary>
    public static string LowercaseOneWord(string text, Random random)
    {
        var starts = Enumerable.Range(1, Math.Max(0, text.Length - 1))
            .Where(i => text[i - 1] == ' ' && char.IsUpper(text[i]) && i + 1 < text.Length && char.IsLower(text[i + 1]))
            .ToList();
        if (starts.Count == 0)
        {
            return text;
        }

        var index = random.Pick(starts);
        return string.Concat(text.AsSpan(0, index), char.ToLowerInvariant(text[index]).ToString(), text.AsSpan(index + 1));
    }

    public static string LowercaseFirst(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToLowerInvariant(text[0]).ToString(), text.AsSpan(1));

    public static string Capitalize(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    /// <summary>Typewriter quotes and apostrophes, as wire services and press offices send them.</summary>
    public static string Straighten(string text) =>
        text.Replace('’', '\'').Replace('“', '"').Replace('”', '"');
}
