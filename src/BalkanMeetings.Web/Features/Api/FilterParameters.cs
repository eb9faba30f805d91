using System.Globalization;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Search;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace BalkanMeetings.Web.Features.Api;

/// <summary>
/// The meeting filter's query parameters in the OpenAPI document. The endpoints read them from the query string
/// themselves (never through binding, which would answer a bad value with 400 instead of ignoring it), so the
/// document learns of them from these markers.
/// </summary>
public sealed class FilterParameters
{
    // The lists come first: static initialisers run in the order they are written.
    public sealed record Parameter(string Name, bool Repeatable, string Description, bool IsSwitch = false);

    public const string Facets = "facets";

    public static IReadOnlyList<Parameter> Filters { get; } =
    [
        new(MeetingFilterQuery.Country, true, "A country's ISO code (RS; XK for Kosovo) or name, any case. Repeat for several: meetings involving all of them."),
        new(MeetingFilterQuery.From, false, "Start of a date range: 2024, 2024-05 or 2024-05-16; a year or month stands for its first day. Leaves out undated meetings."),
        new(MeetingFilterQuery.To, false, "End of a date range, in the same forms; a year or month stands for its last day."),
        new(MeetingFilterQuery.Person, true, "A person's id (see /api/people). Repeat for several: meetings with all of them."),
        new(MeetingFilterQuery.Official, false, string.Create(CultureInfo.InvariantCulture, $"A name as typed (up to {MeetingFilterQuery.MaxNameLength} characters), matched against names and aliases without diacritics and in Cyrillic.")),
        new(MeetingFilterQuery.Office, true, "An office as held at the meeting, \"Role of Organization\", e.g. Secretary General of NATO."),
        new(MeetingFilterQuery.Topic, true, "A topic's id (see /api/topics)."),
        new(MeetingFilterQuery.Initiative, true, "An initiative's id (see /api/initiatives)."),
        new(MeetingFilterQuery.Status, false, "held or planned."),
        new(MeetingFilterQuery.Flags, false, "open: only meetings with a review flag nobody has resolved yet."),
        new(MeetingFilterQuery.Query, false, string.Create(CultureInfo.InvariantCulture, $"Words searched in the meetings and their articles, all of them must appear; end a word with * to match its beginning. Cut to {SearchQuery.MaxLength} characters or {SearchQuery.MaxTerms} words.")),
        new(MeetingFilterQuery.Sort, false, "newest (the default) or oldest; undated meetings come last either way."),
    ];

    public static IReadOnlyList<Parameter> Paging { get; } =
    [
        new(MeetingFilterQuery.Page, false, "Page number from 1; a page past the end gives the last page."),
        new(MeetingFilterQuery.PageSize, false, string.Create(CultureInfo.InvariantCulture, $"Meetings per page, 1 to {MeetingFilter.MaxPageSize}; {MeetingFilter.DefaultPageSize} by default.")),
    ];

    private FilterParameters(IReadOnlyList<Parameter> parameters) => Parameters = parameters;

    /// <summary>Filters only: exports and the feed take every match.</summary>
    public static FilterParameters Unpaged { get; } = new(Filters);

    /// <summary>Filters, sort and paging.</summary>
    public static FilterParameters Paged { get; } = new([.. Filters, .. Paging]);

    /// <summary>Filters, sort and paging, and the facet counts the meetings list shows beside its results.</summary>
    public static FilterParameters PagedWithFacets { get; } = new(
    [
        .. Filters,
        .. Paging,
        new(Facets, false, "true adds \"facets\": for each filter, its values among the matching meetings with their counts. Any value but true, 1, false or 0 is ignored and listed in \"ignored\".", IsSwitch: true),
    ]);

    /// <summary>A name to look for, and paging.</summary>
    public static FilterParameters People { get; } = new(
    [
        new(MeetingFilterQuery.Official, false, string.Create(CultureInfo.InvariantCulture, $"A name as typed (up to {MeetingFilterQuery.MaxNameLength} characters), matched against names and aliases without diacritics and in Cyrillic; everyone when left out.")),
        .. Paging,
    ]);

    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>An operation transformer: adds the parameters to operations whose endpoint carries a marker.</summary>
    public static Task AddToOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<FilterParameters>().FirstOrDefault() is not { } marker)
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        foreach (var parameter in marker.Parameters)
        {
            var text = new OpenApiSchema { Type = parameter.IsSwitch ? JsonSchemaType.Boolean : JsonSchemaType.String };
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = parameter.Name,
                In = ParameterLocation.Query,
                Description = parameter.Description,
                Required = false,
                Style = ParameterStyle.Form,
                Explode = true,
                Schema = parameter.Repeatable ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = text } : text,
            });
        }

        return Task.CompletedTask;
    }
}
