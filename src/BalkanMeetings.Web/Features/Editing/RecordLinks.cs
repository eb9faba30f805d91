using System.Globalization;
using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Web.Features.Editing;

/// <summary>Where each kind of record editors change is shown to readers: a save goes back there, the history links to it.</summary>
public static class RecordLinks
{
    public static string Page(string recordType, int id)
    {
        var n = id.ToString(CultureInfo.InvariantCulture);
        return recordType switch
        {
            nameof(Meeting) => $"/meetings/{n}",
            nameof(Person) => $"/people/{n}",

            // Topics and initiatives have no page of their own; their lists hold an entry for each.
            nameof(Topic) => $"/topics#topic-{n}",
            nameof(Initiative) => $"/initiatives#initiative-{n}",
            _ => "/",
        };
    }
}
