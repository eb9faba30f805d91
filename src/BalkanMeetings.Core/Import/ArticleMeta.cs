namespace BalkanMeetings.Core.Import;

/// <summary>The optional sidecar <c>NAME.meta.json</c> of an article. See docs/import.md#sidecar.</summary>
public sealed record ArticleMeta(string? Title, string? Publisher, string? SourceUrl, DateOnly? Published, string? Byline = null, string? Language = null);
