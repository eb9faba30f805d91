using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Web.Features.Export;
using BalkanMeetings.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BalkanMeetings.Web.Features.Api;

/// <summary>
/// The read-only JSON API under <c>/api/</c> (docs/api.md): meetings with the list's filters and paging, and the
/// countries, topics, initiatives and people a filter can select. Query values that cannot be used are ignored and
/// listed, never an error.
/// </summary>
public static class MeetingApi
{
    public const string Prefix = "/api";

    /// <summary>Public data that changes only on import or edit: a minute's staleness costs nothing.</summary>
    public const string CacheControl = "public, max-age=60";

    public static IServiceCollection AddMeetingApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddScoped<ApiCatalog>();

        // Names keep their letters (Đukanović, Вучић) instead of \u escapes; markup characters stay escaped.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "BalkanMeetings API";
                document.Info.Description = "Read-only meetings between NATO and the Western Balkans, extracted from news articles. See docs/api.md.";
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(FilterParameters.AddToOperation);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapMeetingApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi();

        var api = app.MapGroup(Prefix).WithTags("API").AddEndpointFilter(new PublicReadOnlyFilter()).CachedByDataVersion(CacheControl);
        api.MapGet("/meetings", ListMeetingsAsync)
            .WithName("ListMeetings")
            .WithSummary("A page of the meetings the filter leaves")
            .WithDescription("Takes the meetings list's query parameters; facets=true adds counts per filter value. Values that cannot be used are listed in \"ignored\".")
            .WithMetadata(FilterParameters.PagedWithFacets);
        api.MapGet("/meetings/{id:int}", GetMeetingAsync)
            .WithName("GetMeeting")
            .WithSummary("One meeting")
            .WithDescription("A meeting merged into another answers 302 with the kept meeting's address.")
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/countries", CountriesAsync)
            .WithName("ListCountries")
            .WithSummary("The countries the site follows, with their meeting counts");
        api.MapGet("/topics", TopicsAsync)
            .WithName("ListTopics")
            .WithSummary("The topic vocabulary, with meeting counts");
        api.MapGet("/initiatives", InitiativesAsync)
            .WithName("ListInitiatives")
            .WithSummary("Initiatives named in the articles, with meeting counts");
        api.MapGet("/people", PeopleAsync)
            .WithName("ListPeople")
            .WithSummary("People by name, a page at a time")
            .WithDescription("official: a name as typed, matched against names and aliases without diacritics and in Cyrillic; page and size as for meetings.")
            .WithMetadata(FilterParameters.People);
        api.MapGet("/people/{id:int}", GetPersonAsync)
            .WithName("GetPerson")
            .WithSummary("One person, with aliases and the offices the reference data gives")
            .WithDescription("A person merged into another answers 302 with the kept person's address.")
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status404NotFound);

        // Unknown paths and methods answer in JSON too, rather than with the site's HTML pages.
        api.MapFallback("{*path}", Unmatched).ExcludeFromDescription();
        return app;
    }

    private static async Task<Ok<MeetingPage>> ListMeetingsAsync(HttpContext context, MeetingBrowser browser)
    {
        var request = context.Request;
        var parsed = await request.ReadMeetingFilterAsync(browser);
        var ignored = new List<string>();
        var withFacets = ApiQueryValues.ReadFacets(request.Query[FilterParameters.Facets], ignored);
        var results = await browser.ListAsync(parsed, withFacets, context.RequestAborted);
        var filter = results.Filter;

        string Page(int page) => ApiLinks.MeetingsPage(request, filter with { Page = page }, withFacets);

        var all = filter with { Page = 1, PageSize = MeetingFilter.DefaultPageSize };
        var links = new PageLinks(
            Page(filter.Page),
            filter.Page < results.PageCount ? Page(filter.Page + 1) : null,
            filter.Page > 1 ? Page(filter.Page - 1) : null,
            request.Absolute(MeetingFilterQuery.Link("/", filter)),
            request.Absolute(MeetingFilterQuery.Link(ExportEndpoints.CsvPath, all)),
            request.Absolute(MeetingFilterQuery.Link(ExportEndpoints.FeedPath, all with { OldestFirst = false })),
            request.Absolute(MeetingFilterQuery.Link(ExportEndpoints.CalendarPath, all with { OldestFirst = false })));
        return TypedResults.Ok(new MeetingPage(
            results.Total,
            filter.Page,
            filter.PageSize,
            results.PageCount,
            [.. results.Ignored, .. ignored],
            results.Rows.Select(r => MeetingItem.From(r, request)).ToList(),
            links)
        {
            Facets = results.Facets,
        });
    }

    private static async Task<Results<Ok<MeetingItem>, RedirectHttpResult, ProblemHttpResult>> GetMeetingAsync(int id, HttpContext context, MeetingBrowser browser, BalkanMeetingsDbContext db)
    {
        if (await browser.RowAsync(id, context.RequestAborted) is { } row)
        {
            return TypedResults.Ok(MeetingItem.From(row, context.Request));
        }

        return await MergedRecords.KeptAsync(db, nameof(Meeting), id, context.RequestAborted) is { } kept
            ? MergedInto(context.Request, PublicUrls.Meeting(kept))
            : NotFound(string.Create(CultureInfo.InvariantCulture, $"There is no meeting number {id}."));
    }

    private static async Task<Ok<ItemList<CountryItem>>> CountriesAsync(HttpContext context, ApiCatalog catalog)
    {
        var countries = await catalog.CountriesAsync(context.RequestAborted);
        var items = countries
            .Select(c => new CountryItem(c.Code, c.Name, c.Meetings, ApiLinks.Meetings(context.Request, new MeetingFilter { Countries = [c.Code] })))
            .ToList();
        return TypedResults.Ok(new ItemList<CountryItem>(items.Count, items));
    }

    private static async Task<Ok<ItemList<TopicItem>>> TopicsAsync(HttpContext context, ApiCatalog catalog)
    {
        var topics = await catalog.TopicsAsync(context.RequestAborted);
        var items = topics
            .Select(t => new TopicItem(t.Id, t.Name, t.Meetings, ApiLinks.Meetings(context.Request, new MeetingFilter { Topics = [t.Id] })))
            .ToList();
        return TypedResults.Ok(new ItemList<TopicItem>(items.Count, items));
    }

    private static async Task<Ok<ItemList<InitiativeItem>>> InitiativesAsync(HttpContext context, ApiCatalog catalog)
    {
        var initiatives = await catalog.InitiativesAsync(context.RequestAborted);
        var items = initiatives
            .Select(i => new InitiativeItem(i.Id, i.Name, i.Objective, i.Timeline, i.Meetings, ApiLinks.Meetings(context.Request, new MeetingFilter { Initiatives = [i.Id] })))
            .ToList();
        return TypedResults.Ok(new ItemList<InitiativeItem>(items.Count, items));
    }

    private static async Task<Ok<PeoplePage>> PeopleAsync(HttpContext context, ApiCatalog catalog)
    {
        var request = context.Request;
        var ignored = new List<string>();
        var official = ApiQueryValues.ReadName(request.Query[MeetingFilterQuery.Official], ignored);
        var size = FilterValueReader.ReadNumber(request.Query[MeetingFilterQuery.PageSize], MeetingFilterQuery.PageSize, 1, MeetingFilter.MaxPageSize, MeetingFilter.DefaultPageSize, ignored);
        var page = FilterValueReader.ReadNumber(request.Query[MeetingFilterQuery.Page], MeetingFilterQuery.Page, 1, int.MaxValue, 1, ignored);

        var (total, people) = await catalog.PeopleAsync(official, page, size, context.RequestAborted);
        var pageCount = Math.Max(1, (total + size - 1) / size);
        if (page > pageCount)
        {
            ignored.Add(string.Create(CultureInfo.InvariantCulture, $"There is no page {page}; this is the last page, {pageCount}."));
            page = pageCount;
            (total, people) = await catalog.PeopleAsync(official, page, size, context.RequestAborted);
        }

        string Page(int number) => ApiLinks.PeoplePage(request, official, number, size);

        return TypedResults.Ok(new PeoplePage(
            total,
            page,
            size,
            pageCount,
            ignored,
            people.Select(p => new PersonItem(p.Id, p.Name, p.IsReference, p.Aliases, p.Meetings, ApiLinks.Person(request, p.Id))).ToList(),
            new PeopleLinks(Page(page), page < pageCount ? Page(page + 1) : null, page > 1 ? Page(page - 1) : null)));
    }

    private static async Task<Results<Ok<PersonDetailItem>, RedirectHttpResult, ProblemHttpResult>> GetPersonAsync(int id, HttpContext context, ApiCatalog catalog, BalkanMeetingsDbContext db)
    {
        if (await catalog.PersonAsync(id, context.RequestAborted) is not { } detail)
        {
            return await MergedRecords.KeptAsync(db, nameof(Person), id, context.RequestAborted) is { } kept
                ? MergedInto(context.Request, PublicUrls.Person(kept))
                : NotFound(string.Create(CultureInfo.InvariantCulture, $"There is no person number {id}."));
        }

        var person = detail.Person;
        return TypedResults.Ok(new PersonDetailItem(
            person.Id,
            person.Name,
            person.IsReference,
            person.Aliases,
            detail.Offices.Select(o => new OfficeItem(o.Title, o.Organization, ValueWords.Day(o.Start)!, ValueWords.Day(o.End), o.SourceUrl)).ToList(),
            person.Meetings,
            ApiLinks.Person(context.Request, person.Id)));
    }

    // A record merged into another leads to the one kept, as its page does. The redirect is temporary (302): a
    // revert of the merge brings the record back at its own address.
    private static RedirectHttpResult MergedInto(HttpRequest request, string keptPath) =>
        TypedResults.Redirect(request.Absolute(Prefix + keptPath));

    private static ProblemHttpResult Unmatched(HttpContext context, string? path)
    {
        if (HttpMethods.IsGet(context.Request.Method))
        {
            return NotFound($"There is no API endpoint “{Prefix}/{path}”. See {Prefix} for the list.");
        }

        context.Response.Headers.Allow = HttpMethods.Get;
        return TypedResults.Problem(
            detail: "The API is read-only: it answers GET only.", statusCode: StatusCodes.Status405MethodNotAllowed, title: "Method not allowed");
    }

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
