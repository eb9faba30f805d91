using System.Globalization;
using System.Text.Json;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Import.Extraction;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BalkanMeetings.Core.Import;

/// <summary>
/// Writes one extracted article atomically (a savepoint in the batch's transaction; see <see cref="ArticleImporter"/>): the article, its meetings (merged with the same meeting
/// from another article), participants, topics, initiatives, tables, quotes, provenance spans and review flags.
/// A changed article updates what its earlier version wrote in place, so ids stay, and leaves every value an editor
/// corrected alone. See docs/import.md#storing and docs/editing.md#re-import.
/// </summary>
internal sealed class ArticleStore(BalkanMeetingsDbContext db, ImportCatalog catalog, RowWriter rows, TimeProvider clock)
{
    private const string Savepoint = "article";

    private const string NoLongerReported =
        "The article no longer reports this meeting. It is kept because an editor corrected it; check whether it took place.";

    public sealed record Outcome(bool Replaced, int MeetingsCreated, int MeetingsMerged, int PeopleCreated, int FlagsRaised);

    private enum Source
    {
        /// <summary>A meeting no stored article reports: created.</summary>
        New,

        /// <summary>A meeting another article reported: the article becomes one more source.</summary>
        Merged,

        /// <summary>The meeting the earlier version of the article reported: updated in place.</summary>
        Own,
    }

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
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = replacing ? await StoredArticle.LoadAsync(db, file.FileName, cancellationToken) : null;
        var article = stored?.Article ?? db.Articles.Add(new Article { FileName = file.FileName, ContentHash = file.ContentHash, OriginalText = extracted.OriginalText, NormalisedText = extracted.Text }).Entity;
        Describe(article, file, extracted, now);

        var people = extracted.Meetings.Select(m => m.Participants.Select(p => p.Name is null ? null : catalog.PersonId(p.Name)).ToList()).ToList();
        var countryCodes = extracted.Meetings
            .Select(m => (IReadOnlyCollection<string>)m.Countries.Select(catalog.CountryCode).OfType<string>().Distinct(StringComparer.Ordinal).ToList())
            .ToList();
        var initiativeIds = extracted.Initiatives.Select(i => catalog.InitiativeId(Tokenizer.Key(i.Name))).ToList();
        var topicIds = extracted.Topics.Select(t => catalog.TopicId(t.Name)).OfType<int>().Distinct().ToList();

        var corrections = new ArticleCorrections();
        await corrections.LoadAsync(
            db,
            catalog,
            stored?.Meetings.Select(m => m.Id) ?? [],
            people.SelectMany(p => p).OfType<int>(),
            initiativeIds.OfType<int>().Concat(stored?.Meetings.SelectMany(m => m.Initiatives).Select(i => i.InitiativeId) ?? []),
            // A resolved flag is kept as it is whatever its corrections say; only open ones are compared.
            stored?.Flags.Where(f => f.Status == FlagStatus.Open).Select(f => f.Id) ?? [],
            cancellationToken);

        // The earlier version's meetings leave the index: the new version is matched to them, never merged into them.
        if (stored is not null)
        {
            catalog.Meetings.Remove(stored.Meetings.Select(m => m.Id).ToList());
        }

        var own = stored?.Match(extracted.Meetings, countryCodes, corrections) ?? new Meeting?[extracted.Meetings.Count];

        var targets = new List<Target>();
        for (var k = 0; k < extracted.Meetings.Count; k++)
        {
            targets.Add(own[k] is { } meeting
                ? new Target(meeting, Source.Own, stored!.IsSoleSource(meeting))
                : await FindSameMeetingAsync(extracted.Meetings[k], countryCodes[k], people[k].OfType<int>().ToList(), cancellationToken) is { } same
                    ? new Target(same, Source.Merged, sole: false)
                    : new Target(db.Meetings.Add(NewMeeting(extracted.Meetings[k])).Entity, Source.New, sole: true));
        }

        await corrections.LoadAsync(db, catalog, targets.Where(t => t.Source == Source.Merged).Select(t => t.Meeting.Id), [], [], [], cancellationToken);

