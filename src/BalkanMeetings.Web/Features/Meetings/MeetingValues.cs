using System.Globalization;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Web.Features.Meetings;

/// <summary>How the meeting page names and places the values of a record, shared by its sections.</summary>
public static class MeetingValues
{
    /// <summary>What a value is, in words: the title of a highlight's link and the name of a flag's subject.</summary>
    public static string Describe(this MeetingDetails meeting, RecordValue value)
    {
        switch (value.RecordType)
        {
            case nameof(Meeting):
                return MeetingWords.MeetingField(value.Field);
            case nameof(Participation):
                var who = meeting.Participants.FirstOrDefault(p => p.Id == value.RecordId) is { } participant
                    ? participant.Name ?? participant.Office
                    : "a participant";
                return MeetingWords.ParticipantField(value.Field, who);
            case nameof(Topic):
                return "Topic: " + (meeting.Topics.FirstOrDefault(t => t.Id == value.RecordId)?.Name ?? "?");
            case nameof(Initiative):
                return "Initiative: " + (meeting.Initiatives.FirstOrDefault(i => i.Id == value.RecordId)?.Name ?? "?");
            case nameof(Quote):
                return "Quote";
            case nameof(ArticleTable):
                return "Table " + Number(meeting.TableNumber(value.RecordId)) + " of the record";
            case nameof(Article):
                return "The source article" + (meeting.Sources.Count > 1 ? " " + Number(meeting.SourceNumber(value.RecordId)) : "");
            default:
                return "This meeting";
        }
    }

    /// <summary>Flags point at values of the record; those the page does not show point at the record as a whole.</summary>
    public static string FlagTarget(this MeetingDetails meeting, FlagDetails flag) => flag.Value.RecordType switch
    {
        nameof(Meeting) when flag.Value.Field is nameof(Meeting.Date) or nameof(Meeting.City) or nameof(Meeting.Status) => MeetingWords.ValueId(flag.Value),
        nameof(Participation) when meeting.Participants.Any(p => p.Id == flag.Value.RecordId) =>
            MeetingWords.ValueId(flag.Value with { Field = flag.Value.Field == nameof(Participation.Role) ? nameof(Participation.Role) : nameof(Participation.Person) }),
        nameof(Article) when meeting.Sources.Any(s => s.Id == flag.Value.RecordId) => MeetingWords.ValueId(flag.Value),
        _ => "record",
    };

    public static int SourceNumber(this MeetingDetails meeting, int articleId) => meeting.Sources.ToList().FindIndex(s => s.Id == articleId) + 1;

    public static int TableNumber(this MeetingDetails meeting, int tableId) => meeting.Tables.ToList().FindIndex(t => t.Id == tableId) + 1;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
