using BalkanMeetings.Core.Editing;
using BalkanMeetings.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// Merging another record of the same meeting into this one: choose it by number or from the suggestions (a GET form),
/// compare the two side by side, confirm with a reason (a POST form). See docs/editing.md#merging-and-splitting.
/// </summary>
public sealed partial class MeetingMergePage
{
    private IReadOnlyList<MeetingMerger.Suggestion> _suggestions = [];

    [Inject]
    private MeetingMerger MeetingMerger { get; set; } = default!;

    protected override RecordMerger Merger => MeetingMerger;

    protected override Task<MeetingMerger.Outline?> LoadAsync(int id, CancellationToken cancellationToken) => MeetingMerger.DescribeAsync(id, cancellationToken);

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        _suggestions = await MeetingMerger.SuggestAsync(Id, cancellationToken);

    protected override string RecordPage(int id) => PublicUrls.Meeting(id);

    private static string Place(MeetingMerger.Outline meeting) =>
        string.Join(", ", new[] { meeting.Venue, meeting.City }.OfType<string>()) is { Length: > 0 } place ? place : "(unknown)";
}
