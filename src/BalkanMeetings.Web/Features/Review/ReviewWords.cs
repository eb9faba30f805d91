using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Review;
using BalkanMeetings.Web.Features.Meetings;

namespace BalkanMeetings.Web.Features.Review;

/// <summary>How the review queue and the resolve page name what a flag is about and how old it is.</summary>
public static class ReviewWords
{
    /// <summary>The flagged value in words, as the meeting page names it: <c>Office of Jens Stoltenberg</c>, <c>Date of the meeting</c>.</summary>
    public static string Subject(FlaggedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.RecordType switch
        {
            nameof(Meeting) => MeetingWords.MeetingField(record.Field),
            nameof(Participation) => MeetingWords.ParticipantField(record.Field, record.Participant ?? "a participant no longer in the record"),
            nameof(Article) => "The source article",
            _ => $"{record.RecordType} {record.Field}".Trim(),
        };
    }

    /// <summary>How long ago a flag was raised, to the day: <c>today</c>, <c>3 days ago</c>, <c>5 months ago</c>.</summary>
    public static string Age(DateTime createdAtUtc, DateTime nowUtc)
    {
        var days = Math.Max(0, (int)(nowUtc - createdAtUtc).TotalDays);
        return days switch
        {
            0 => "today",
            < 60 => Components.Display.Count(days, "day") + " ago",
            < 730 => Components.Display.Count(days / 30, "month") + " ago",
            _ => Components.Display.Count(days / 365, "year") + " ago",
        };
    }

    /// <summary>A resolution as a sentence: <c>Corrected by Erin Editor on 16 Dec 2024: the note.</c></summary>
    public static string Resolution(FlagStatus status, string? resolvedBy, DateTime? resolvedAtUtc, string? note)
    {
        var outcome = MeetingWords.Resolution(status);
        return char.ToUpperInvariant(outcome[0]) + outcome[1..]
            + (resolvedBy is null ? "" : " by " + resolvedBy)
            + (resolvedAtUtc is { } at ? " on " + Components.Display.Day(DateOnly.FromDateTime(at)) : "")
            + (string.IsNullOrWhiteSpace(note) ? "." : ": " + note);
    }
}
