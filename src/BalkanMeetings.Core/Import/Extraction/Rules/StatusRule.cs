using System.Text.RegularExpressions;
using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Planned or held: planned when the sentence that reports the encounter first announces it (<c>is set to visit</c>,
/// <c>will meet</c>), when a later one does and none speaks of it as done, when it is dated after the article's own
/// date, or when the article is a week-ahead diary. An announced encounter later spoken of as done is flagged. See
/// docs/import.md#status.
/// </summary>
public sealed partial class StatusRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var isDiary = DatelineRule.HeaderZone(context).Any(h => !h.IsLead && DiaryRegex().IsMatch(context.Slice(h.Block.Start, h.Block.End)));
        foreach (var meeting in context.Meetings)
        {
            var opening = meeting.Opening;
            var reported = IsPast(context, opening);
            var announced = opening.IsFuture
                ? opening
                : !reported && meeting.Encounters.FirstOrDefault(e => e.IsFuture) is { } later && !meeting.Encounters.Any(e => Tense.Done(Text(context, e)).Success) ? later : null;
            var afterAnchor = !reported && meeting.Date is { } date && context.Anchor is { Value.IsSingleDay: true } anchor && date.From > anchor.Value.To;
            var inDiary = isDiary && (meeting.Date is not { } day || context.Anchor is not { } diaryAnchor || day.To >= diaryAnchor.Value.From);
            if (announced is null && !afterAnchor && !inDiary)
            {
                continue;
            }

            meeting.Status = MeetingStatus.Planned;
            var future = announced is null ? null : Tense.Future(Text(context, announced));
            if (future is { Success: true })
            {
                meeting.StatusSpan = new TextSpan(announced!.Sentence.Start + future.Index, announced.Sentence.Start + future.Index + future.Length);
            }

            context.Trace.Add(nameof(StatusRule), meeting, "status", "planned", meeting.StatusSpan);
            var done = meeting.Sentences.Where(s => s.Sentence.Start > opening.Sentence.Start).Select(s => (Reading: s, Match: Tense.Done(Text(context, s)))).FirstOrDefault(x => x.Match.Success);
            if (done.Match is { Success: true } && future is { Success: true })
            {
                context.Raise(
                    FlagKind.ConflictingStatus,
                    FlagSeverity.Warning,
                    $"The article announces this meeting (\"{future.Value}\") and later speaks of it as done (\"{done.Match.Value}\").",
                    meeting,
                    null,
                    "Status",
                    Text(context, done.Reading).Trim(),
                    null);
            }
        }
    }

    // The sentence's meeting word is in the past tense ("met", "received", "held"), or it speaks of the encounter as done.
    private static bool IsPast(ArticleContext context, SentenceReading reading) =>
        !reading.IsFuture && (Tense.Done(Text(context, reading)).Success
            || (reading.CueToken >= 0 && context.WordAt(reading.CueToken) is var cue && (cue.EndsWith("ed", StringComparison.Ordinal) || cue is "met" or "held" or "spoke" or "paid" or "took" or "led" or "went" or "came" or "made")));

    private static string Text(ArticleContext context, SentenceReading reading) => context.Slice(reading.Sentence.Start, reading.Sentence.End);

    [GeneratedRegex(@"\b(?:week\s+ahead|diary|agenda|daily\s+schedule|schedule\s+for)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DiaryRegex();
}
