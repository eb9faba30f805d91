using BalkanMeetings.Core.Editing;
using BalkanMeetings.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>
/// Merging a duplicate into a person: find them by name (a GET form), compare the two, confirm with a reason (a POST
/// form). See docs/editing.md#merging-and-splitting.
/// </summary>
public sealed partial class PersonMergePage
{
    private IReadOnlyList<PersonMerger.Candidate> _found = [];

    /// <summary>The name searched for.</summary>
    [SupplyParameterFromQuery(Name = "name")]
    public string? Name { get; set; }

    [Inject]
    private PersonMerger PersonMerger { get; set; } = default!;

    protected override RecordMerger Merger => PersonMerger;

    protected override Task<PersonMerger.Candidate?> LoadAsync(int id, CancellationToken cancellationToken) => PersonMerger.DescribeAsync(id, cancellationToken);

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        _found = await PersonMerger.FindAsync(Name ?? string.Empty, Id, cancellationToken);

    protected override string RecordPage(int id) => PublicUrls.Person(id);

    private static string Spellings(PersonMerger.Candidate person) => person.Aliases.Count == 0 ? "(none)" : string.Join(", ", person.Aliases);
}
