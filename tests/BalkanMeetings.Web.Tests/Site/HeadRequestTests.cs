using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Site;

public sealed partial class HeadRequestTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Every_get_route_answers_head_with_the_status_and_headers_of_get_and_no_body()
    {
        var addresses = GetAddresses();
        Assert.True(addresses.Count >= 30, $"Only {addresses.Count} routes were found: {string.Join(", ", addresses)}");
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var wrong = new List<string>();
        foreach (var address in addresses)
        {
            using var get = await client.GetAsync(new Uri(address, UriKind.Relative));
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, address));
            var body = await head.Content.ReadAsByteArrayAsync();
            if (head.StatusCode != get.StatusCode || body.Length > 0 || head.Content.Headers.ContentType?.MediaType != get.Content.Headers.ContentType?.MediaType)
            {
                wrong.Add($"{address}: GET {(int)get.StatusCode} {get.Content.Headers.ContentType}, HEAD {(int)head.StatusCode} {head.Content.Headers.ContentType} with {body.Length} bytes");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    /// <summary>An address of every route that answers GET, with its parameters filled in from the seeds.</summary>
    private List<string> GetAddresses() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Select(route => Parameter().Replace(route, m => m.Groups["name"].Value switch
            {
                "Code" when m.Value.Contains(":int", StringComparison.Ordinal) => "404",
                "Code" => "me",
                "RecordType" => "Meeting",
                "documentName" => "v1",
                "path" => "nothing-here",
                _ => "1",
            }))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"\{\*?(?<name>[A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();
}
