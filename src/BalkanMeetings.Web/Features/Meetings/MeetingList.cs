using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Features.Meetings;

public sealed partial class MeetingList
{
    public sealed record MeetingRow(int Id, string Title, DateOnly? Date, DatePrecision Precision, string? City, MeetingStatus Status, IReadOnlyList<string> Countries, IReadOnlyList<string> People, int OpenFlags);

    /// <summary>Meetings, newest first (undated last), with their countries, people and open review flags.</summary>
    public static async Task<List<MeetingRow>> QueryAsync(BalkanMeetingsDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Meetings.AsNoTracking()
            .OrderBy(m => m.Date == null)
            .ThenByDescending(m => m.Date)
            .ThenBy(m => m.Id)
            .Select(m => new
            {
                m.Id,
                m.Title,
                m.Date,
                m.DatePrecision,
                m.City,
                m.Status,
                Countries = m.Countries.Select(c => c.Country!.Name).ToList(),
                People = m.Participants.Select(p => p.Person != null ? p.Person.Name : p.Role).ToList(),
                OpenFlags = db.ReviewFlags.Count(f => f.Status == FlagStatus.Open
                    && ((f.RecordType == nameof(Meeting) && f.RecordId == m.Id)
                        || (f.RecordType == nameof(Participation) && m.Participants.Any(p => p.Id == f.RecordId)))),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return rows.Select(r => new MeetingRow(r.Id, r.Title, r.Date, r.DatePrecision, r.City, r.Status, r.Countries, r.People, r.OpenFlags)).ToList();
    }

    /// <summary>A date as precise as it is known: <c>16 Dec 2024</c>, <c>May 2021</c>, <c>date unknown</c>.</summary>
    public static string FormatDate(DateOnly? date, DatePrecision precision) => date is not { } d ? "date unknown" : precision switch
    {
        DatePrecision.Day => d.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => d.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Year => d.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        _ => "date unknown",
    };
}
