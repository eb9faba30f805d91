using System.Globalization;
using System.Text.Json;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Search;
using BalkanMeetings.Web.Features.Api;
using BalkanMeetings.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace BalkanMeetings.Web.Features.Export;

/// <summary>
/// The current meeting filter as files to download (CSV, JSON) and as an Atom feed to follow. Every endpoint reads
/// the filter as the meetings list does, so a link gives the same meetings everywhere (docs/api.md).
/// </summary>
public static class ExportEndpoints
{
    public const string CsvPath = "/export/meetings.csv";
    public const string JsonPath = "/export/meetings.json";
    public const string FeedPath = "/feed/meetings.atom";
    public const string CalendarPath = "/calendar.ics";

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(CsvPath, CsvAsync)
            .WithName("ExportMeetingsCsv")
            .WithSummary("Every meeting the filter leaves, as CSV")
            .WithDescription("UTF-8 with a byte order mark, RFC 4180, one row per meeting, no row limit; page and size are ignored. Columns: docs/api.md.")
            .WithTags("Exports")
            .WithMetadata(FilterParameters.Unpaged)
            .CachedByDataVersion()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet(JsonPath, JsonAsync)
            .WithName("ExportMeetingsJson")
            .WithSummary("Every meeting the filter leaves, as a JSON array")
            .WithDescription("The items of /api/meetings, all of them in one array; page and size are ignored.")
            .WithTags("Exports")
            .WithMetadata(FilterParameters.Unpaged)
            .CachedByDataVersion()
            .Produces<MeetingItem[]>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet(FeedPath, FeedAsync)
            .WithName("MeetingsFeed")
            .WithSummary("An Atom feed of the meetings the filter leaves")
            .WithDescription($"The {MeetingFeed.EntryCount} matching meetings imported last, newest import first.")
            .WithTags("Exports")
            .WithMetadata(FilterParameters.Unpaged)
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml");
        app.MapGet(CalendarPath, CalendarAsync)
            .WithName("MeetingsCalendar")
            .WithSummary("An iCalendar of the meetings the filter leaves, to subscribe to")
            .WithDescription("RFC 5545: one all-day event per meeting known to the day, a month-long one per meeting known to the month; others are left out.")
            .WithTags("Exports")
            .WithMetadata(FilterParameters.Unpaged)
            .CachedByDataVersion(FeedResponse.CacheControl)
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<IResult> CsvAsync(HttpContext context, MeetingBrowser browser, TimeProvider clock, ILoggerFactory loggers)
    {
        var results = await ResolveAsync(context, browser);
        if (Refused(results) is { } refused)
        {
            return refused;
        }

        var request = context.Request;
        return Results.Stream(
            async body =>
            {
                var started = clock.GetTimestamp();
                var count = await MeetingCsv.WriteAsync(
                    body, browser.StreamAsync(results.Filter, cancellationToken: context.RequestAborted), Permalink(request),
                    MeetingStreams.DefaultBatchSize, context.RequestAborted);
                Logged(loggers, "csv", count, results.Filter, clock.GetElapsedTime(started));
            },
            "text/csv; charset=utf-8",
            FileName(clock, "csv"));
    }

