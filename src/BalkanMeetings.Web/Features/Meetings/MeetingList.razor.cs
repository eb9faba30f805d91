using System.Globalization;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Web.Components;
using BalkanMeetings.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Features.Meetings;

/// <summary>The home page: every meeting, newest first, narrowed by filters that all live in the query string.</summary>
public sealed partial class MeetingList
{
    private MeetingResults? _results;
    private List<CountryRef> _countries = [];
    private List<Chip> _chips = [];
    private string? _from;
    private string? _to;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    /// <summary>A filter in use, as the reader sees it, and the link to the same page without it.</summary>
    private sealed record Chip(string Label, string RemoveHref);

    protected override async Task OnInitializedAsync()
    {
        var parsed = await HttpContext.Request.ReadMeetingFilterAsync(Browser);
        _results = await Browser.ListAsync(parsed, withFacets: true, HttpContext.RequestAborted);
        _countries = await Browser.CountriesAsync(HttpContext.RequestAborted);
        var pairs = MeetingFilterQuery.ToPairs(_results.Filter);
        _from = pairs.FirstOrDefault(p => p.Key == MeetingFilterQuery.From).Value;
        _to = pairs.FirstOrDefault(p => p.Key == MeetingFilterQuery.To).Value;
        _chips = Chips(_results);
    }

    /// <summary>The folded filters show when one of them is in use, so the reader sees everything that narrows the list.</summary>
    private bool MoreFiltersInUse => _results!.Filter is var filter
        && (filter.From is not null || filter.To is not null || filter.Status is not null || filter.OldestFirst || filter.OpenFlagsOnly);

    private static string Link(MeetingFilter filter) => MeetingFilterQuery.Link("/", filter);

    /// <summary>The link that adds a facet value to its filter, or takes it out when it is in already.</summary>
    private string Toggle<T>(Func<MeetingFilter, IReadOnlyList<T>> values, Func<MeetingFilter, IReadOnlyList<T>, MeetingFilter> with, T value)
    {
        var filter = _results!.Filter.FirstPage();
        var current = values(filter);
        return Link(with(filter, current.Contains(value) ? current.Where(v => !Equals(v, value)).ToList() : [.. current, value]));
    }

    private bool IsYear(FacetValue year) => _results!.Filter is { From: { } from, To: { } to }
        && from == YearStart(year) && to == YearStart(year).AddYears(1).AddDays(-1);

    private string YearHref(FacetValue year) => IsYear(year)
        ? Link(_results!.Filter.FirstPage() with { From = null, To = null })
        : Link(_results!.Filter.FirstPage() with { From = YearStart(year), To = YearStart(year).AddYears(1).AddDays(-1) });

    private bool IsMonth(FacetValue month) => _results!.Filter is { From: { } from, To: { } to }
        && from == MonthStart(month) && to == MonthStart(month).AddMonths(1).AddDays(-1);

    /// <summary>A chosen month goes back to its year when removed.</summary>
    private string MonthHref(FacetValue month) => IsMonth(month)
        ? Link(_results!.Filter.FirstPage() with { From = new DateOnly(MonthStart(month).Year, 1, 1), To = new DateOnly(MonthStart(month).Year, 12, 31) })
        : Link(_results!.Filter.FirstPage() with { From = MonthStart(month), To = MonthStart(month).AddMonths(1).AddDays(-1) });

    private string StatusHref(FacetValue status) =>
        Link(_results!.Filter.FirstPage() with
        {
            Status = _results.Filter.Status?.ToString() == status.Label ? null : Enum.Parse<MeetingStatus>(status.Label),
        });

    private static FacetValue[] FlagValues(MeetingFacets facets) => [new("open", "Open review flags", facets.WithOpenFlags)];

    private static DateOnly YearStart(FacetValue year) => new(int.Parse(year.Value, CultureInfo.InvariantCulture), 1, 1);

    private static DateOnly MonthStart(FacetValue month) => DateOnly.ParseExact(month.Value, "yyyy-MM", CultureInfo.InvariantCulture);

    private static List<Chip> Chips(MeetingResults results)
    {
        var filter = results.Filter.FirstPage();
        var chips = new List<Chip>();
        void Add(string label, MeetingFilter without) => chips.Add(new Chip(label, Link(without)));

        foreach (var code in filter.Countries)
        {
            Add(results.LabelOf(MeetingFilterQuery.Country, code), filter with { Countries = filter.Countries.Where(c => c != code).ToList() });
        }

        if (filter.From is not null || filter.To is not null)
        {
            var range = (filter.From, filter.To) switch
            {
                ({ } from, { } to) => $"{Display.Day(from)} – {Display.Day(to)}",
                ({ } from, null) => $"From {Display.Day(from)}",
                (null, { } to) => $"Until {Display.Day(to)}",
                _ => "",
            };
            Add(range, filter with { From = null, To = null });
        }

        foreach (var person in filter.People)
        {
            Add(results.LabelOf(MeetingFilterQuery.Person, person.ToString(CultureInfo.InvariantCulture)), filter with { People = filter.People.Where(p => p != person).ToList() });
        }

        if (filter.Official is { } official)
        {
            Add($"Official “{official}”", filter with { Official = null });
        }

        foreach (var office in filter.Offices)
        {
            Add(office, filter with { Offices = filter.Offices.Where(o => o != office).ToList() });
        }

        foreach (var topic in filter.Topics)
        {
            Add(results.LabelOf(MeetingFilterQuery.Topic, topic.ToString(CultureInfo.InvariantCulture)), filter with { Topics = filter.Topics.Where(t => t != topic).ToList() });
        }

        foreach (var initiative in filter.Initiatives)
        {
            Add(results.LabelOf(MeetingFilterQuery.Initiative, initiative.ToString(CultureInfo.InvariantCulture)), filter with { Initiatives = filter.Initiatives.Where(i => i != initiative).ToList() });
        }

        if (filter.Status is { } status)
        {
            Add(status == MeetingStatus.Planned ? "Planned" : "Held", filter with { Status = null });
        }

        if (filter.OpenFlagsOnly)
        {
            Add("Open review flags", filter with { OpenFlagsOnly = false });
        }

        if (filter.Query is { } query)
        {
            Add($"Words “{query}”", filter with { Query = null });
        }

        return chips;
    }
}
