using System.Text;

namespace BalkanMeetings.Core.Import.Text;

/// <summary>
/// Repairs UTF-8 text that was decoded as windows-1252 or Latin-1 (<c>KomÅ¡ić</c> → <c>Komšić</c>).
/// See docs/import.md#mojibake.
/// </summary>
public static class MojibakeRepair
{
    // Byte each windows-1252/Latin-1 character stands for; C1 controls cover the five bytes cp1252 leaves undefined.
    private static readonly Dictionary<char, byte> ByteOfChar = BuildByteMap();

    /// <summary>Returns the repaired text and how many byte sequences were repaired.</summary>
    public static (string Text, int Repairs) Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MayContainMojibake(text))
        {
            return (text, 0);
        }

        var output = new StringBuilder(text.Length);
        var repairs = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (TryDecodeSequence(text, i, out var decoded, out var consumed))
            {
                output.Append(decoded);
                repairs++;
                i += consumed;
            }
            else
            {
                output.Append(text[i]);
                i++;
            }
        }

        return (output.ToString(), repairs);
    }

    private static bool MayContainMojibake(string text)
    {
        foreach (var c in text)
        {
            // Every lead byte of a two- to four-byte UTF-8 sequence reads as one of Â..ô in cp1252.
            if (c is >= '\u00C2' and <= '\u00F4')
            {
                return true;
            }
        }

        return false;
    }

    // A lead byte followed by exactly the continuation bytes it announces, forming a character that is not
    // plain ASCII, is taken as mojibake; anything else is left as written, so correct text is never touched.
    private static bool TryDecodeSequence(string text, int start, out string decoded, out int consumed)
    {
        decoded = string.Empty;
        consumed = 0;
        if (!ByteOfChar.TryGetValue(text[start], out var lead))
        {
            return false;
        }

        var length = lead switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        if (length == 0 || start + length > text.Length)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[4];
        bytes[0] = lead;
        for (var k = 1; k < length; k++)
        {
            if (!ByteOfChar.TryGetValue(text[start + k], out var next) || next is < 0x80 or > 0xBF)
            {
                return false;
            }

            bytes[k] = next;
        }

        try
        {
            decoded = StrictUtf8.GetString(bytes[..length]);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        consumed = length;
        return true;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static Dictionary<char, byte> BuildByteMap()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
            ?? throw new InvalidOperationException("windows-1252 is not available.");
        var map = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0xFF; b++)
        {
            var c = windows1252.GetString([(byte)b]);
            if (c.Length == 1 && c[0] != '\uFFFD')
            {
                map[c[0]] = (byte)b;
            }

            // Latin-1 reading of the same byte: C1 control characters stand for the bytes cp1252 leaves undefined.
            map.TryAdd((char)b, (byte)b);
        }

        return map;
    }
}
