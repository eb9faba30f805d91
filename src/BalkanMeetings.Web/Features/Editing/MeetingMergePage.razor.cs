using System.Globalization;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Editing;
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

    [Inject]
    private MeetingDetailsQuery Details { get; set; } = default!;

    protected override RecordMerger Merger => MeetingMerger;

    protected override Task<MeetingDetails?> LoadAsync(int id, CancellationToken cancellationToken) => Details.LoadAsync(id, cancellationToken);

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        _suggestions = await MeetingMerger.SuggestAsync(Id, cancellationToken);

    protected override string RecordPage(int id) => "/meetings/" + id.ToString(CultureInfo.InvariantCulture);

    private static string Place(MeetingDetails meeting) =>
        string.Join(", ", new[] { meeting.Venue, meeting.City }.OfType<string>()) is { Length: > 0 } place ? place : "(unknown)";
}
