using System.Globalization;
using System.Text;
using BalkanMeetings.Core.Import.Extraction;

namespace BalkanMeetings.Core.Import;

/// <summary>
/// <c>extract --explain</c>: for each meeting an article gave, each value with the rule that decided it and the words
/// it came from, so an editor or a developer can see why. See docs/import.md#explain.
/// </summary>
public static class ExtractionExplanation
{
    private const int MaxQuote = 90;

    public static string Write(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{context.FileName}\n");
        foreach (var entry in context.Trace.Entries.Where(e => e.Meeting is null))
        {
            Line(text, context, "  ", entry);
        }

        for (var u = 0; u < context.Units.Count; u++)
        {
            var unit = context.Units[u];
            var lead = string.Join(", ", new[] { unit.LeadDate is { } d ? Extraction.Temporal.DateResolver.Describe(d) : null, unit.LeadPlace?.Place.City, unit.LeadVenue }.OfType<string>());
            text.Append(CultureInfo.InvariantCulture, $"  part {u + 1}: {unit.Kind.ToString().ToLowerInvariant()}{(lead.Length > 0 ? " " + lead : string.Empty)}  <- {Quote(context, new TextSpan(unit.Start, Math.Min(unit.End, unit.Start + 40)))}\n");
        }

        foreach (var reading in context.Readings.Where(r => r.IsEncounter))
        {
            var parties = string.Join(", ", reading.Parties.Select(p => $"{p.Person?.Name ?? p.Office?.Title} ({p.Source.ToString().ToLowerInvariant()})"));
            var date = reading.EventDate is { } d ? $" on {Extraction.Temporal.DateResolver.Describe(d)}" : string.Empty;
            var unit = context.Units.IndexOf(reading.Unit) + 1;
            text.Append(CultureInfo.InvariantCulture, $"  encounter in part {unit}{date}: {parties}  <- {Quote(context, new TextSpan(reading.Sentence.Start, reading.Sentence.End))}\n");
        }

        for (var m = 0; m < context.Meetings.Count; m++)
        {
            var meeting = context.Meetings[m];
            text.Append(CultureInfo.InvariantCulture, $"  meeting {m + 1}: {meeting.Kind.ToString().ToLowerInvariant()}, {meeting.Status.ToString().ToLowerInvariant()}, opened by {Quote(context, new TextSpan(meeting.Opening.Sentence.Start, meeting.Opening.Sentence.End))}\n");
            foreach (var entry in context.Trace.Entries.Where(e => e.Meeting == meeting))
            {
                Line(text, context, "    ", entry);
            }

            foreach (var participant in meeting.Participants)
            {
                var from = participant.NameSpan ?? participant.RoleSpan;
                text.Append(CultureInfo.InvariantCulture, $"    participant {participant.Name ?? "(unnamed)"} | {participant.Role} | {participant.Organization}  <- {(from is { } span ? Quote(context, span) : "reference data")}\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"    countries {string.Join(", ", meeting.Countries)}\n");
        }

        foreach (var flag in context.Flags)
        {
            text.Append(CultureInfo.InvariantCulture, $"  flag {flag.Kind}{(flag.MeetingIndex is { } i ? $" (meeting {i + 1})" : string.Empty)}: {flag.Message}\n");
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, ArticleContext context, string indent, TraceEntry entry) =>
        text.Append(CultureInfo.InvariantCulture, $"{indent}{entry.Field} {entry.Value}  <- {(entry.Span is { } span ? Quote(context, span) : "-")} [{entry.Rule}]\n");

    private static string Quote(ArticleContext context, TextSpan span)
    {
        var words = context.Slice(span).ReplaceLineEndings(" ");
        return "\"" + (words.Length > MaxQuote ? words[..MaxQuote] + "…" : words) + "\"";
    }
}