        var newPeople = new Dictionary<string, Person>(StringComparer.Ordinal);
        for (var k = 0; k < targets.Count; k++)
        {
            var target = targets[k];
            if (!target.Meeting.Sources.Any(s => IsFrom(s.Article, s.ArticleId, article)))
            {
                target.Meeting.Sources.Add(new MeetingSource { Article = article });
                target.Changed = true;
            }

            if (target.Source == Source.Own && target.Sole)
            {
                target.Changed |= UpdateFields(target.Meeting, extracted.Meetings[k], corrections);
            }

            target.Changed |= UpdateCountries(target, countryCodes[k], corrections);
            target.Changed |= await UpdateTopicsAsync(target, topicIds, corrections, cancellationToken);
            UpdateParticipants(target, article, extracted.Meetings[k], people[k], newPeople, corrections);
        }

        var unlinked = new HashSet<int>();
        var written = new HashSet<Initiative>();
        var initiatives = await StoreInitiativesAsync(extracted.Initiatives, initiativeIds, targets, stored, written, unlinked, corrections, cancellationToken);
        var left = stored is null ? [] : Leave(stored, own, unlinked, corrections);

        foreach (var target in targets.Where(t => t.Source != Source.New && t.Changed))
        {
            // Editors' forms opened before this import see a conflict rather than save over it.
            target.Meeting.Version++;
        }

        var survivors = stored is null ? [] : await ReplaceContentsAsync(stored, corrections, cancellationToken);
        AddTablesAndQuotes(article, extracted, targets.Count == 1 ? targets[0].Meeting : null);
        await db.SaveChangesAsync(cancellationToken);

        // Spans, flags and comparisons point at records by id, which the save has just given them.
        var disagreements = await CompareWithCorrectionsAsync(article, extracted, targets, people, countryCodes, topicIds, initiatives, newPeople, corrections, cancellationToken);
        disagreements.AddRange(left.Where(l => l.Kept).Select(l => new Disagreement(nameof(Meeting), l.Meeting.Id, Field: null, l.Meeting.Id, NoLongerReported, Evidence: null)));
        var flags = Flags(article, extracted, targets, now, survivors);
        flags.AddRange(DisagreementFlags(article, disagreements, survivors, now));
        var topics = targets.Where(t => t.LinksTopics).SelectMany(t => TopicLinks(t.Meeting, extracted.Topics)).ToList();
        await rows.WriteAsync(Spans(article, extracted, targets, initiatives), flags, topics, cancellationToken);
        if (disagreements.Count > 0)
        {
            // The corrections' new imported values, and the open flags a newer disagreement rewrote.
            await db.SaveChangesAsync(cancellationToken);
        }

        catalog.Forget(await DeleteOrphansAsync(unlinked, corrections, cancellationToken));
        catalog.Remember(newPeople.Values.Select(p => (p.Name, p.Id)), written);
        foreach (var meeting in targets.Select(t => t.Meeting).Concat(left.Where(l => l.Kept || !l.Sole).Select(l => l.Meeting)).Distinct())
        {
            Index(meeting);
        }

