using System.Text;

namespace BalkanMeetings.Web.Features.Export;

/// <summary>
/// Writes iCalendar (RFC 5545) content lines by hand, as <see cref="AtomWriter"/> writes Atom: the site only publishes
/// all-day events, which need a few properties, not a calendar library. Lines are kept in memory until
/// <see cref="FlushAsync"/>, so a caller writes whole events and the response is written asynchronously.
/// </summary>
/// <remarks>
/// Text from articles and editors is untrusted: <see cref="Text"/> escapes what TEXT values give meaning to, and every
/// line loses its control characters, so no value can end a line or start a property of its own.
/// </remarks>
public sealed class CalendarWriter(Stream output) : IAsyncDisposable
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>The longest a line may be, without its line break (RFC 5545, 3.1).</summary>
    public const int MaxLineOctets = 75;

    private const string LineBreak = "\r\n";

    private readonly StreamWriter _text = new(output, new UTF8Encoding(false), bufferSize: 16 * 1024, leaveOpen: true);

    private readonly StringBuilder _pending = new();

    public void Begin(string component) => Property("BEGIN", component);

    public void End(string component) => Property("END", component);

    /// <summary>A property whose value is not TEXT (a date, a URI, a status word), written as given.</summary>
    public void Property(string name, string value) => Line(name + ":" + value);

    /// <summary>A TEXT property (RFC 5545, 3.3.11).</summary>
    public void Text(string name, string value) => Line(name + ":" + Escape(value));

    /// <summary>Writes the lines made since the last flush to the output.</summary>
    public async Task FlushAsync()
    {
        await _text.WriteAsync(_pending);
        _pending.Clear();
        await _text.FlushAsync();
    }

    public ValueTask DisposeAsync() => _text.DisposeAsync();

    /// <summary>Backslash, semicolon and comma are escaped with a backslash, and a line break becomes <c>\n</c>.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\' or ';' or ',':
                    escaped.Append('\\').Append(text[i]);
                    break;
                case '\r':
                    // CRLF is one line break.
                    escaped.Append("\\n");
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    escaped.Append("\\n");
                    break;
                default:
                    escaped.Append(text[i]);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Folds a content line (RFC 5545, 3.1): a line break and a space before the octet that would pass
    /// <see cref="MaxLineOctets"/>, never inside a character's UTF-8 sequence. Control characters other than tab are
    /// dropped (TEXT allows none), and an unpaired surrogate becomes U+FFFD, as the UTF-8 encoder would write it.
    /// </summary>
    public static string Fold(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var folded = new StringBuilder(line.Length + line.Length / 32 + LineBreak.Length);
        var octets = 0;
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in line.EnumerateRunes())
        {
            if (Rune.IsControl(rune) && rune.Value != '\t')
            {
                continue;
            }

            if (octets + rune.Utf8SequenceLength > MaxLineOctets)
            {
                folded.Append(LineBreak).Append(' ');
                octets = 1;
            }

            folded.Append(utf16[..rune.EncodeToUtf16(utf16)]);
            octets += rune.Utf8SequenceLength;
        }

        return folded.Append(LineBreak).ToString();
    }

    private void Line(string line) => _pending.Append(Fold(line));
}
