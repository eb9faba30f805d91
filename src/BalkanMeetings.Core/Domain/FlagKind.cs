namespace BalkanMeetings.Core.Domain;

/// <summary>Why the importer doubts a record. Each kind is described, with an example, in docs/data-dictionary.md#review-flags.</summary>
public enum FlagKind
{
    /// <summary>A participant is given an office the reference data says someone else held on the meeting date.</summary>
    RoleDoesNotFitDate = 0,

    /// <summary>The article gives no usable date for a meeting.</summary>
    MissingDate = 1,

    /// <summary>The article dates one meeting in two different ways.</summary>
    ConflictingDates = 2,

    /// <summary>A named person is not in the reference data.</summary>
    UnknownPerson = 3,

    /// <summary>An official is named only by office and could not be identified.</summary>
    UnresolvedOfficial = 4,

    /// <summary>An official named only by office was identified through the office holders on the meeting date.</summary>
    InferredOfficial = 5,

    /// <summary>The article's text was mis-encoded and has been repaired.</summary>
    RepairedEncoding = 6,

    /// <summary>The article announces the meeting and also speaks of it as done.</summary>
    ConflictingStatus = 7,

    /// <summary>Several dates fit what the article says; the importer did not choose one.</summary>
    AmbiguousDate = 8,

    /// <summary>An editor corrected a value, and the article, imported again, now says something else than when they did.</summary>
    ArticleDisagreesWithCorrection = 9,
}
