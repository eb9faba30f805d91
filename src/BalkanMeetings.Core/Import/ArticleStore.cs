using System.Text.Json;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Extraction;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BalkanMeetings.Core.Import;

/// <summary>
/// Writes one extracted article atomically (a savepoint in the batch's transaction; see <see cref="ArticleImporter"/>): the article, its meetings (merged with the same meeting
/// from another article), participants, topics, initiatives, tables, quotes, provenance spans and review flags.
/// A changed article replaces what its earlier version wrote. See docs/import.md#storing.
/// </summary>
internal sealed class ArticleStore(BalkanMeetingsDbContext db, ImportCatalog catalog, RowWriter rows, TimeProvider clock)
{
    private const string Savepoint = "article";

    public sealed record Outcome(bool Replaced, int MeetingsCreated, int MeetingsMerged, int PeopleCreated, int FlagsRaised);

    /// <param name="file">The article file.</param>
    /// <param name="extracted">What was read in it.</param>
    /// <param name="replacing">True when an earlier version of the file is stored and must make way.</param>
    /// <param name="transaction">The batch's transaction; the article is written inside a savepoint of it.</param>
    /// <param name="cancellationToken">Cancels the write; nothing of the article is kept.</param>
    public async Task<Outcome> SaveAsync(ArticleFile file, ExtractedArticle extracted, bool replacing, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
        try
        {
            return await WriteAsync(file, extracted, replacing, cancellationToken);
        }
        catch
        {
            // Everything the article wrote goes, and nothing else in the batch.
            await transaction.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            await transaction.ReleaseSavepointAsync(Savepoint, CancellationToken.None);
        }
    }

    private async Task<Outcome> WriteAsync(ArticleFile file, ExtractedArticle extracted, bool replacing, CancellationToken cancellationToken)
    {
        var removed = replacing ? await RemoveArticleAsync(file.FileName, cancellationToken) : (Meetings: [], Initiatives: []);

        // Out of the index at once, so the new version cannot merge into a meeting it has just deleted.
        catalog.Meetings.Remove(removed.Meetings);

        var now = clock.GetUtcNow().UtcDateTime;
        var article = new Article
        {
            FileName = file.FileName,
            ContentHash = file.ContentHash,
            Title = extracted.Title,
            Publisher = file.Meta?.Publisher,
            SourceUrl = file.Meta?.SourceUrl,
            PublishedOn = extracted.ReferenceDate,
            OriginalText = extracted.OriginalText,
            NormalisedText = extracted.Text,
            EncodingRepaired = extracted.Mojibake,
            ImportedAtUtc = now,
        };
        db.Articles.Add(article);

        var newPeople = new Dictionary<string, Person>(StringComparer.Ordinal);
        var newInitiatives = new Dictionary<string, Initiative>(StringComparer.Ordinal);
        var meetings = new List<(Meeting Meeting, List<Participation> Participants, bool Merged)>();
        foreach (var extractedMeeting in extracted.Meetings)
        {
            meetings.Add(await AddMeetingAsync(article, extractedMeeting, newPeople, cancellationToken));
        }

        var initiatives = await AddInitiativesAsync(extracted.Initiatives, meetings.Select(m => m.Meeting).ToList(), newInitiatives, cancellationToken);
        AddTablesAndQuotes(article, extracted, meetings.Count == 1 ? meetings[0].Meeting : null);
        await db.SaveChangesAsync(cancellationToken);

        // Spans and flags point at records by id, which the save has just given them.
        var topics = meetings.SelectMany(m => TopicLinks(m.Meeting, extracted.Topics)).ToList();
        await rows.WriteAsync(Spans(article, extracted, meetings, initiatives), Flags(article, extracted, meetings, now), topics, cancellationToken);

        catalog.Forget(removed.Initiatives);
        catalog.Remember(newPeople.Values.Select(p => (p.Name, p.Id)), newInitiatives.Values);
        foreach (var (meeting, _, _) in meetings)
        {
            if (meeting.DatePrecision == DatePrecision.Day && meeting.Date is { } date)
            {
                catalog.Meetings.Add(date, new MeetingIndex.Entry(
                    meeting.Id,
                    meeting.City,
                    meeting.Countries.Select(c => c.CountryCode).ToHashSet(StringComparer.Ordinal),
                    meeting.Participants.Where(p => p.PersonId is not null).Select(p => p.PersonId!.Value).ToHashSet()));
            }
        }

        db.ChangeTracker.Clear();
        return new Outcome(replacing, meetings.Count(m => !m.Merged), meetings.Count(m => m.Merged), newPeople.Count, extracted.Flags.Count);
    }

