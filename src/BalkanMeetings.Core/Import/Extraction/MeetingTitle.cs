using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>The title the importer gives a meeting: who met whom, and where.</summary>
internal static class MeetingTitle
{
    public static string Of(IReadOnlyList<ExtractedParticipant> participants, string? city, MeetingKind kind)
    {
        var nato = participants.FirstOrDefault(p => p.Organization == ReferenceIndex.Nato);
        var host = participants.FirstOrDefault(p => p.Organization != ReferenceIndex.Nato);
        var natoName = nato is null ? "NATO" : nato.Name ?? $"NATO {nato.Role}";
        return kind switch
        {
            MeetingKind.Call => $"{natoName} call with {host?.Name ?? host?.Organization ?? "Western Balkans officials"}",
            _ when host is not null => $"{natoName} meets {host.Name ?? $"{host.Organization} {host.Role}"}" + (city is null ? string.Empty : $" in {city}"),
            _ => $"{natoName}" + (city is null ? " meeting" : $" in {city}"),
        };
    }
}
