using System.Text.Json;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Browse;

/// <summary>
/// One meeting with everything shown about it: the record, its participants, topics, initiatives, the quotes and
/// other tables of its articles, review flags, the fields editors corrected, and each source article with the provenance spans of the values
/// shown. Loaded in a fixed number of queries however many sources or values the meeting has (no N+1).
/// </summary>
public sealed class MeetingDetailsQuery(BalkanMeetingsDbContext db)
{
    /// <summary>The meeting, or null when there is none with that id.</summary>
    public async Task<MeetingDetails?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking()
            .Where(m => m.Id == id)
            .Select(m => new
            {
                m.Id,
                m.Title,
                m.Date,
                m.DatePrecision,
                m.DateOrigin,
                m.City,
                m.Venue,
                m.Kind,
                m.Status,
                m.Summary,
                m.Version,
                Countries = m.Countries.OrderBy(c => c.Country!.Name).Select(c => new CountryRef(c.CountryCode, c.Country!.Name)).ToList(),
                Participants = m.Participants.OrderBy(p => p.Id)
                    .Select(p => new ParticipantDetails(p.Id, p.PersonId, p.Person != null ? p.Person.Name : null, p.NameAsWritten, p.NameOrigin, p.Role, p.Organization, p.ArticleId))
                    .ToList(),
                Topics = m.Topics.OrderBy(t => t.Topic!.Name).Select(t => new TopicDetails(t.TopicId, t.Topic!.Name, t.RawLabel)).ToList(),
                Initiatives = m.Initiatives.OrderBy(i => i.InitiativeId)
                    .Select(i => new InitiativeDetails(i.InitiativeId, i.Initiative!.Name, i.Initiative.Objective, i.Initiative.Timeline))
                    .ToList(),
                Corrected = db.Corrections.Where(c => c.RecordType == nameof(Meeting) && c.RecordId == m.Id).Select(c => c.Field).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var articles = await db.MeetingSources.AsNoTracking()
            .Where(s => s.MeetingId == id)
            .OrderBy(s => s.ArticleId)
            .Select(s => s.Article!)
            .ToListAsync(cancellationToken);
        var articleIds = articles.Select(a => a.Id).ToList();

        // Quotes the importer tied to this meeting, and those of its articles it could not tie to one meeting.
        var quotes = await db.Quotes.AsNoTracking()
            .Where(q => q.MeetingId == id || (q.MeetingId == null && articleIds.Contains(q.ArticleId)))
            .OrderBy(q => q.ArticleId).ThenBy(q => q.Id)
            .Select(q => new QuoteDetails(q.Id, q.ArticleId, q.Speaker, q.PersonId, q.Text))
            .ToListAsync(cancellationToken);

        var tables = (await db.ArticleTables.AsNoTracking()
                .Where(t => articleIds.Contains(t.ArticleId))
                .OrderBy(t => t.ArticleId).ThenBy(t => t.Position)
                .ToListAsync(cancellationToken))
            .Select(t => new TableDetails(t.Id, t.ArticleId, t.Position, t.Header, ReadRows(t.RowsJson)))
            .ToList();

        // Flags on the meeting or its participants, and those about its articles as a whole (their encoding).
        var flags = (await db.ReviewFlags.AsNoTracking()
                .Where(f => f.MeetingId == id || (f.MeetingId == null && f.ArticleId != null && articleIds.Contains(f.ArticleId.Value)))
                .Select(f => new FlagDetails(
                    f.Id, f.Kind, f.Severity, f.Message, new RecordValue(f.RecordType, f.RecordId ?? 0, f.Field), f.Evidence, f.ReferenceRow,
                    f.ArticleId, f.Status, f.ResolvedAtUtc, f.ResolvedBy, f.ResolutionNote))
                .ToListAsync(cancellationToken))
            // Enums are stored as names, so the severity order is the enum's, applied here.
            .OrderBy(f => !f.IsOpen).ThenByDescending(f => f.Severity).ThenBy(f => f.Id)
            .ToList();

        var others = await db.MeetingSources.AsNoTracking()
            .Where(s => articleIds.Contains(s.ArticleId) && s.MeetingId != id)
            .OrderBy(s => s.ArticleId).ThenBy(s => s.MeetingId)
            .Select(s => new OtherMeeting(s.MeetingId, s.ArticleId, s.Meeting!.Title))
            .ToListAsync(cancellationToken);

        var spans = await db.SourceSpans.AsNoTracking()
            .Where(s => articleIds.Contains(s.ArticleId))
            .OrderBy(s => s.Start).ThenByDescending(s => s.Length).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);

        // Only spans of the values this page shows; an article reporting two meetings holds the other one's too.
        var shown = new HashSet<(string, int)>
        {
            (nameof(Meeting), id),
        };
        shown.UnionWith(meeting.Participants.Select(p => (nameof(Participation), p.Id)));
        shown.UnionWith(meeting.Topics.Select(t => (nameof(Topic), t.Id)));
        shown.UnionWith(meeting.Initiatives.Select(i => (nameof(Initiative), i.Id)));
        shown.UnionWith(quotes.Select(q => (nameof(Quote), q.Id)));
        shown.UnionWith(tables.Select(t => (nameof(ArticleTable), t.Id)));

        var sources = articles
            .Select(article => new SourceArticleDetails(
                article.Id,
                article.FileName,
                article.Title,
                article.Publisher,
                article.Byline,
                article.SourceUrl,
                article.PublishedOn,
                article.Language,
                article.ImportedAtUtc,
                article.EncodingRepaired,
                article.NormalisedText,
                spans
                    .Where(s => s.ArticleId == article.Id && shown.Contains((s.RecordType, s.RecordId)) && Fits(s, article.NormalisedText))
                    .Select(s => new ProvenanceSpan(s.Id, s.ArticleId, s.Start, s.Length, new RecordValue(s.RecordType, s.RecordId, s.Field)))
                    .ToList()))
            .ToList();

        return new MeetingDetails(
            meeting.Id,
            meeting.Title,
            meeting.Date,
            meeting.DatePrecision,
            meeting.DateOrigin,
            meeting.City,
            meeting.Venue,
            meeting.Kind,
            meeting.Status,
            meeting.Summary,
            meeting.Version,
            meeting.Countries,
            meeting.Participants,
            meeting.Topics,
            meeting.Initiatives,
            quotes,
            tables,
            flags,
            sources,
            others,
            meeting.Corrected.ToHashSet(StringComparer.Ordinal));
    }

