using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace BalkanMeetings.Web.Infrastructure;

/// <summary>The site's public address (<c>Site:BaseUrl</c>), and how its answers travel: compressed, never framed.</summary>
public static class PublicSite
{
    public const string BaseUrlSetting = "Site:BaseUrl";

    /// <summary>Types compressed besides the framework's defaults (HTML, JSON, CSS, plain text, XML).</summary>
    private static readonly string[] AlsoCompressed = ["text/csv", "application/atom+xml", "text/calendar", "application/problem+json"];

    public static IServiceCollection AddPublicSite(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(new SiteAddress(configuration[BaseUrlSetting]));

        // Over HTTPS too: the only secret in a page body is the antiforgery token, which differs in every response,
        // so compression gives an attacker nothing to compare (BREACH).
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, .. AlsoCompressed];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);

        // Every response already says X-Frame-Options: DENY (SecurityHeaders); antiforgery's SAMEORIGIN would contradict it.
        services.AddAntiforgery(o => o.SuppressXFrameOptionsHeader = true);
        return services;
    }
}

/// <summary>
/// The configured public address of the site, which absolute links (exports, feeds, the API, canonical links) start
/// with; null when none is set, and links then follow the request (fine on one's own machine, not behind a proxy that
/// passes any Host header on, see README).
/// </summary>
public sealed class SiteAddress(string? baseUrl)
{
    public string? Text { get; } = string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl.Trim().TrimEnd('/');

    /// <summary>What is wrong with the setting, or null when it can be used.</summary>
    public string? Problem =>
        Text is null || (Core.Import.WebAddress.Parse(Text) is { } uri && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0)
            ? null
            : $"{PublicSite.BaseUrlSetting} is \"{Text}\"; it must be the site's http or https address, such as https://meetings.example.org, without query or fragment.";
}
