using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Web.Features.Api;
using BalkanMeetings.Web.Features.Export;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Features.Api;

public sealed partial class ApiDocumentationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly string ApiDoc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "api.md"));

    private static readonly string[] PublicPrefixes = ["/api/", "/export/", "/feed/", "/calendar"];

    [Fact]
    public void The_csv_columns_table_lists_every_column_in_order()
    {
        // The first table under the heading.
        var table = ApiDoc[ApiDoc.IndexOf("### CSV columns", StringComparison.Ordinal)..].Split('\n')
            .SkipWhile(line => !line.StartsWith('|'))
            .TakeWhile(line => line.StartsWith('|'));

        var documented = table.Select(line => TableRow().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(MeetingCsv.Columns, documented);
    }

    [Fact]
    public void Every_filter_parameter_is_documented()
    {
        var parameters = typeof(MeetingFilterQuery).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

        Assert.All(parameters, p => Assert.Contains($"| `{p}` |", ApiDoc, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_public_route_is_documented_and_every_documented_route_exists()
    {
        using var client = factory.CreateClient();
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + Constraint().Replace(e.RoutePattern.RawText!.TrimStart('/'), "}"))
            .Where(p => PublicPrefixes.Any(prefix => p.StartsWith(prefix, StringComparison.Ordinal)))
            .ToHashSet();

        var documented = DocumentedRoute().Matches(ApiDoc).Select(m => m.Groups[1].Value)
            .Where(p => PublicPrefixes.Any(prefix => p.StartsWith(prefix, StringComparison.Ordinal)))
            .ToHashSet();

        Assert.Equal(12, routes.Count);
        Assert.Equal(routes.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint_with_the_filter_parameters()
    {
        using var client = factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var paths = document.RootElement.GetProperty("paths");
        var described = paths.EnumerateObject().Select(p => p.Name).ToHashSet();
        var documented = DocumentedRoute().Matches(ApiDoc).Select(m => m.Groups[1].Value).Where(p => !p.StartsWith("/openapi", StringComparison.Ordinal));
        Assert.All(documented, route => Assert.Contains(route, described));
        var meetingParameters = paths.GetProperty("/api/meetings").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains(MeetingFilterQuery.Country, meetingParameters);
        Assert.Contains(MeetingFilterQuery.PageSize, meetingParameters);
        Assert.Contains(MeetingFilterQuery.Official, paths.GetProperty("/api/people").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("ListMeetings", paths.GetProperty("/api/meetings").GetProperty("get").GetProperty("operationId").GetString());
    }

    [Fact]
    public async Task The_openapi_document_lists_the_facets_switch_and_the_error_answers()
    {
        using var client = factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var paths = document.RootElement.GetProperty("paths");
        var facets = paths.GetProperty("/api/meetings").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == FilterParameters.Facets);
        Assert.Equal("query", facets.GetProperty("in").GetString());
        Assert.Equal("boolean", facets.GetProperty("schema").GetProperty("type").GetString());
        foreach (var path in new[] { "/api/meetings/{id}", "/api/people/{id}" })
        {
            var responses = paths.GetProperty(path).GetProperty("get").GetProperty("responses");
            Assert.True(responses.TryGetProperty("302", out _), $"{path} does not list its redirect");
            Assert.True(responses.GetProperty("404").GetProperty("content").TryGetProperty("application/problem+json", out _), $"{path} does not list its 404 problem");
        }
    }

    [Fact]
    public async Task The_api_page_explains_the_data_and_every_example_link_works()
    {
        using var client = factory.CreateClient();
        var page = await factory.GetPageAsync("/api");

        var examples = page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!)
            .Where(href => PublicPrefixes.Append("/openapi/").Any(prefix => href.StartsWith(prefix, StringComparison.Ordinal)))
            .ToList();

        Assert.Equal("Data and API", page.QuerySelector("h1")!.TextContent);
        Assert.True(examples.Count >= 9);
        foreach (var href in examples)
        {
            using var response = await client.GetAsync(new Uri(href, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href} answered {response.StatusCode}");
        }
    }

    [GeneratedRegex(@"^\| `([a-z_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"`GET (/[^`?]*)`")]
    private static partial Regex DocumentedRoute();

    [GeneratedRegex(@":[a-z]+\}")]
    private static partial Regex Constraint();
}