    // A span that does not lie inside its article's text (written by an older importer, or a bug) is left out
    // rather than pointing nowhere.
    private static bool Fits(SourceSpan span, string text) =>
        span.Start >= 0 && span.Length > 0 && span.Start <= text.Length - span.Length;

    private static List<IReadOnlyList<string>> ReadRows(string json) =>
        JsonSerializer.Deserialize<List<List<string?>>>(json)?
            .Select(row => (IReadOnlyList<string>)row.Select(cell => cell ?? "").ToList())
            .ToList() ?? [];
}

/// <summary>A meeting as its page shows it; see <see cref="MeetingDetailsQuery"/>.</summary>
public sealed record MeetingDetails(
    int Id,
    string Title,
    DateOnly? Date,
    DatePrecision DatePrecision,
    ValueOrigin DateOrigin,
    string? City,
    string? Venue,
    MeetingKind Kind,
    MeetingStatus Status,
    string? Summary,
    int Version,
    IReadOnlyList<CountryRef> Countries,
    IReadOnlyList<ParticipantDetails> Participants,
    IReadOnlyList<TopicDetails> Topics,
    IReadOnlyList<InitiativeDetails> Initiatives,
    IReadOnlyList<QuoteDetails> Quotes,
    IReadOnlyList<TableDetails> Tables,
    IReadOnlyList<FlagDetails> Flags,
    IReadOnlyList<SourceArticleDetails> Sources,
    IReadOnlyList<OtherMeeting> OtherMeetings,
    IReadOnlySet<string> CorrectedFields)
{
    public IEnumerable<FlagDetails> OpenFlags => Flags.Where(f => f.Status == FlagStatus.Open);

    /// <summary>True when an editor has corrected any of the fields (as revisions name them: <c>Date</c>, <c>Participants</c>).</summary>
    public bool IsCorrected(params string[] fields) => fields.Any(CorrectedFields.Contains);

    /// <summary>Where the articles say what a value of the record holds, in source order.</summary>
    public IReadOnlyList<ProvenanceSpan> SpansOf(RecordValue value) =>
        Sources.SelectMany(s => s.Spans).Where(s => s.Value == value).ToList();

    /// <summary>The open flags about one value of the record.</summary>
    public IReadOnlyList<FlagDetails> OpenFlagsOn(RecordValue value) =>
        OpenFlags.Where(f => f.Value == value).ToList();
}

