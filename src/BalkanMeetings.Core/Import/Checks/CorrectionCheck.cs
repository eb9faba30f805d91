using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Import.Extraction;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Import.Checks;

/// <summary>
/// For every corrected value of a record the article touches: what the importer would store now, compared with what
/// it would have stored when the value was corrected (see <see cref="ArticleCorrections.Compare"/>). Runs before the
/// article's rows are written, on the meetings as the store is about to write them. See docs/editing.md#re-import.
/// </summary>
internal sealed class CorrectionCheck(BalkanMeetingsDbContext db, ImportCatalog catalog, ArticleCorrections corrections)
{
    private static readonly string[] ValueFields =
        [MeetingRecord.Title, MeetingRecord.Date, MeetingRecord.City, MeetingRecord.Venue, MeetingRecord.Kind, MeetingRecord.Status, MeetingRecord.Summary];

    private static readonly string[] ListFields = [MeetingRecord.Countries, MeetingRecord.Topics, MeetingRecord.Initiatives];

    /// <summary>One meeting the article reports and the stored one it goes to; a new one has no corrections.</summary>
    public sealed record Target(Meeting Meeting, bool IsNew, bool Sole);

    /// <summary>What the article names, by id (see <c>Store.ArticleNames</c>).</summary>
    public sealed record Names(List<List<int?>> People, List<IReadOnlyCollection<string>> CountryCodes, List<int> TopicIds, List<int> InitiativeIds);

    public async Task<List<Disagreement>> CompareAsync(int articleId, ExtractedArticle extracted, IReadOnlyList<Target> targets, Names names, CancellationToken cancellationToken)
    {
        var labels = new ItemLabels(db, catalog);
        for (var k = 0; k < targets.Count; k++)
        {
            var target = targets[k];
            if (target.IsNew || !corrections.AnyOn(nameof(Meeting), target.Meeting.Id))
            {
                continue;
            }

            var source = extracted.Meetings[k];
            var said = ArticleView(articleId, source, names, k);
            if (corrections.Has(nameof(Meeting), target.Meeting.Id, MeetingRecord.Topics) && !db.Entry(target.Meeting).Collection(m => m.Topics).IsLoaded)
            {
                await db.Entry(target.Meeting).Collection(m => m.Topics).LoadAsync(cancellationToken);
            }

            await CompareMeetingAsync(target, articleId, said, MeetingRecord.State(target.Meeting), extracted.Text, source, labels, cancellationToken);
        }

        await ComparePeopleAsync(extracted, targets, names.People, cancellationToken);
        await CompareInitiativesAsync(extracted.Initiatives, names.InitiativeIds, cancellationToken);
        return corrections.Disagreements;
    }

    // The meeting as this article alone would have it stored.
    private static RecordState ArticleView(int articleId, ExtractedMeeting source, Names names, int k)
    {
        var view = source.ToMeeting();
        view.Countries.AddRange(names.CountryCodes[k].Select(code => new MeetingCountry { CountryCode = code }));
        view.Topics.AddRange(names.TopicIds.Select(id => new MeetingTopic { TopicId = id, RawLabel = string.Empty }));
        view.Initiatives.AddRange(names.InitiativeIds.Select(id => new MeetingInitiative { InitiativeId = id }));
        view.Participants.AddRange(source.Participants.Select((p, n) => new Participation
        {
            PersonId = names.People[k][n],
            NameAsWritten = p.NameAsWritten,
            NameOrigin = p.NameOrigin,
            Role = p.Role,
            Organization = p.Organization,
            ArticleId = articleId,
        }));
        return MeetingRecord.State(view);
    }