    private static async Task<IResult> JsonAsync(
        HttpContext context, MeetingBrowser browser, TimeProvider clock, ILoggerFactory loggers, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
    {
        var results = await ResolveAsync(context, browser);
        if (Refused(results) is { } refused)
        {
            return refused;
        }

        var request = context.Request;
        return Results.Stream(
            async body =>
            {
                var started = clock.GetTimestamp();
                var count = 0;
                async IAsyncEnumerable<MeetingItem> Items()
                {
                    await foreach (var row in browser.StreamAsync(results.Filter, cancellationToken: context.RequestAborted))
                    {
                        count++;
                        yield return MeetingItem.From(row, request);
                    }
                }

                // An IAsyncEnumerable is written as it is read, flushed as the buffer fills: never the whole export in memory.
                await JsonSerializer.SerializeAsync(body, Items(), json.Value.SerializerOptions, context.RequestAborted);
                Logged(loggers, "json", count, results.Filter, clock.GetElapsedTime(started));
            },
            "application/json; charset=utf-8",
            FileName(clock, "json"));
    }

    private static async Task<IResult> FeedAsync(HttpContext context, MeetingBrowser browser, TimeProvider clock)
    {
        var results = await ResolveAsync(context, browser);
        var entries = await browser.RecentlyImportedAsync(results.Filter, MeetingFeed.EntryCount, context.RequestAborted);
        var request = context.Request;

        // Sort and paging mean nothing to a feed, so equal filters give one feed id whatever else the link says.
        var canonical = results.Filter with { Page = 1, PageSize = MeetingFilter.DefaultPageSize, OldestFirst = false };
        var links = new FeedLinks(
            request.Absolute(MeetingFilterQuery.Link(FeedPath, canonical)),
            request.Current(),
            request.Absolute(MeetingFilterQuery.Link("/", canonical)));
        var title = FilterSummary.Describe(results);
        return FeedResponse.Answer(
            context, MeetingFeed.Content(title, entries), body => MeetingFeed.WriteAsync(body, title, links, entries, Permalink(request), clock.GetUtcNow()));
    }

    private static async Task<IResult> CalendarAsync(HttpContext context, MeetingBrowser browser, TimeProvider clock, ILoggerFactory loggers)
    {
        var results = await ResolveAsync(context, browser);
        if (Refused(results) is { } refused)
        {
            return refused;
        }

        var request = context.Request;
        var name = FilterSummary.Describe(results);
        var host = new Uri(request.Absolute("/")).IdnHost;
        return Results.Stream(
            async body =>
            {
                var started = clock.GetTimestamp();
                var count = await MeetingCalendar.WriteAsync(
                    body, name, host, browser.StreamAsync(results.Filter, cancellationToken: context.RequestAborted), Permalink(request),
                    clock.GetUtcNow(), MeetingStreams.DefaultBatchSize, context.RequestAborted);
                Logged(loggers, "ics", count, results.Filter, clock.GetElapsedTime(started));
            },
            CalendarWriter.ContentType);
    }

    /// <summary>
    /// The filter as the list resolves it (ids that name nothing dropped), with the names of what it selects. One row
    /// is asked for: page and size do not apply to exports.
    /// </summary>
    private static async Task<MeetingResults> ResolveAsync(HttpContext context, MeetingBrowser browser)
    {
        var parsed = await context.Request.ReadMeetingFilterAsync(browser);
        return await browser.ListAsync(
            parsed with { Filter = parsed.Filter with { Page = 1, PageSize = 1 } }, withFacets: false, context.RequestAborted);
    }

    /// <summary>
    /// A search past the cap on its cost answers 400 with the reason: a file has nowhere to say it, and an empty file
    /// would read as "nothing matched".
    /// </summary>
    private static IResult? Refused(MeetingResults results) =>
        SearchQuery.Parse(results.Filter.Query).Refusal is { } refusal
            ? Results.Problem(detail: refusal, statusCode: StatusCodes.Status400BadRequest, title: "Search not run")
            : null;

    private static Func<int, string> Permalink(HttpRequest request) => id => request.Absolute(PublicUrls.Meeting(id));

    /// <summary>Says what the file is and when it was made: <c>balkanmeetings-meetings-2026-11-23.csv</c>.</summary>
    private static string FileName(TimeProvider clock, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"balkanmeetings-meetings-{clock.GetUtcNow():yyyy-MM-dd}.{extension}");

    private static void Logged(ILoggerFactory loggers, string format, int rows, MeetingFilter filter, TimeSpan elapsed) =>
        loggers.CreateLogger(typeof(ExportEndpoints).FullName!).LogInformation(
            "Exported {Rows} meetings as {Format} for {Filter} in {ElapsedMs} ms",
            rows, format, MeetingFilterQuery.Link("", filter with { Page = 1, PageSize = MeetingFilter.DefaultPageSize }) is { Length: > 0 } link ? link : "all meetings",
            (long)elapsed.TotalMilliseconds);
}
