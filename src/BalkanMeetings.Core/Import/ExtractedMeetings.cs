using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Extraction;

namespace BalkanMeetings.Core.Import;

internal static class ExtractedMeetings
{
    /// <summary>The meeting's own fields as the article alone gives them.</summary>
    public static Meeting ToMeeting(this ExtractedMeeting extracted) => new()
    {
        Title = extracted.Title,
        Date = extracted.Date,
        DatePrecision = extracted.DatePrecision,
        DateOrigin = extracted.DateOrigin,
        City = extracted.City,
        Venue = extracted.Venue,
        Kind = extracted.Kind,
        Status = extracted.Status,
        Summary = extracted.Summary,
        Version = 1,
    };
}