        db.ChangeTracker.Clear();
        return new Outcome(replacing, targets.Count(t => t.Source == Source.New), targets.Count(t => t.Source == Source.Merged), newPeople.Count, flags.Count);
    }

    private static void Describe(Article article, ArticleFile file, ExtractedArticle extracted, DateTime now)
    {
        article.ContentHash = file.ContentHash;
        article.Title = extracted.Title;
        article.Publisher = file.Meta?.Publisher;
        article.SourceUrl = file.Meta?.SourceUrl;
        article.PublishedOn = extracted.ReferenceDate;
        article.OriginalText = extracted.OriginalText;
        article.NormalisedText = extracted.Text;
        article.EncodingRepaired = extracted.Mojibake;
        article.ImportedAtUtc = now;
    }

    // A row the article wrote: by reference before the first save gives it an id, by id after.
    private static bool IsFrom(Article? rowArticle, int? rowArticleId, Article article) =>
        rowArticle == article || (article.Id != 0 && rowArticleId == article.Id);

    private static bool UpdateFields(Meeting meeting, ExtractedMeeting extracted, ArticleCorrections corrections)
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
    private static bool UpdateCountries(Target target, IReadOnlyCollection<string> codes, ArticleCorrections corrections)
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

    // Links are written after the save (see RowWriter); stale ones of a meeting only this article reports go now, in
    // one statement (a rewritten article drops a dozen or so, which one by one would cost as much as the rest of it).
    private async Task<bool> UpdateTopicsAsync(Target target, List<int> topicIds, ArticleCorrections corrections, CancellationToken cancellationToken)
    {
        var meeting = target.Meeting;
        if (corrections.Has(nameof(Meeting), meeting.Id, MeetingRecord.Topics))
        {
            return false;
        }

        target.LinksTopics = true;

        // A merged meeting's topics are not loaded; the new source changes it anyway.
        if (target.Source != Source.Own)
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
    private void UpdateParticipants(Target target, Article article, ExtractedMeeting extracted, List<int?> people, Dictionary<string, Person> newPeople, ArticleCorrections corrections)
    {
        var meeting = target.Meeting;
        var corrected = corrections.Has(nameof(Meeting), meeting.Id, MeetingRecord.Participants);
        var earlier = meeting.Participants.Where(p => IsFrom(p.Article, p.ArticleId, article)).ToList();
        var kept = new HashSet<Participation>();
        for (var k = 0; k < extracted.Participants.Count; k++)
        {
            var participant = extracted.Participants[k];
            var knownId = people[k];
            var pending = knownId is null && participant.Name is not null ? newPeople.GetValueOrDefault(ImportCatalog.PersonKey(participant.Name)) : null;
            bool Same(Participation p) => knownId is { } id ? p.PersonId == id || p.Person?.Id == id
                : pending is not null ? p.Person == pending
                : participant.Name is null && p.PersonId is null && p.Person is null && p.Role == participant.Role && p.Organization == participant.Organization;

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
                Person = participant.Name is null ? null : PersonFor(participant, knownId, newPeople),
                NameAsWritten = participant.NameAsWritten,
                NameOrigin = participant.NameOrigin,
                Role = participant.Role,
                Organization = participant.Organization,
                Article = article,
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
    private async Task<Meeting?> FindSameMeetingAsync(ExtractedMeeting extracted, IReadOnlyCollection<string> countryCodes, List<int> people, CancellationToken cancellationToken)
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

    private async Task<List<Initiative>> StoreInitiativesAsync(
        IReadOnlyList<ExtractedInitiative> extracted,
        List<int?> ids,
        List<Target> targets,
        StoredArticle? stored,
        HashSet<Initiative> written,
        HashSet<int> unlinked,
        ArticleCorrections corrections,
        CancellationToken cancellationToken)
    {
        // Stored initiatives are loaded only when the article may change them: a changed article may be the only one
        // naming them; a new one may complete them; an editor may have corrected them (compared after the save).
        var known = ids.OfType<int>().Distinct().ToList();
        var load = stored is not null ? known : known.Where(id => !catalog.IsComplete(id) || corrections.AnyOn(nameof(Initiative), id)).ToList();
        var sole = load.Count == 0 ? [] : await LoadInitiativesAsync(load, stored, cancellationToken);

        var newInitiatives = new Dictionary<string, Initiative>(StringComparer.Ordinal);
        var initiatives = new List<Initiative>();
        for (var k = 0; k < extracted.Count; k++)
        {
            var item = extracted[k];
            var key = Tokenizer.Key(item.Name);
            Initiative initiative;
            if (ids[k] is { } id)
            {
                initiative = db.Initiatives.Local.FirstOrDefault(i => i.Id == id) ?? Stub(new Initiative { Id = id, Name = string.Empty, NameKey = string.Empty });
                if (load.Contains(id))
                {
                    Update(initiative, item, sole.Contains(id), corrections);
                    written.Add(initiative);
                }
            }
            else if (!newInitiatives.TryGetValue(key, out initiative!))
            {
                initiative = new Initiative { Name = item.Name, NameKey = key, Objective = item.Objective, Timeline = item.Timeline };
                db.Initiatives.Add(initiative);
                newInitiatives[key] = initiative;
                written.Add(initiative);
            }

            initiatives.Add(initiative);
        }

        var named = initiatives.Distinct().ToList();
        foreach (var target in targets.Where(t => !corrections.Has(nameof(Meeting), t.Meeting.Id, MeetingRecord.Initiatives)))
        {
            var links = target.Meeting.Initiatives;
            foreach (var initiative in named.Where(i => links.All(mi => mi.Initiative != i && (i.Id == 0 || mi.InitiativeId != i.Id))))
            {
                links.Add(new MeetingInitiative { Initiative = initiative });
                target.Changed = true;
            }

            if (target.Source == Source.Own && target.Sole)
            {
                foreach (var stale in links.Where(mi => mi.InitiativeId != 0 && named.All(i => i.Id != mi.InitiativeId)).ToList())
                {
                    links.Remove(stale);
                    db.Remove(stale);
                    unlinked.Add(stale.InitiativeId);
                    target.Changed = true;
                }
            }
        }

        return initiatives;
    }

    // Loads the initiatives (tracked) and returns those no meeting but the changed article's own (those only it
    // reports) names: its word on them is the only one.
    private async Task<HashSet<int>> LoadInitiativesAsync(List<int> ids, StoredArticle? stored, CancellationToken cancellationToken)
    {
        if (stored is null)
        {
            await db.Initiatives.Where(i => ids.Contains(i.Id)).LoadAsync(cancellationToken);
            return [];
        }

        var own = stored.Meetings.Where(stored.IsSoleSource).Select(m => m.Id).ToList();
        var loaded = await db.Initiatives
            .Where(i => ids.Contains(i.Id))
            .Select(i => new { Initiative = i, Shared = db.MeetingInitiatives.Any(mi => mi.InitiativeId == i.Id && !own.Contains(mi.MeetingId)) })
            .ToListAsync(cancellationToken);
        return loaded.Where(i => !i.Shared).Select(i => i.Initiative.Id).ToHashSet();
    }

    // An initiative only this article names takes what it now says; one other articles name too is only completed,
    // since nothing another article said is overwritten. Corrected values stay as they are.
    private static void Update(Initiative initiative, ExtractedInitiative item, bool sole, ArticleCorrections corrections)
    {
        bool Free(string field) => !corrections.Has(nameof(Initiative), initiative.Id, field);
        if (sole && Free(nameof(Initiative.Name)))
        {
            initiative.Name = item.Name;
        }

        if (Free(nameof(Initiative.Objective)))
        {
            initiative.Objective = sole ? item.Objective : initiative.Objective ?? item.Objective;
        }

        if (Free(nameof(Initiative.Timeline)))
        {
            initiative.Timeline = sole ? item.Timeline : initiative.Timeline ?? item.Timeline;
        }
    }

    // What becomes of the earlier version's meetings the new one no longer reports: one only it reported goes, unless
    // an editor corrected it (it stays, and a flag says the article dropped it); one others report too loses this
    // source and its participants.
    private List<Left> Leave(StoredArticle stored, Meeting?[] matched, HashSet<int> unlinked, ArticleCorrections corrections)
    {
        var left = new List<Left>();
        foreach (var meeting in stored.Meetings.Where(m => !matched.Contains(m)))
        {
            var sole = stored.IsSoleSource(meeting);
            var kept = sole && corrections.AnyOn(nameof(Meeting), meeting.Id);
            left.Add(new Left(meeting, sole, kept));
            if (kept)
            {
                continue;
            }

            if (sole)
            {
                unlinked.UnionWith(meeting.Initiatives.Select(i => i.InitiativeId));
                db.Remove(meeting);
                continue;
            }

            var source = meeting.Sources.Single(s => s.ArticleId == stored.Article.Id);
            meeting.Sources.Remove(source);
            db.Remove(source);
            if (!corrections.Has(nameof(Meeting), meeting.Id, MeetingRecord.Participants))
            {
                foreach (var participation in meeting.Participants.Where(p => p.ArticleId == stored.Article.Id).ToList())
                {
                    meeting.Participants.Remove(participation);
                    db.Remove(participation);
                }
            }

            meeting.Version++;
        }

        return left;
    }

    // The earlier version's tables, quotes and spans make way for the new ones. Its review flags do too, except those
    // an editor resolved or corrected and the disagreements with corrections still open (nothing would raise them
    // again): those survive, and the same flag is not raised beside them.
    private async Task<List<ReviewFlag>> ReplaceContentsAsync(StoredArticle stored, ArticleCorrections corrections, CancellationToken cancellationToken)
    {
        var articleId = stored.Article.Id;
        await db.SourceSpans.Where(s => s.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.Quotes.Where(q => q.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.ArticleTables.Where(t => t.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);

        var survivors = stored.Flags
            .Where(f => f.Status != FlagStatus.Open
                || corrections.AnyOn(nameof(ReviewFlag), f.Id)
                || (f.Kind == FlagKind.ArticleDisagreesWithCorrection && f.Field is not null))
            .ToList();
        var replaced = stored.Flags.Except(survivors).Select(f => f.Id).ToList();
        await db.ReviewFlags.Where(f => replaced.Contains(f.Id)).ExecuteDeleteAsync(cancellationToken);
        return survivors;
    }

    private async Task<List<int>> DeleteOrphansAsync(HashSet<int> unlinked, ArticleCorrections corrections, CancellationToken cancellationToken)
    {
        // An initiative an editor corrected stays even when no meeting names it any more.
        var candidates = unlinked.Where(id => !corrections.AnyOn(nameof(Initiative), id)).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var orphans = await db.Initiatives
            .Where(i => candidates.Contains(i.Id) && !db.MeetingInitiatives.Any(mi => mi.InitiativeId == i.Id))
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);
        await db.Initiatives.Where(i => orphans.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
        return orphans;
    }

    private void Index(Meeting meeting)
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

    // For every corrected value of a record the article touches: what the importer would store now, compared with
    // what it would have stored when the value was corrected (see ArticleCorrections.Compare).
    private async Task<List<Disagreement>> CompareWithCorrectionsAsync(
        Article article,
        ExtractedArticle extracted,
        List<Target> targets,
        List<List<int?>> people,
        List<IReadOnlyCollection<string>> countryCodes,
        List<int> topicIds,
        List<Initiative> initiatives,
        Dictionary<string, Person> newPeople,
        ArticleCorrections corrections,
        CancellationToken cancellationToken)
    {
        var labels = new ItemLabels(db, catalog, initiatives);
        for (var k = 0; k < targets.Count; k++)
        {
            var target = targets[k];
            if (target.Source == Source.New || !corrections.AnyOn(nameof(Meeting), target.Meeting.Id))
            {
                continue;
            }

            var source = extracted.Meetings[k];
            var said = ArticleView(article, source, people[k], newPeople, countryCodes[k], topicIds, initiatives);
            if (corrections.Has(nameof(Meeting), target.Meeting.Id, MeetingRecord.Topics))
            {
                await db.Entry(target.Meeting).Collection(m => m.Topics).LoadAsync(cancellationToken);
            }

            var editor = MeetingRecord.State(target.Meeting);
            await CompareMeetingAsync(target, article.Id, said, editor, extracted.Text, source, labels, corrections, cancellationToken);
        }

        await ComparePeopleAsync(extracted, targets, people, corrections, cancellationToken);
        CompareInitiatives(extracted.Initiatives, initiatives, corrections);
        return corrections.Disagreements;
    }

    // The meeting as this article alone would have it stored.
    private static RecordState ArticleView(
        Article article,
        ExtractedMeeting source,
        List<int?> people,
        Dictionary<string, Person> newPeople,
        IReadOnlyCollection<string> countryCodes,
        List<int> topicIds,
        List<Initiative> initiatives)
    {
        var view = NewMeeting(source);
        view.Countries.AddRange(countryCodes.Select(code => new MeetingCountry { CountryCode = code }));
        view.Topics.AddRange(topicIds.Select(id => new MeetingTopic { TopicId = id, RawLabel = string.Empty }));
        view.Initiatives.AddRange(initiatives.Select(i => new MeetingInitiative { InitiativeId = i.Id }));
        view.Participants.AddRange(source.Participants.Select((p, k) => new Participation
        {
            PersonId = people[k] ?? (p.Name is null ? null : newPeople.GetValueOrDefault(ImportCatalog.PersonKey(p.Name))?.Id),
            NameAsWritten = p.NameAsWritten,
            NameOrigin = p.NameOrigin,
            Role = p.Role,
            Organization = p.Organization,
            ArticleId = article.Id,
        }));
        return MeetingRecord.State(view);
    }

    private static async Task CompareMeetingAsync(
        Target target, int articleId, RecordState said, RecordState editor, string text, ExtractedMeeting source, ItemLabels labels, ArticleCorrections corrections, CancellationToken cancellationToken)
    {
        var meetingId = target.Meeting.Id;
        string? Evidence(TextSpan? span) => span is { } s && s.Length > 0 ? text[s.Start..s.End] : null;
        foreach (var field in new[] { MeetingRecord.Title, MeetingRecord.Date, MeetingRecord.City, MeetingRecord.Venue, MeetingRecord.Kind, MeetingRecord.Status, MeetingRecord.Summary })
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

        foreach (var field in new[] { MeetingRecord.Countries, MeetingRecord.Topics, MeetingRecord.Initiatives })
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
    private async Task ComparePeopleAsync(ExtractedArticle extracted, List<Target> targets, List<List<int?>> people, ArticleCorrections corrections, CancellationToken cancellationToken)
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

    private static void CompareInitiatives(IReadOnlyList<ExtractedInitiative> extracted, List<Initiative> initiatives, ArticleCorrections corrections)
    {
        for (var k = 0; k < extracted.Count; k++)
        {
            var (item, initiative) = (extracted[k], initiatives[k]);
            if (!corrections.AnyOn(nameof(Initiative), initiative.Id))
            {
                continue;
            }

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

    private List<SourceSpan> Spans(Article article, ExtractedArticle extracted, List<Target> targets, List<Initiative> initiatives)
    {
        var spans = new List<SourceSpan>();
        void Add(string recordType, int recordId, string field, TextSpan? span)
        {
            if (span is { } s && s.Length > 0)
            {
                spans.Add(new SourceSpan { ArticleId = article.Id, RecordType = recordType, RecordId = recordId, Field = field, Start = s.Start, Length = s.Length });
            }
        }

        for (var m = 0; m < targets.Count; m++)
        {
            var target = targets[m];
            var source = extracted.Meetings[m];
            Add(nameof(Meeting), target.Meeting.Id, nameof(Meeting.Date), source.DateSpan);
            Add(nameof(Meeting), target.Meeting.Id, nameof(Meeting.City), source.CitySpan);
            Add(nameof(Meeting), target.Meeting.Id, nameof(Meeting.Status), source.StatusSpan);
            for (var p = 0; p < target.Participants.Count; p++)
            {
                if (target.Participants[p] is { } participation)
                {
                    Add(nameof(Participation), participation.Id, nameof(Participation.Person), source.Participants[p].NameSpan);
                    Add(nameof(Participation), participation.Id, nameof(Participation.Role), source.Participants[p].RoleSpan);
                }
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

    // The importer's doubts, except one an earlier version raised on the same record and field that an editor has
    // resolved: that resolution stands.
    private static List<ReviewFlag> Flags(Article article, ExtractedArticle extracted, List<Target> targets, DateTime now, List<ReviewFlag> survivors)
    {
        var flags = new List<ReviewFlag>();
        foreach (var flag in extracted.Flags)
        {
            var (recordType, recordId) = flag switch
            {
                { MeetingIndex: { } m, ParticipantIndex: { } p } => (nameof(Participation), targets[m].Participants[p]?.Id),
                { MeetingIndex: { } m } => (nameof(Meeting), targets[m].Meeting.Id),
                _ => (nameof(Article), article.Id),
            };

            // A participant an editor removed from a corrected list has no row to flag.
            if (recordId is null || survivors.Any(f => f.Kind == flag.Kind && f.RecordType == recordType && f.RecordId == recordId && f.Field == flag.Field))
            {
                continue;
            }

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
                MeetingId = flag.MeetingIndex is { } index ? targets[index].Meeting.Id : null,
                CreatedAtUtc = now,
                Status = FlagStatus.Open,
            });
        }

        return flags;
    }

    // One open flag per corrected value and article: a newer disagreement rewrites it. One an editor resolved with
    // the same message is not raised again.
    private static List<ReviewFlag> DisagreementFlags(Article article, List<Disagreement> disagreements, List<ReviewFlag> survivors, DateTime now)
    {
        var flags = new List<ReviewFlag>();
        foreach (var disagreement in disagreements)
        {
            var same = survivors.Where(f => f.Kind == FlagKind.ArticleDisagreesWithCorrection
                && f.RecordType == disagreement.RecordType && f.RecordId == disagreement.RecordId && f.Field == disagreement.Field).ToList();
            if (same.FirstOrDefault(f => f.Status == FlagStatus.Open) is { } open)
            {
                (open.Message, open.Evidence) = (disagreement.Message, disagreement.Evidence);
                continue;
            }

            if (same.Any(f => f.Message == disagreement.Message))
            {
                continue;
            }

            flags.Add(new ReviewFlag
            {
                Kind = FlagKind.ArticleDisagreesWithCorrection,
                Severity = FlagSeverity.Warning,
                Message = disagreement.Message,
                RecordType = disagreement.RecordType,
                RecordId = disagreement.RecordId,
                Field = disagreement.Field,
                Evidence = disagreement.Evidence,
                ArticleId = article.Id,
                MeetingId = disagreement.MeetingId,
                CreatedAtUtc = now,
                Status = FlagStatus.Open,
            });
        }

        return flags;
    }

    // One meeting the article reports, and the stored meeting it goes to.
    private sealed class Target(Meeting meeting, Source source, bool sole)
    {
        public Meeting Meeting { get; } = meeting;

        public Source Source { get; } = source;

        /// <summary>True when the article is the meeting's only source, so its values replace the stored ones.</summary>
        public bool Sole { get; } = sole;

        /// <summary>The row each extracted participant went to; null for one a corrected list leaves out.</summary>
        public List<Participation?> Participants { get; } = [];

        public bool Changed { get; set; }

        public bool LinksTopics { get; set; }
    }

    private sealed record Left(Meeting Meeting, bool Sole, bool Kept);

    // Names for the items of a list a flag message mentions.
    private sealed class ItemLabels(BalkanMeetingsDbContext db, ImportCatalog catalog, List<Initiative> initiatives)
    {
        public async Task<List<string>> NameAsync(string field, IEnumerable<string> items, CancellationToken cancellationToken)
        {
            var list = items.ToList();
            if (field == MeetingRecord.Countries)
            {
                return list.Select(code => catalog.CountryName(code) ?? code).ToList();
            }

            var ids = MeetingRecord.ReadIds(string.Join(',', list));
            if (field == MeetingRecord.Topics)
            {
                return ids.Select(id => catalog.TopicName(id) ?? Id(id)).ToList();
            }

            var names = initiatives.Where(i => ids.Contains(i.Id)).DistinctBy(i => i.Id).ToDictionary(i => i.Id, i => i.Name);
            var missing = ids.Where(id => !names.ContainsKey(id)).ToList();
            if (missing.Count > 0)
            {
                foreach (var row in await db.Initiatives.AsNoTracking().Where(i => missing.Contains(i.Id)).Select(i => new { i.Id, i.Name }).ToListAsync(cancellationToken))
                {
                    names[row.Id] = row.Name;
                }
            }

            return ids.Select(id => names.GetValueOrDefault(id) ?? Id(id)).ToList();
        }

        private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
    }
}
