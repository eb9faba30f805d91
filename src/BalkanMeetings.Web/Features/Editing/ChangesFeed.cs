using System.Globalization;
using System.Text;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Web.Features.Export;
using BalkanMeetings.Web.Infrastructure;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// Recent changes as an Atom feed (docs/api.md#changes-feed), to follow corrections without visiting the site: the
/// revisions the /changes page lists, narrowed by the same filter, newest first.
/// </summary>
public static class ChangesFeed
{
    public const string Path = "/feed/changes.atom";

    /// <summary>How many revisions the feed holds: the newest, as many as the meetings feed holds meetings.</summary>
    public const int EntryCount = MeetingFeed.EntryCount;

    public static IEndpointRouteBuilder MapChangesFeed(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Path, AnswerAsync)
            .WithName("ChangesFeed")
            .WithSummary("An Atom feed of the corrections editors made")
            .WithDescription($"The {EntryCount} newest revisions, newest first; type (a record type) and editor (a name as the history shows it) narrow it as they narrow /changes.")
            .WithTags("Exports")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml");
        return app;
    }

    private static async Task<IResult> AnswerAsync(HttpContext context, RevisionHistory history, TimeProvider clock, string? type, string? editor)
    {
        var filter = ChangesFilter.From(type, editor);
        var latest = await history.LatestAsync(filter.RecordType, filter.EditorName, EntryCount, context.RequestAborted);
        var request = context.Request;
        var links = new FeedLinks(request.Absolute(filter.Link(Path)), request.Current(), request.Absolute(filter.Link(ChangesFilter.PagePath)));
        // Revisions saved under the name prove it; only an empty feed asks whether anyone ever saved under it.
        var knownEditor = filter.EditorName is not { } name || latest.Total > 0
            || (await history.EditorNamesAsync(context.RequestAborted)).Contains(name, StringComparer.Ordinal);
        var title = "BalkanMeetings: " + Describe(filter, knownEditor);
        var entries = latest.Revisions.Select(r => Entry.Of(r, latest.Names, request)).ToList();
        var content = string.Join('\n', entries.Select(e => e.Content).Prepend(title));
        return FeedResponse.Answer(context, content, body => WriteAsync(body, title, links, entries, clock.GetUtcNow()));
    }

    /// <summary>The filter in words: "recent changes to meeting records by Erin Editor".</summary>
    /// <param name="filter">The feed's filter.</param>
    /// <param name="knownEditor">
    /// False for a name no editor saved under, which is not repeated: the site's title would say whatever a link put there.
    /// </param>
    private static string Describe(ChangesFilter filter, bool knownEditor)
    {
        var words = new StringBuilder("recent changes");
        if (filter.RecordType is { } type)
        {
            words.Append(" to ").Append(ChangeWords.RecordType(type).ToLowerInvariant()).Append(" records");
        }

        if (filter.EditorName is { } editor)
        {
            words.Append(knownEditor ? " by " + editor : " by an editor who has made none");
        }

        return words.ToString();
    }

    private static async Task WriteAsync(Stream output, string title, FeedLinks links, IReadOnlyList<Entry> entries, DateTimeOffset now)
    {
        await using var atom = new AtomWriter(output);
        await atom.StartFeedAsync(
            title,
            "Corrections editors made to the meetings, people, topics and initiatives read from news articles; the newest first.",
            links,
            entries.Select(e => e.Updated),
            now);
        foreach (var entry in entries)
        {
            await atom.StartEntryAsync(entry.Permalink, entry.Title, entry.Updated);
            await atom.LinkAsync("related", "text/html", entry.History);

            // The name the history shows beside the change; the account's address is never part of the feed.
            await atom.AuthorAsync(entry.Editor);
            await atom.ElementAsync("summary", entry.Summary);
            await atom.EndEntryAsync();
        }

        await atom.EndFeedAsync();
    }

    /// <summary>A revision as the feed shows it.</summary>
    /// <param name="Permalink">The revision's own page, absolute.</param>
    /// <param name="Title">The record and the fields changed: <c>Meeting “Mark Rutte meets Dritan Abazović”: Title, Countries</c>.</param>
    /// <param name="Updated">When the revision was saved (UTC).</param>
    /// <param name="Editor">The name the history shows beside the revision.</param>
    /// <param name="Summary">The edit summary, the kind of revision and the fields changed.</param>
    /// <param name="History">The record's history, absolute.</param>
    private sealed record Entry(string Permalink, string Title, DateTime Updated, string Editor, string Summary, string History)
    {
        /// <summary>Everything the entry shows, for the feed's entity tag.</summary>
        public string Content => string.Join('\t', Permalink, Title, Updated.Ticks.ToString(CultureInfo.InvariantCulture), Editor, Summary, History);

        public static Entry Of(RevisionEntry revision, RecordNames names, HttpRequest request)
        {
            var fields = ChangeWords.ChangedFields(revision);
            return new Entry(
                request.Absolute(PublicUrls.Revision(revision.Id)),
                $"{Heading(revision.Record, names)}: {fields}",
                revision.AtUtc,
                revision.EditorName,
                $"“{revision.Reason}” ({ChangeWords.Kind(revision.Kind)}) · Changed: {fields}",
                request.Absolute(ChangeWords.History(revision.Record)));
        }

        // "Meeting “…”" by its name; a record that no longer exists by its type and number, as the history names it.
        private static string Heading(RecordKey record, RecordNames names) =>
            names.Records.TryGetValue(record, out var title) ? $"{ChangeWords.RecordType(record.RecordType)} “{title}”" : ChangeWords.RecordTitle(record, names);
    }
}
