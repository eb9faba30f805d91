using System.Globalization;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Web.Features.Meetings;

/// <summary>How the meeting page names things: element ids of values, kinds of flags, precisions, and the citation line.</summary>
public static class MeetingWords
{
    /// <summary>
    /// The element id of a value on the meeting page, which highlighted words link to: <c>value-meeting-date</c>,
    /// <c>value-participation-7-role</c>, <c>value-topic-2</c>; a flag about a whole article points at the article.
    /// </summary>
    public static string ValueId(RecordValue value) => value.RecordType switch
    {
        nameof(Meeting) => "value-meeting-" + Lower(value.Field ?? "record"),
        nameof(Participation) => $"value-participation-{Number(value.RecordId)}-{Lower(value.Field ?? nameof(Participation.Person))}",
        nameof(Topic) => "value-topic-" + Number(value.RecordId),
        nameof(Initiative) => "value-initiative-" + Number(value.RecordId),
        nameof(Quote) => "value-quote-" + Number(value.RecordId),
        nameof(ArticleTable) => "value-table-" + Number(value.RecordId),
        nameof(Article) => "article-" + Number(value.RecordId),
        _ => "record",
    };

    /// <summary>What kind of value words gave, as a CSS class suffix.</summary>
    public static string Kind(RecordValue value) => value.RecordType switch
    {
        nameof(Meeting) or nameof(Participation) => Lower(value.Field ?? value.RecordType),
        nameof(ArticleTable) => "table",
        _ => Lower(value.RecordType),
    };

    public static string FlagTitle(FlagKind kind) => kind switch
    {
        FlagKind.RoleDoesNotFitDate => "Office does not fit the date",
        FlagKind.MissingDate => "No date",
        FlagKind.ConflictingDates => "Dates disagree",
        FlagKind.AmbiguousDate => "Several dates fit",
        FlagKind.ConflictingStatus => "Held or only announced?",
        FlagKind.UnresolvedOfficial => "Official not identified",
        FlagKind.InferredOfficial => "Official identified by office",
        FlagKind.UnknownPerson => "Person not in the reference data",
        FlagKind.RepairedEncoding => "Garbled text repaired",
        FlagKind.ArticleDisagreesWithCorrection => "Article disagrees with a correction",
        _ => kind.ToString(),
    };

    /// <summary>A meeting's field as a flag or a highlight names it.</summary>
    public static string MeetingField(string? field) => field switch
    {
        nameof(Meeting.Date) => "Date of the meeting",
        nameof(Meeting.City) => "Place of the meeting",
        nameof(Meeting.Status) => "Held or planned",
        _ => "The meeting",
    };

    /// <summary>A participant's field as a flag or a highlight names it: their office, or their name.</summary>
    public static string ParticipantField(string? field, string who) =>
        field == nameof(Participation.Role) ? $"Office of {who}" : $"Name of {who}";

    public static string Severity(FlagSeverity severity) => severity switch
    {
        FlagSeverity.Error => "Error",
        FlagSeverity.Warning => "Warning",
        _ => "Note",
    };

    public static string Resolution(FlagStatus status) => status switch
    {
        FlagStatus.Accepted => "accepted as correct",
        FlagStatus.Corrected => "corrected",
        FlagStatus.Dismissed => "dismissed",
        _ => "open",
    };

    /// <summary>How much of the date is known, as the reader is told.</summary>
    public static string Precision(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "exact day",
        DatePrecision.Month => "month only",
        DatePrecision.Year => "year only",
        _ => "not known",
    };

    public static string Kind(MeetingKind kind) => kind switch
    {
        MeetingKind.Visit => "Visit",
        MeetingKind.Call => "Phone call",
        _ => "Meeting",
    };

    /// <summary>A citation line to copy: <c>Byline, “Title”, Publisher, 16 Dec 2024. https://…. Record: https://….</c></summary>
    public static string Citation(SourceArticleDetails article, string permalink)
    {
        ArgumentNullException.ThrowIfNull(article);
        var parts = new List<string> { $"“{article.Title ?? article.FileName}”" };
        if (!string.IsNullOrWhiteSpace(article.Byline))
        {
            parts.Insert(0, article.Byline);
        }

        if (!string.IsNullOrWhiteSpace(article.Publisher))
        {
            parts.Add(article.Publisher);
        }

        if (article.PublishedOn is { } published)
        {
            parts.Add(Components.Display.Day(published));
        }

        var line = string.Join(", ", parts) + ".";
        if (!string.IsNullOrWhiteSpace(article.SourceUrl))
        {
            line += " " + article.SourceUrl + ".";
        }

        return line + " Record: " + permalink + ".";
    }

    private static string Lower(string text) => text.ToLowerInvariant();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