/// <summary>One value of one record: the record's entity name and id, and the property (<c>Meeting</c>, 4, <c>Date</c>).</summary>
public readonly record struct RecordValue(string RecordType, int RecordId, string? Field)
{
    public static RecordValue MeetingField(int meetingId, string field) => new(nameof(Meeting), meetingId, field);

    public static RecordValue ParticipantField(int participationId, string field) => new(nameof(Participation), participationId, field);

    /// <summary>A topic's span is the article's words that matched it; the record is the topic itself.</summary>
    public static RecordValue TopicLabel(int topicId) => new(nameof(Topic), topicId, nameof(MeetingTopic.RawLabel));

    public static RecordValue InitiativeName(int initiativeId) => new(nameof(Initiative), initiativeId, nameof(Initiative.Name));

    public static RecordValue QuoteText(int quoteId) => new(nameof(Quote), quoteId, nameof(Quote.Text));

    public static RecordValue TableRows(int tableId) => new(nameof(ArticleTable), tableId, nameof(ArticleTable.RowsJson));
}

/// <summary>A participant: the person when identified (with the name as the article wrote it), the office, and how the name was found.</summary>
public sealed record ParticipantDetails(
    int Id, int? PersonId, string? Name, string? NameAsWritten, ValueOrigin NameOrigin, string Role, string Organization, int? ArticleId)
{
    public string Office => OfficeLabel.Of(Role, Organization);

    /// <summary>Who the participant is, as far as the record knows: the person, else the article's spelling, else the office.</summary>
    public string Label => Name ?? NameAsWritten ?? Office;
}

/// <summary>A topic of the vocabulary and the article's own words that matched it.</summary>
public sealed record TopicDetails(int Id, string Name, string RawLabel);

public sealed record InitiativeDetails(int Id, string Name, string? Objective, string? Timeline);

/// <summary>A quote of a source article; the speaker as the article names them, and the person when known.</summary>
public sealed record QuoteDetails(int Id, int ArticleId, string? Speaker, int? PersonId, string Text);

/// <summary>A table of a source article that is not an initiative table, with its rows as they were (rows may be ragged).</summary>
public sealed record TableDetails(int Id, int ArticleId, int Position, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>A review flag on the meeting, one of its participants, or one of its articles.</summary>
public sealed record FlagDetails(
    int Id,
    FlagKind Kind,
    FlagSeverity Severity,
    string Message,
    RecordValue Value,
    string? Evidence,
    string? ReferenceRow,
    int? ArticleId,
    FlagStatus Status,
    DateTime? ResolvedAtUtc,
    string? ResolvedBy,
    string? ResolutionNote)
{
    public bool IsOpen => Status == FlagStatus.Open;
}

/// <summary>A source article: what a citation needs, the normalised text, and the spans of the values shown.</summary>
public sealed record SourceArticleDetails(
    int Id,
    string FileName,
    string? Title,
    string? Publisher,
    string? Byline,
    string? SourceUrl,
    DateOnly? PublishedOn,
    string? Language,
    DateTime ImportedAtUtc,
    bool EncodingRepaired,
    string Text,
    IReadOnlyList<ProvenanceSpan> Spans);

/// <summary>Where in an article's normalised text one value of the record was read.</summary>
public sealed record ProvenanceSpan(int Id, int ArticleId, int Start, int Length, RecordValue Value);

/// <summary>Another meeting reported by one of the same articles.</summary>
public sealed record OtherMeeting(int Id, int ArticleId, string Title);
