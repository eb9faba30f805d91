using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Blocks;
using BalkanMeetings.Core.Import.Extraction.Rules;
using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// Runs the extraction rules, in order, over one normalised article: phrases and dates, the article's own date and
/// parts, offices and people, encounters and their dates, places, participants and countries, then tables, topics
/// and quotes, and last the checks against the reference data. See docs/import.md#extraction.
/// </summary>
public sealed class ArticleExtractor(ReferenceIndex reference)
{
    /// <summary>The rules in the order they run; each reads what the ones before it found.</summary>
    public static readonly IReadOnlyList<IExtractionRule> Rules =
    [
        new PhraseRule(),
        new DateTaggingRule(),
        new DatelineRule(),
        new DiscourseUnitRule(),
        new DateResolutionRule(),
        new OfficeRule(),
        new PersonRule(),
        new HolderRule(),
        new SourceRule(),
        new EncounterRule(),
        new SegmentationRule(),
        new MeetingDateRule(),
        new ParticipantRule(),
        new PlaceRule(),
        new CountryRule(),
        new MeetingFilterRule(),
        new KindRule(),
        new StatusRule(),
        new DateFlagRule(),
        new IdentityRule(),
        new TableRule(),
        new TopicRule(),
        new QuoteRule(),
        new FactCheckRule(),
        new EncodingRule(),
    ];

    public ExtractedArticle Extract(string fileName, string originalText, string normalisedText, int encodingRepairs, ArticleMeta? meta) =>
        Build(Run(fileName, normalisedText, encodingRepairs, meta), originalText);

    /// <summary>Runs the rules and returns everything they found, for <c>extract --explain</c> and for tests.</summary>
    public ArticleContext Run(string fileName, string normalisedText, int encodingRepairs, ArticleMeta? meta)
    {
        var context = new ArticleContext(fileName, normalisedText, reference, meta) { EncodingRepairs = encodingRepairs };
        foreach (var rule in Rules)
        {
            rule.Apply(context);
        }

        return context;
    }

    private static ExtractedArticle Build(ArticleContext context, string originalText) => new(
        context.FileName,
        originalText,
        context.Text,
        context.Meta?.Title ?? TitleOf(context),
        context.Anchor is { Value.IsSingleDay: true } anchor ? anchor.Value.From : null,
        ArticleSource.Of(context.Meta, context.Source),
        context.EncodingRepairs > 0,
        context.Meetings.Select(m => Meeting(context, m)).ToList(),
        context.Topics,
        context.Initiatives,
        context.OtherTables,
        context.Quotes,
        context.Flags);

    private static ExtractedMeeting Meeting(ArticleContext context, MeetingDraft meeting)
    {
        var participants = meeting.Participants.Select(p => p.ToExtracted()).ToList();
        var opening = meeting.Opening.Sentence;
        return new ExtractedMeeting(
            MeetingTitle.Of(participants, meeting.City, meeting.Kind),
            meeting.Date?.From,
            meeting.Date?.Precision ?? DatePrecision.Unknown,
            meeting.DateOrigin,
            meeting.DateSpan,
            meeting.City,
            meeting.CitySpan,
            meeting.Venue,
            meeting.Countries,
            meeting.Kind,
            meeting.Status,
            meeting.StatusSpan,
            participants,
            context.Slice(opening.Start, opening.End).Trim());
    }

    private static string? TitleOf(ArticleContext context)
    {
        if (context.Source.Title is { } title)
        {
            return context.Slice(title).Trim();
        }

        var block = context.Document.Blocks.FirstOrDefault(b => b.Kind is BlockKind.Title or BlockKind.Heading);
        return block is null ? null : context.Slice(block.Start, block.End).Trim();
    }
}
