using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Import.Checks;

/// <summary>
/// A review flag the checks raised, before anything of the article is stored. It names its record either by id (a
/// record stored before, such as a corrected meeting) or by its place in the article (the article itself, its
/// meeting <see cref="MeetingIndex"/>, that meeting's participant <see cref="ParticipantIndex"/>), which the flag
/// writer turns into the id the record was stored under.
/// </summary>
internal sealed record RaisedFlag(
    FlagKind Kind,
    FlagSeverity Severity,
    string Message,
    string? Field,
    string? Evidence,
    string? ReferenceRow,
    int? MeetingIndex = null,
    int? ParticipantIndex = null,
    StoredRecord? Record = null);

/// <summary>A record stored before this article, and the meeting a flag on it belongs to.</summary>
internal sealed record StoredRecord(string RecordType, int RecordId, int? MeetingId);
