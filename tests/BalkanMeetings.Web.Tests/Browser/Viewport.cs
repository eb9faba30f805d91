namespace BalkanMeetings.Web.Tests.Browser;

/// <summary>A browser window size; the phone ones also make Chromium honour the page's viewport meta tag.</summary>
public sealed record Viewport(string Name, int Width, int Height, bool IsMobile)
{
    public static readonly Viewport Desktop = new("desktop", 1280, 800, IsMobile: false);

    public static readonly Viewport Phone = new("phone", 360, 740, IsMobile: true);

    /// <summary>The narrowest width at which the header must still fit on one line.</summary>
    public static readonly Viewport Tablet = new("tablet", 768, 1024, IsMobile: false);

    /// <summary>A common larger phone, the size the first-screen rule is stated for.</summary>
    public static readonly Viewport LargePhone = new("large-phone", 390, 844, IsMobile: true);

    /// <summary>By name, for theories: xunit shows each InlineData("phone") case as its own test.</summary>
    public static Viewport Named(string name) =>
        new[] { Desktop, Phone, Tablet, LargePhone }.SingleOrDefault(v => v.Name == name)
        ?? throw new ArgumentOutOfRangeException(nameof(name), name, "Known viewports: desktop, phone, tablet, large-phone.");
}
