namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>One decision of the extraction: which rule chose which value, from which words.</summary>
public sealed record TraceEntry(string Rule, MeetingDraft? Meeting, string Field, string Value, TextSpan? Span);

/// <summary>Why each extracted value is what it is, for <c>extract --explain</c>. See docs/import.md#explain.</summary>
public sealed class ExtractionTrace
{
    private readonly List<TraceEntry> _entries = [];

    public IReadOnlyList<TraceEntry> Entries => _entries;

    public void Add(string rule, MeetingDraft? meeting, string field, string value, TextSpan? span) =>
        _entries.Add(new TraceEntry(rule, meeting, field, value, span));
}
