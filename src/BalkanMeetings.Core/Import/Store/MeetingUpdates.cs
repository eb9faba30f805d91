using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Import.Extraction;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Import.Store;

/// <summary>
/// Brings a tracked meeting in line with what the article now says, leaving every value an editor corrected alone:
/// its own fields (only when the article is its sole source), countries, topics and participants. See
/// docs/import.md#storing and docs/editing.md#re-import.
/// </summary>
internal sealed class MeetingUpdates(BalkanMeetingsDbContext db, ArticleCorrections corrections)
{
    public bool UpdateFields(Meeting meeting, ExtractedMeeting extracted)
    {
        bool Free(string field) => !corrections.Has(nameof(Meeting), meeting.Id, field);
        var changed = false;
        void Set<T>(string field, T current, T value, Action<T> set)
        {
            if (Free(field) && !EqualityComparer<T>.Default.Equals(current, value))
            {
                set(value);
                changed = true;
            }
        }

        Set(MeetingRecord.Title, meeting.Title, extracted.Title, v => meeting.Title = v);
        Set(MeetingRecord.Date, (meeting.Date, meeting.DatePrecision), (extracted.Date, extracted.DatePrecision), v => (meeting.Date, meeting.DatePrecision) = v);
        if (Free(MeetingRecord.Date))
        {
            // A corrected date's origin is the editor's too.
            Set(MeetingRecord.DateOrigin, meeting.DateOrigin, extracted.DateOrigin, v => meeting.DateOrigin = v);
        }

        Set(MeetingRecord.City, meeting.City, extracted.City, v => meeting.City = v);
        Set(MeetingRecord.Venue, meeting.Venue, extracted.Venue, v => meeting.Venue = v);
        Set(MeetingRecord.Kind, meeting.Kind, extracted.Kind, v => meeting.Kind = v);
        Set(MeetingRecord.Status, meeting.Status, extracted.Status, v => meeting.Status = v);
        Set(MeetingRecord.Summary, meeting.Summary, extracted.Summary, v => meeting.Summary = v);
        return changed;
    }

    // The article's countries: all of them for a meeting only it reports, added to the others' otherwise.
    public bool UpdateCountries(MeetingTarget target, IReadOnlyCollection<string> codes)
    {
        var meeting = target.Meeting;
        if (corrections.Has(nameof(Meeting), meeting.Id, MeetingRecord.Countries))
        {
            return false;
        }

        var added = codes.Where(code => meeting.Countries.All(c => c.CountryCode != code)).ToList();
        meeting.Countries.AddRange(added.Select(code => new MeetingCountry { CountryCode = code }));
        var removed = target.Sole ? meeting.Countries.RemoveAll(c => !codes.Contains(c.CountryCode)) : 0;
        return added.Count + removed > 0;
    }

    // Links are written with the article's other rows (ArticleContents); stale ones of a meeting only this article
    // reports go now, in one statement (a rewritten article drops a dozen or so, which one by one would cost as much as
    // the rest of it).
    public async Task<bool> UpdateTopicsAsync(MeetingTarget target, List<int> topicIds, CancellationToken cancellationToken)
    {
        var meeting = target.Meeting;
        if (corrections.Has(nameof(Meeting), meeting.Id, MeetingRecord.Topics))
        {
            return false;
        }

        target.LinksTopics = true;

        // A merged meeting's topics are not loaded; the new source changes it anyway.
        if (target.Source != TargetSource.Own)
        {
            return false;
        }

        var stale = target.Sole ? meeting.Topics.Where(t => !topicIds.Contains(t.TopicId)).ToList() : [];
        if (stale.Count > 0)
        {
            foreach (var link in stale)
            {
                meeting.Topics.Remove(link);
                db.Entry(link).State = EntityState.Detached;
            }

            await db.MeetingTopics.Where(t => t.MeetingId == meeting.Id && !topicIds.Contains(t.TopicId)).ExecuteDeleteAsync(cancellationToken);
        }

        return stale.Count > 0 || topicIds.Any(id => meeting.Topics.All(t => t.TopicId != id));
    }

    // The participants the article names, matched to the rows its earlier version wrote by person (by role and
    // organisation for an official it could not name): those rows are updated, the rest of its rows go, new ones
    // are added. A participant another article already gave the meeting is not added twice. A corrected list is
    // left as it is: participants then point at the rows the editor kept, if any.
    public void UpdateParticipants(MeetingTarget target, int articleId, ExtractedMeeting extracted, List<int?> people)
    {
        var meeting = target.Meeting;
        var corrected = corrections.Has(nameof(Meeting), meeting.Id, MeetingRecord.Participants);
        var earlier = meeting.Participants.Where(p => p.ArticleId == articleId).ToList();
        var kept = new HashSet<Participation>();
        for (var k = 0; k < extracted.Participants.Count; k++)
        {
            var participant = extracted.Participants[k];
            var personId = people[k];
            bool Same(Participation p) => personId is { } id ? p.PersonId == id
                : participant.Name is null && p.PersonId is null && p.Role == participant.Role && p.Organization == participant.Organization;

            var row = earlier.FirstOrDefault(Same) ?? meeting.Participants.FirstOrDefault(Same);
            if (row is not null)
            {
                if (!corrected && earlier.Contains(row))
                {
                    target.Changed |= Update(row, participant);
                }

                kept.Add(row);
                target.Participants.Add(row);
                continue;
            }

            if (corrected)
            {
                target.Participants.Add(null);
                continue;
            }

            row = new Participation
            {
                PersonId = personId,
                NameAsWritten = participant.NameAsWritten,
                NameOrigin = participant.NameOrigin,
                Role = participant.Role,
                Organization = participant.Organization,
                ArticleId = articleId,
            };
            meeting.Participants.Add(row);
            target.Participants.Add(row);
            target.Changed = true;
        }

        if (!corrected)
        {
            foreach (var stale in earlier.Where(p => !kept.Contains(p)))
            {
                meeting.Participants.Remove(stale);
                db.Remove(stale);
                target.Changed = true;
            }
        }
    }

    private static bool Update(Participation row, ExtractedParticipant participant)
    {
        if (row.NameAsWritten == participant.NameAsWritten && row.NameOrigin == participant.NameOrigin
            && row.Role == participant.Role && row.Organization == participant.Organization)
        {
            return false;
        }

        (row.NameAsWritten, row.NameOrigin, row.Role, row.Organization) = (participant.NameAsWritten, participant.NameOrigin, participant.Role, participant.Organization);
        return true;
    }
}
