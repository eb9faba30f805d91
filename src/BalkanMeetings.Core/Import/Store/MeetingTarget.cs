using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Import.Store;

/// <summary>Where a meeting the article reports goes.</summary>
internal enum TargetSource
{
    /// <summary>A meeting no stored article reports: created.</summary>
    New,

    /// <summary>A meeting another article reported: the article becomes one more source.</summary>
    Merged,

    /// <summary>The meeting the earlier version of the article reported: updated in place.</summary>
    Own,
}

/// <summary>One meeting the article reports, and the stored (tracked) meeting it goes to.</summary>
internal sealed class MeetingTarget(Meeting meeting, TargetSource source, bool sole)
{
    public Meeting Meeting { get; } = meeting;

    public TargetSource Source { get; } = source;

    /// <summary>True when the article is the meeting's only source, so its values replace the stored ones.</summary>
    public bool Sole { get; } = sole;

    /// <summary>The row each extracted participant went to; null for one a corrected list leaves out.</summary>
    public List<Participation?> Participants { get; } = [];

    public bool Changed { get; set; }

    public bool LinksTopics { get; set; }
}
