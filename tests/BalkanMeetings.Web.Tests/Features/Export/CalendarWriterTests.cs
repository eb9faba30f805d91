using System.Text;
using BalkanMeetings.Web.Features.Export;

namespace BalkanMeetings.Web.Tests.Features.Export;

public sealed class CalendarWriterTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Theory]
    [InlineData("Rutte, Vučić; talks", @"Rutte\, Vučić\; talks")]
    [InlineData(@"C:\path", @"C:\\path")]
    [InlineData("one\ntwo\r\nthree\rfour", @"one\ntwo\nthree\nfour")]
    [InlineData(@"already \n escaped", @"already \\n escaped")]
    [InlineData("colon: and \"quotes\" stay", "colon: and \"quotes\" stay")]
    public void Text_escapes_backslash_semicolon_comma_and_line_breaks(string text, string escaped) =>
        Assert.Equal(escaped, CalendarWriter.Escape(text));

    [Theory]
    [InlineData(75, 1)]
    [InlineData(76, 2)]
    [InlineData(149, 2)]
    [InlineData(150, 3)]
    public void Lines_fold_at_75_octets_and_continuation_lines_count_their_leading_space(int octets, int lines)
    {
        var folded = CalendarWriter.Fold(new string('a', octets));

        var physical = folded.Split("\r\n")[..^1];
        Assert.Equal(lines, physical.Length);
        Assert.All(physical, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= CalendarWriter.MaxLineOctets, line));
        Assert.All(physical.Skip(1), line => Assert.StartsWith(" ", line, StringComparison.Ordinal));
        Assert.Equal(new string('a', octets), Unfold(folded));
    }

    [Theory]
    [InlineData("SUMMARY:Ž")]
    [InlineData("SUMMARY:Вучић")]
    [InlineData("SUMMARY:会談")]
    [InlineData("SUMMARY:🇷🇸")]
    public void Folding_never_splits_a_character_of_two_three_or_four_octets(string text)
    {
        // Offsets that put a character across the 75th octet of the first line, and of a continuation line.
        for (var shift = 0; shift < 80; shift++)
        {
            var line = new string('x', shift) + string.Concat(Enumerable.Repeat(text, 12));

            var folded = CalendarWriter.Fold(line);

            var bytes = Encoding.UTF8.GetBytes(folded);
            foreach (var physical in Lines(bytes))
            {
                Assert.True(physical.Length <= CalendarWriter.MaxLineOctets, $"{physical.Length} octets at shift {shift}");
                StrictUtf8.GetString(physical);
            }

            Assert.Equal(line, Unfold(folded));
        }
    }

    [Fact]
    public void Control_characters_are_dropped_so_no_value_can_start_a_line_of_its_own()
    {
        var folded = CalendarWriter.Fold("SUMMARY:a\u0000b\u001bc\td\u007fe\rEND:VCALENDAR\nf");

        Assert.Equal("SUMMARY:abc\tdeEND:VCALENDARf\r\n", folded);
    }

    [Fact]
    public void An_unpaired_surrogate_becomes_the_replacement_character_and_is_counted_as_written()
    {
        var folded = CalendarWriter.Fold(new string('x', 73) + "\ud800y");

        Assert.Equal(new string('x', 73) + "\r\n \ufffdy\r\n", folded);
    }

    /// <summary>The lines of a calendar as octets, without their CRLF; text after the last CRLF would be a line too.</summary>
    public static List<byte[]> Lines(byte[] calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i + 1 < calendar.Length; i++)
        {
            if (calendar[i] == '\r' && calendar[i + 1] == '\n')
            {
                lines.Add(calendar[start..i]);
                start = i + 2;
                i++;
            }
        }

        if (start < calendar.Length)
        {
            lines.Add(calendar[start..]);
        }

        return lines;
    }

    /// <summary>RFC 5545, 3.1: a line break followed by one space or tab is removed.</summary>
    public static string Unfold(string calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal).TrimEnd('\r', '\n');
    }
}