    // Removes what an earlier version of the article wrote: its participations, the meetings only it reported,
    // the initiatives no meeting names any more; the article row cascades to its sources, spans and flags.
    // Returns the ids of the meetings and initiatives that went.
    private async Task<(List<int> Meetings, List<int> Initiatives)> RemoveArticleAsync(string fileName, CancellationToken cancellationToken)
    {
        var articleId = await db.Articles.Where(a => a.FileName == fileName).Select(a => a.Id).SingleAsync(cancellationToken);
        await db.Participations.Where(p => p.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        var soleSource = db.Meetings.Where(m => m.Sources.Any(s => s.ArticleId == articleId) && m.Sources.All(s => s.ArticleId == articleId));
        var meetings = await soleSource.Select(m => m.Id).ToListAsync(cancellationToken);
        await soleSource.ExecuteDeleteAsync(cancellationToken);
        await db.Articles.Where(a => a.Id == articleId).ExecuteDeleteAsync(cancellationToken);
        var orphans = await db.Initiatives.Where(i => !db.MeetingInitiatives.Any(mi => mi.InitiativeId == i.Id)).Select(i => i.Id).ToListAsync(cancellationToken);
        await db.Initiatives.Where(i => orphans.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
        return (meetings, orphans);
    }

    private async Task<(Meeting, List<Participation>, bool)> AddMeetingAsync(
        Article article,
        ExtractedMeeting extracted,
        Dictionary<string, Person> newPeople,
        CancellationToken cancellationToken)
    {
        var people = extracted.Participants.Select(p => p.Name is null ? null : catalog.PersonId(p.Name)).ToList();
        var countryCodes = extracted.Countries.Select(catalog.CountryCode).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var meeting = await FindSameMeetingAsync(extracted, countryCodes, people.OfType<int>().ToList(), cancellationToken);
        var merged = meeting is not null;
        meeting ??= NewMeeting(extracted);
        if (!merged)
        {
            db.Meetings.Add(meeting);
        }

        meeting.Sources.Add(new MeetingSource { Article = article });
        foreach (var code in countryCodes.Where(code => meeting.Countries.All(c => c.CountryCode != code)))
        {
            meeting.Countries.Add(new MeetingCountry { CountryCode = code });
        }

        var participations = new List<Participation>();
        for (var k = 0; k < extracted.Participants.Count; k++)
        {
            var participant = extracted.Participants[k];
            var person = participant.Name is null ? null : PersonFor(participant, people[k], newPeople);
            var existing = meeting.Participants.FirstOrDefault(p =>
                (person is not null && (p.PersonId == person.Id && person.Id != 0 || p.Person == person))
                || (person is null && p.PersonId is null && p.Role == participant.Role && p.Organization == participant.Organization));
            if (existing is not null)
            {
                participations.Add(existing);
                continue;
            }

            var participation = new Participation
            {
                Person = person,
                NameAsWritten = participant.NameAsWritten,
                NameOrigin = participant.NameOrigin,
                Role = participant.Role,
                Organization = participant.Organization,
                Article = article,
            };
            meeting.Participants.Add(participation);
            participations.Add(participation);
        }

        return (meeting, participations, merged);
    }

    private IEnumerable<MeetingTopic> TopicLinks(Meeting meeting, IReadOnlyList<ExtractedTopic> topics) =>
        topics
            .Select(topic => (Id: catalog.TopicId(topic.Name), topic.RawLabel))
            .Where(t => t.Id is not null)
            .Select(t => new MeetingTopic { MeetingId = meeting.Id, TopicId = t.Id!.Value, RawLabel = t.RawLabel });

    private Person PersonFor(ExtractedParticipant participant, int? knownId, Dictionary<string, Person> newPeople)
    {
        if (knownId is { } id)
        {
            return db.People.Local.FirstOrDefault(p => p.Id == id) ?? Stub(new Person { Id = id, Name = string.Empty, SearchKey = string.Empty });
        }

        var key = ImportCatalog.PersonKey(participant.Name!);
        if (!newPeople.TryGetValue(key, out var person))
        {
            person = new Person { Name = participant.Name!, SearchKey = key, IsReference = false };
            db.People.Add(person);
            newPeople[key] = person;
        }

        return person;
    }


    // The same meeting reported by another article: same day, a country in common, and a person or the city in common.
    private async Task<Meeting?> FindSameMeetingAsync(ExtractedMeeting extracted, List<string> countryCodes, List<int> people, CancellationToken cancellationToken)
    {
        if (extracted.DatePrecision != DatePrecision.Day || extracted.Date is not { } date
            || catalog.Meetings.Find(date, extracted.City, countryCodes, people) is not { } id)
        {
            return null;
        }

        return await db.Meetings
            .Include(m => m.Countries)
            .Include(m => m.Participants)
            .Include(m => m.Initiatives)
            .AsSplitQuery()
            .SingleAsync(m => m.Id == id, cancellationToken);
    }

    private static Meeting NewMeeting(ExtractedMeeting extracted) => new()
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

    private async Task<List<Initiative>> AddInitiativesAsync(IReadOnlyList<ExtractedInitiative> extracted, List<Meeting> meetings, Dictionary<string, Initiative> newInitiatives, CancellationToken cancellationToken)
    {
        var initiatives = new List<Initiative>();
        foreach (var item in extracted)
        {
            var key = Tokenizer.Key(item.Name);
            Initiative initiative;
            if (catalog.InitiativeId(key) is { } id)
            {
                initiative = db.Initiatives.Local.FirstOrDefault(i => i.Id == id) ?? Stub(new Initiative { Id = id, Name = string.Empty, NameKey = string.Empty });

                // Another article may know more about the same initiative; nothing it said before is overwritten.
                if (!catalog.IsComplete(id) && (item.Objective is not null || item.Timeline is not null))
                {
                    await db.Initiatives.Where(i => i.Id == id).ExecuteUpdateAsync(
                        update => update
                            .SetProperty(i => i.Objective, i => i.Objective ?? item.Objective)
                            .SetProperty(i => i.Timeline, i => i.Timeline ?? item.Timeline),
                        cancellationToken);
                }
            }
            else if (!newInitiatives.TryGetValue(key, out initiative!))
            {
                initiative = new Initiative { Name = item.Name, NameKey = key, Objective = item.Objective, Timeline = item.Timeline };
                db.Initiatives.Add(initiative);
                newInitiatives[key] = initiative;
            }

            initiatives.Add(initiative);
            foreach (var meeting in meetings.Where(m => m.Initiatives.All(mi => mi.Initiative != initiative && (initiative.Id == 0 || mi.InitiativeId != initiative.Id))))
            {
                meeting.Initiatives.Add(new MeetingInitiative { Initiative = initiative });
            }
        }

        return initiatives;
    }

    // Only the key is needed to link a record to a person or an initiative; the stub is attached unchanged and
    // never saved.
    private TEntity Stub<TEntity>(TEntity stub)
        where TEntity : class
    {
        db.Attach(stub);
        return stub;
    }

    private void AddTablesAndQuotes(Article article, ExtractedArticle extracted, Meeting? onlyMeeting)
    {
        for (var k = 0; k < extracted.OtherTables.Count; k++)
        {
            var table = extracted.OtherTables[k];
            article.Tables.Add(new ArticleTable
            {
                Position = k,
                Header = table.Header.ToList(),
                RowsJson = JsonSerializer.Serialize(table.Rows),
            });
        }

        foreach (var quote in extracted.Quotes)
        {
            article.Quotes.Add(new Quote { Speaker = quote.Speaker, PersonId = quote.SpeakerName is { } name ? catalog.PersonId(name) : null, Text = quote.Text, Meeting = onlyMeeting });
        }
    }

    private List<SourceSpan> Spans(Article article, ExtractedArticle extracted, List<(Meeting Meeting, List<Participation> Participants, bool Merged)> meetings, List<Initiative> initiatives)
    {
        var spans = new List<SourceSpan>();
        void Add(string recordType, int recordId, string field, TextSpan? span)
        {
            if (span is { } s && s.Length > 0)
            {
                spans.Add(new SourceSpan { ArticleId = article.Id, RecordType = recordType, RecordId = recordId, Field = field, Start = s.Start, Length = s.Length });
            }
        }

        for (var m = 0; m < meetings.Count; m++)
        {
            var (meeting, participations, _) = meetings[m];
            var source = extracted.Meetings[m];
            Add(nameof(Meeting), meeting.Id, nameof(Meeting.Date), source.DateSpan);
            Add(nameof(Meeting), meeting.Id, nameof(Meeting.City), source.CitySpan);
            Add(nameof(Meeting), meeting.Id, nameof(Meeting.Status), source.StatusSpan);
            for (var p = 0; p < participations.Count; p++)
            {
                Add(nameof(Participation), participations[p].Id, nameof(Participation.Person), source.Participants[p].NameSpan);
                Add(nameof(Participation), participations[p].Id, nameof(Participation.Role), source.Participants[p].RoleSpan);
            }
        }

        for (var k = 0; k < initiatives.Count; k++)
        {
            Add(nameof(Initiative), initiatives[k].Id, nameof(Initiative.Name), extracted.Initiatives[k].Span);
        }

        foreach (var topic in extracted.Topics)
        {
            if (catalog.TopicId(topic.Name) is { } topicId)
            {
                Add(nameof(Topic), topicId, nameof(MeetingTopic.RawLabel), topic.Span);
            }
        }

        for (var q = 0; q < extracted.Quotes.Count; q++)
        {
            Add(nameof(Quote), article.Quotes[q].Id, nameof(Quote.Text), extracted.Quotes[q].Span);
        }

        for (var t = 0; t < extracted.OtherTables.Count; t++)
        {
            Add(nameof(ArticleTable), article.Tables[t].Id, nameof(ArticleTable.RowsJson), extracted.OtherTables[t].Span);
        }

        return spans;
    }

    private static List<ReviewFlag> Flags(Article article, ExtractedArticle extracted, List<(Meeting Meeting, List<Participation> Participants, bool Merged)> meetings, DateTime now)
    {
        var flags = new List<ReviewFlag>();
        foreach (var flag in extracted.Flags)
        {
            var (recordType, recordId) = flag switch
            {
                { MeetingIndex: { } m, ParticipantIndex: { } p } => (nameof(Participation), (int?)meetings[m].Participants[p].Id),
                { MeetingIndex: { } m } => (nameof(Meeting), meetings[m].Meeting.Id),
                _ => (nameof(Article), article.Id),
            };
            int? meetingId = flag.MeetingIndex is { } index ? meetings[index].Meeting.Id : null;
            flags.Add(new ReviewFlag
            {
                Kind = flag.Kind,
                Severity = flag.Severity,
                Message = flag.Message,
                RecordType = recordType,
                RecordId = recordId,
                Field = flag.Field,
                Evidence = flag.Evidence,
                ReferenceRow = flag.ReferenceRow,
                ArticleId = article.Id,
                MeetingId = meetingId,
                CreatedAtUtc = now,
                Status = FlagStatus.Open,
            });
        }

        return flags;
    }
}