    private async Task CompareMeetingAsync(
        Target target, int articleId, RecordState said, RecordState editor, string text, ExtractedMeeting source, ItemLabels labels, CancellationToken cancellationToken)
    {
        var meetingId = target.Meeting.Id;
        string? Evidence(TextSpan? span) => span is { } s && s.Length > 0 ? text[s.Start..s.End] : null;
        foreach (var field in ValueFields)
        {
            // Only a meeting the article alone reports takes its values; merged into another, it changes none.
            if (target.Sole && corrections.Find(nameof(Meeting), meetingId, field) is { } correction)
            {
                var evidence = field switch
                {
                    MeetingRecord.Date => Evidence(source.DateSpan),
                    MeetingRecord.City => Evidence(source.CitySpan),
                    MeetingRecord.Status => Evidence(source.StatusSpan),
                    _ => null,
                };
                corrections.Compare(correction, said[field], editor[field], string.Equals, ArticleCorrections.ValueMessage(correction, said[field], editor[field]), meetingId, evidence);
            }
        }

        foreach (var field in ListFields)
        {
            if (corrections.Find(nameof(Meeting), meetingId, field) is { } correction)
            {
                var was = MeetingRecord.ReadList(correction.ImportedValue);
                var now = target.Sole ? MeetingRecord.ReadList(said[field]) : [.. was.Union(MeetingRecord.ReadList(said[field]), StringComparer.Ordinal)];
                var message = ArticleCorrections.ListMessage(
                    field,
                    await labels.NameAsync(field, now.Except(was, StringComparer.Ordinal), cancellationToken),
                    await labels.NameAsync(field, was.Except(now, StringComparer.Ordinal), cancellationToken));
                corrections.Compare(correction, MeetingRecord.List(now), editor[field], string.Equals, message, meetingId);
            }
        }

        if (corrections.Find(nameof(Meeting), meetingId, MeetingRecord.Participants) is { } participants)
        {
            // The importer's list: what other articles gave, and this article's people not among them.
            var was = MeetingRecord.ReadParticipants(participants.ImportedValue);
            var now = was.Where(p => p.ArticleId != articleId).ToList();
            now.AddRange(MeetingRecord.ReadParticipants(said[MeetingRecord.Participants]).Where(p => !now.Any(o => ArticleCorrections.SamePerson(o, p))).ToList());

            var before = ArticleCorrections.ParticipantKeys(was);
            var after = ArticleCorrections.ParticipantKeys(now);
            var message = ArticleCorrections.ListMessage(
                MeetingRecord.Participants,
                now.Where(p => !before.Contains(ArticleCorrections.ParticipantKey(p))).Select(ArticleCorrections.ParticipantLabel),
                was.Where(p => !after.Contains(ArticleCorrections.ParticipantKey(p))).Select(ArticleCorrections.ParticipantLabel));
            corrections.Compare(participants, MeetingRecord.WriteParticipants(now), editor[MeetingRecord.Participants], ArticleCorrections.SameParticipants, message, meetingId);
        }
    }

    // A person the importer created took their name from an article; when that article now spells it another way
    // than when an editor corrected it, the editor hears of it. Reference people's names come from the reference data.
    private async Task ComparePeopleAsync(ExtractedArticle extracted, IReadOnlyList<Target> targets, List<List<int?>> people, CancellationToken cancellationToken)
    {
        var renamed = corrections.Of(nameof(Person)).Where(c => c.Field == nameof(Person.Name)).ToDictionary(c => c.RecordId);
        if (renamed.Count == 0)
        {
            return;
        }

        var ids = renamed.Keys.ToList();
        var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id) && !p.IsReference).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        for (var k = 0; k < targets.Count; k++)
        {
            for (var p = 0; p < extracted.Meetings[k].Participants.Count; p++)
            {
                if (people[k][p] is { } id && names.TryGetValue(id, out var name) && renamed.TryGetValue(id, out var correction)
                    && extracted.Meetings[k].Participants[p].NameAsWritten is { } written)
                {
                    corrections.Compare(correction, written, name, string.Equals, ArticleCorrections.ValueMessage(correction, written, name), targets[k].Meeting.Id);
                }
            }
        }
    }

    private async Task CompareInitiativesAsync(IReadOnlyList<ExtractedInitiative> extracted, List<int> ids, CancellationToken cancellationToken)
    {
        var corrected = ids.Where(id => corrections.AnyOn(nameof(Initiative), id)).Distinct().ToList();
        if (corrected.Count == 0)
        {
            return;
        }

        var stored = await db.Initiatives.AsNoTracking().Where(i => corrected.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        for (var k = 0; k < extracted.Count; k++)
        {
            if (!stored.TryGetValue(ids[k], out var initiative))
            {
                continue;
            }

            var item = extracted[k];

            // The name is the initiative's identity: the article names the same one under a name folding to the same key.
            Check(nameof(Initiative.Name), item.Name, initiative.Name, (a, b) => a is not null && b is not null && Tokenizer.Key(a) == Tokenizer.Key(b));

            // A cell the article leaves empty says nothing, so it cannot disagree.
            if (item.Objective is not null)
            {
                Check(nameof(Initiative.Objective), item.Objective, initiative.Objective, string.Equals);
            }

            if (item.Timeline is not null)
            {
                Check(nameof(Initiative.Timeline), item.Timeline, initiative.Timeline, string.Equals);
            }

            void Check(string field, string? said, string? editor, Func<string?, string?, bool> same)
            {
                if (corrections.Find(nameof(Initiative), initiative.Id, field) is { } correction)
                {
                    corrections.Compare(correction, said, editor, same, ArticleCorrections.ValueMessage(correction, said, editor));
                }
            }
        }
    }
}
