using Xunit.Abstractions;
using Xunit.Sdk;

namespace BalkanMeetings.Web.Tests.Browser;

/// <summary>A test in a real browser: skipped where Chromium or axe-core is missing outside CI, and in Category=Browser.</summary>
[AttributeUsage(AttributeTargets.Method)]
[TraitDiscoverer("BalkanMeetings.Web.Tests.Browser.BrowserTraitDiscoverer", "BalkanMeetings.Web.Tests")]
public sealed class BrowserFactAttribute : FactAttribute, ITraitAttribute
{
    public BrowserFactAttribute() => Skip = BrowserEnvironment.SkipReason;
}

/// <inheritdoc cref="BrowserFactAttribute" />
[AttributeUsage(AttributeTargets.Method)]
[TraitDiscoverer("BalkanMeetings.Web.Tests.Browser.BrowserTraitDiscoverer", "BalkanMeetings.Web.Tests")]
public sealed class BrowserTheoryAttribute : TheoryAttribute, ITraitAttribute
{
    public BrowserTheoryAttribute() => Skip = BrowserEnvironment.SkipReason;
}

/// <summary>Gives every browser test the trait Category=Browser, so <c>dotnet test --filter Category=Browser</c> picks them.</summary>
public sealed class BrowserTraitDiscoverer : ITraitDiscoverer
{
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute) =>
        [new("Category", "Browser")];
}
