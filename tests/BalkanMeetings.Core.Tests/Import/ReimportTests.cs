using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using Microsoft.EntityFrameworkCore;
using NameFolding = BalkanMeetings.Core.Reference.NameFolding;
using static BalkanMeetings.Core.Tests.Import.ReimportDatabase;

namespace BalkanMeetings.Core.Tests.Import;

/// <summary>
/// Corrections win over the importer: for each kind of record, a corrected value survives importing the same article
/// again (its hash changed) and an updated article, and an article that now says something else raises a flag.
/// Seed meeting 1 comes from <see cref="ReimportDatabase.Stoltenberg"/>, 3 from <see cref="ReimportDatabase.Komsic"/>,
/// 4 and 5 from <see cref="ReimportDatabase.SarajevoAndPristina"/>, 6 from <see cref="ReimportDatabase.PlannedSarajevo"/>.
/// </summary>
public abstract class ReimportTests : IAsyncLifetime, IDisposable
{
    private const string KolaMeeting = "NATO Secretary General Mark Rutte met Albanian Minister of Foreign Affairs Arben Kola in Tirana on 5 March 2025.\n";
    private const string KollaMeeting = "NATO Secretary General Mark Rutte met Albanian Minister of Foreign Affairs Arben Kolla in Brussels on 9 April 2025.\n";

    private readonly ReimportDatabase _db;

    private protected ReimportTests(DatabaseProvider provider) => _db = new(provider);

    private static string InCetinje(string text) => Changed(text, "Dritan Abazović on December 16,2024", "Dritan Abazović in Cetinje on December 16,2024");

    private static string OnTheSeventeenth(string text) =>
        Changed(Changed(text, "December 16,2024", "December 17,2024"), "December 16, 2024", "December 17, 2024");

    private static string WithVucic(string text) => Changed(text, "Dritan Abazović on", "Dritan Abazović and Serbian President Aleksandar Vučić on");

    private static string WithKrapovic(string text) => Changed(text, "Dritan Abazović on", "Dritan Abazović and Defence Minister Dragan Krapović on");

    private static string OnDisinformation(string text) => Changed(text, "deepen the alliance’s commitment", "deepen the alliance’s commitment, counter disinformation");

    private static string SarajevoOnly(string text) => Changed(Changed(text, " and Pristina", string.Empty), " and Kosovo", string.Empty);

    private static string Changed(string text, string from, string to)
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Corrected_meeting_fields_survive_re_import_and_an_article_now_saying_otherwise_raises_one_flag()
    {
        await _db.EditMeetingAsync(1, new() { [MeetingRecord.City] = "Podgorica", [MeetingRecord.Title] = "Stoltenberg and Abazović in Podgorica" }, "From the photo caption");
        var version = await VersionAsync(1);

        _db.WriteSeed(Stoltenberg, Touched);
        Assert.Equal(1, (await _db.ImportAsync()).Updated);

        var state = await _db.MeetingStateAsync(1);
        Assert.Equal(("Podgorica", "Stoltenberg and Abazović in Podgorica"), (state[MeetingRecord.City], state[MeetingRecord.Title]));
        Assert.Empty(await _db.DisagreementsAsync());
        Assert.Equal(version, await VersionAsync(1));

        _db.WriteSeed(Stoltenberg, InCetinje);
        await _db.ImportAsync();

        state = await _db.MeetingStateAsync(1);
        Assert.Equal(("Podgorica", "Stoltenberg and Abazović in Podgorica"), (state[MeetingRecord.City], state[MeetingRecord.Title]));
        Assert.Equal(nameof(MeetingKind.Visit), state[MeetingRecord.Kind]);
        Assert.True(await VersionAsync(1) > version);

        // The title the importer makes names the city too.
        var flags = await _db.DisagreementsAsync();
        Assert.Equal([MeetingRecord.City, MeetingRecord.Title], flags.Select(f => f.Field).Order(StringComparer.Ordinal));
        var flag = flags.Single(f => f.Field == MeetingRecord.City);
        Assert.Equal((nameof(Meeting), 1, (int?)1, FlagStatus.Open, FlagSeverity.Warning, "Cetinje"), (flag.RecordType, flag.RecordId!.Value, flag.MeetingId, flag.Status, flag.Severity, flag.Evidence));
        Assert.Contains("“Cetinje”", flag.Message, StringComparison.Ordinal);
        Assert.Contains("“Podgorica”", flag.Message, StringComparison.Ordinal);
        Assert.Equal("Cetinje", (await _db.CorrectionAsync(nameof(Meeting), 1, MeetingRecord.City)).ImportedValue);

        // The same difference is reported once, not on every import.
        _db.WriteSeed(Stoltenberg, text => Touched(InCetinje(text)));
        await _db.ImportAsync();

        Assert.Equal(flags.Select(f => f.Id), (await _db.DisagreementsAsync()).Select(f => f.Id));
    }

    [SkippableFact]
    public async Task An_article_that_comes_to_agree_with_the_editor_raises_no_flag()
    {
        await _db.EditMeetingAsync(1, new() { [MeetingRecord.City] = "Cetinje" }, "From the photo caption");

        _db.WriteSeed(Stoltenberg, InCetinje);
        await _db.ImportAsync();

        Assert.Equal("Cetinje", (await _db.MeetingStateAsync(1))[MeetingRecord.City]);
        Assert.Empty(await _db.DisagreementsAsync());
    }

    [SkippableFact]
    public async Task A_corrected_date_survives_re_import_and_a_new_date_in_the_article_is_flagged_with_its_words()
    {
        var flag = Assert.Single(await CorrectAndReimportAsync(1, MeetingRecord.Date, "2024-12-15", Stoltenberg, OnTheSeventeenth));

        Assert.Equal(nameof(ValueOrigin.Edited), (await _db.MeetingStateAsync(1))[MeetingRecord.DateOrigin]);
        Assert.Equal((1, MeetingRecord.Date), (flag.RecordId!.Value, flag.Field));
        Assert.Contains("“2024-12-17”", flag.Message, StringComparison.Ordinal);
        Assert.Contains("December 17", flag.Evidence, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_corrected_country_list_is_the_editors_whole_while_the_uncorrected_participants_follow_the_article()
    {
        var flag = Assert.Single(await CorrectAndReimportAsync(1, MeetingRecord.Countries, "ME,XK", Stoltenberg, WithVucic));

        Assert.Contains(MeetingRecord.ReadParticipants((await _db.MeetingStateAsync(1))[MeetingRecord.Participants]), p => p.NameAsWritten == "Aleksandar Vučić");
        Assert.Equal(MeetingRecord.Countries, flag.Field);
        Assert.Contains("now also names Serbia", flag.Message, StringComparison.Ordinal);
        Assert.Equal("ME,RS", (await _db.CorrectionAsync(nameof(Meeting), 1, MeetingRecord.Countries)).ImportedValue);
    }

    [SkippableFact]
    public async Task A_corrected_topic_list_gets_no_topic_added_or_removed_and_a_new_topic_in_the_article_is_flagged()
    {
        const int cybersecurity = 7;
        var topics = MeetingRecord.ReadIds((await _db.MeetingStateAsync(1))[MeetingRecord.Topics]);
        Assert.Contains(cybersecurity, topics);

        var flag = Assert.Single(await CorrectAndReimportAsync(1, MeetingRecord.Topics, MeetingRecord.List(topics.Where(id => id != cybersecurity)), Stoltenberg, OnDisinformation));

        Assert.Equal(MeetingRecord.Topics, flag.Field);
        Assert.Contains("now also names countering disinformation", flag.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("cybersecurity", flag.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_corrected_initiative_list_stays_as_the_editor_left_it_and_agreeing_with_it_raises_no_flag()
    {
        const string intelligenceRow = "| Intelligence Sharing | Improve threat response | Promptly |";
        var intelligence = await _db.IdAsync<Initiative>(q => q.Where(i => i.Name == "Intelligence Sharing").Select(i => i.Id));
        var initiatives = MeetingRecord.ReadIds((await _db.MeetingStateAsync(3))[MeetingRecord.Initiatives]);
        var corrected = MeetingRecord.List(initiatives.Where(id => id != intelligence));

        // The article drops the row too: it now agrees with the editor.
        Assert.Empty(await CorrectAndReimportAsync(3, MeetingRecord.Initiatives, corrected, Komsic, text => Changed(text, intelligenceRow + "\n", string.Empty)));

        _db.WriteSeed(Komsic, text => Changed(text, intelligenceRow, "| Cyber Range | Train cyber defenders | 2026 |"));
        await _db.ImportAsync();

        Assert.Equal(corrected, (await _db.MeetingStateAsync(3))[MeetingRecord.Initiatives]);
        var flag = Assert.Single(await _db.DisagreementsAsync());
        Assert.Equal((3, MeetingRecord.Initiatives), (flag.RecordId!.Value, flag.Field));
        Assert.Contains("now also names Cyber Range", flag.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_corrected_participant_list_keeps_an_editor_removed_and_an_editor_added_participant_and_flags_a_new_one()
    {
        var participants = MeetingRecord.ReadParticipants((await _db.MeetingStateAsync(1))[MeetingRecord.Participants]);
        var abazovic = participants.Single(p => p.NameAsWritten == "Dritan Abazović");
        var rutte = await _db.IdAsync<Person>(q => q.Where(p => p.Name == "Mark Rutte").Select(p => p.Id));
        var corrected = MeetingRecord.WriteParticipants([abazovic, new ParticipantValue(0, rutte, null, ValueOrigin.Edited, "Secretary General", "NATO", null)]);

        var flag = Assert.Single(await CorrectAndReimportAsync(1, MeetingRecord.Participants, corrected, Stoltenberg, WithKrapovic));

        Assert.Equal(MeetingRecord.Participants, flag.Field);
        Assert.Contains("now also names Dragan Krapović (Minister of Defence, Montenegro)", flag.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Stoltenberg", flag.Message, StringComparison.Ordinal);

        // The importer's doubt about Stoltenberg went with him.
        await using var db = _db.CreateContext();
        Assert.False(await db.ReviewFlags.AnyAsync(f => f.MeetingId == 1 && f.Kind == FlagKind.RoleDoesNotFitDate && f.Message.StartsWith("Stoltenberg")));
    }

    [SkippableFact]
    public async Task A_person_renamed_by_an_editor_keeps_the_name_and_the_participations_and_a_new_spelling_is_flagged()
    {
        _db.Write("kola.txt", KolaMeeting);
        await _db.ImportAsync();
        var kola = await _db.IdAsync<Person>(q => q.Where(p => p.Name == "Arben Kola").Select(p => p.Id));
        var participation = await _db.IdAsync<Participation>(q => q.Where(p => p.PersonId == kola).Select(p => p.Id));

        // The old name is kept as an alias.
        await _db.SaveAsync(nameof(Person), kola, new() { [PersonRecord.Name] = "Arben Kolë" });

        _db.Write("kola.txt", Touched(KolaMeeting));
        await _db.ImportAsync();

        await AssertKolaAsync();
        Assert.Empty(await _db.DisagreementsAsync());

        _db.Write("kola.txt", KolaMeeting.Replace("Arben Kola", "Arbën Kola", StringComparison.Ordinal));
        await _db.ImportAsync();

        await AssertKolaAsync();
        var flag = Assert.Single(await _db.DisagreementsAsync());
        Assert.Equal((nameof(Person), kola, nameof(Person.Name)), (flag.RecordType, flag.RecordId!.Value, flag.Field));
        Assert.Contains("“Arbën Kola”", flag.Message, StringComparison.Ordinal);
        Assert.Contains("“Arben Kolë”", flag.Message, StringComparison.Ordinal);

        async Task AssertKolaAsync()
        {
            await using var db = _db.CreateContext();
            var person = await db.People.Include(p => p.Aliases).SingleAsync(p => p.Id == kola);
            Assert.Equal("Arben Kolë", person.Name);
            Assert.Equal(["Arben Kola"], person.Aliases.Select(a => a.Text));
            Assert.Equal(kola, (await db.Participations.SingleAsync(p => p.Id == participation)).PersonId);
            Assert.False(await db.People.AnyAsync(p => p.Name == "Arben Kola" || p.Name == "Arbën Kola"));
        }
    }

    [SkippableFact]
    public async Task A_person_renamed_without_keeping_the_old_name_is_still_found_by_it()
    {
        _db.Write("kola.txt", KolaMeeting);
        await _db.ImportAsync();
        var kola = await _db.IdAsync<Person>(q => q.Where(p => p.Name == "Arben Kola").Select(p => p.Id));
        await _db.SaveAsync(nameof(Person), kola, new() { [PersonRecord.Name] = "Arben Kolë" });
        await _db.SaveAsync(nameof(Person), kola, new() { [PersonRecord.Aliases] = null }, "Not a spelling anyone should use");

        _db.Write("kola.txt", Touched(KolaMeeting));
        await _db.ImportAsync();

        await using var db = _db.CreateContext();
        Assert.Equal(["Arben Kolë"], await db.Participations.Where(p => p.NameAsWritten == "Arben Kola").Select(p => p.Person!.Name).ToListAsync());
        Assert.False(await db.People.AnyAsync(p => p.Name == "Arben Kola"));
    }

    [SkippableFact]
    public async Task Aliases_an_editor_gave_a_person_stay_and_resolve_a_spelling_the_article_comes_to_use()
    {
        var abazovic = await _db.IdAsync<Person>(q => q.Where(p => p.Name == "Dritan Abazović").Select(p => p.Id));
        var participation = await _db.IdAsync<Participation>(q => q.Where(p => p.MeetingId == 1 && p.PersonId == abazovic).Select(p => p.Id));
        string[] aliases = ["Dritan Abazovic", "Dritan Abazovich"];
        await _db.SaveAsync(nameof(Person), abazovic, new() { [PersonRecord.Aliases] = string.Join('\n', aliases) });

        _db.WriteSeed(Stoltenberg, text => Changed(text, "Dritan Abazović on", "Dritan Abazovich on"));
        await _db.ImportAsync();

        await using var db = _db.CreateContext();
        var person = await db.People.Include(p => p.Aliases).SingleAsync(p => p.Id == abazovic);
        Assert.Equal(aliases, person.Aliases.Select(a => a.Text).Order(StringComparer.Ordinal));
        var row = await db.Participations.SingleAsync(p => p.Id == participation);
        Assert.Equal((abazovic, "Dritan Abazovich"), (row.PersonId!.Value, row.NameAsWritten));
        Assert.False(await db.People.AnyAsync(p => p.Name == "Dritan Abazovich"));
        Assert.Empty(await _db.DisagreementsAsync());
    }

    [SkippableFact]
    public async Task The_topic_vocabulary_an_editor_corrected_is_what_the_importer_maps_with_and_keeps()
    {
        const int membership = 33, hybrid = 21;
        var synonyms = LineList.Read((await _db.StateAsync(nameof(Topic), membership))[TopicRecord.Synonyms]).Where(p => p != "joining NATO");
        await _db.SaveAsync(nameof(Topic), membership, new() { [TopicRecord.Synonyms] = LineList.Write(synonyms) });
        var hybridSynonyms = LineList.Read((await _db.StateAsync(nameof(Topic), hybrid))[TopicRecord.Synonyms]).Append("pressing security challenges");
        await _db.SaveAsync(nameof(Topic), hybrid, new() { [TopicRecord.Name] = "hybrid and cyber threats", [TopicRecord.Synonyms] = LineList.Write(hybridSynonyms) });
        async Task<string> VocabularyAsync() => (await _db.StateAsync(nameof(Topic), membership)).Encode() + (await _db.StateAsync(nameof(Topic), hybrid)).Encode();
        var corrected = await VocabularyAsync();

        _db.WriteSeed(Stoltenberg, Touched);
        await _db.ImportAsync();

        Assert.Equal(corrected, await VocabularyAsync());
        await using var db = _db.CreateContext();
        var links = await db.MeetingTopics.Where(t => t.MeetingId == 1).ToDictionaryAsync(t => t.TopicId, t => t.RawLabel);
        Assert.Equal("pressing security challenges", links[hybrid]);
        Assert.False(links.ContainsKey(membership));
    }

    [SkippableFact]
    public async Task Corrected_initiative_fields_survive_the_rest_follows_the_article_and_a_corrected_initiative_is_never_deleted()
    {
        var training = await _db.IdAsync<Initiative>(q => q.Where(i => i.Name == "Training Programs").Select(i => i.Id));
        var intelligence = await _db.IdAsync<Initiative>(q => q.Where(i => i.Name == "Intelligence Sharing").Select(i => i.Id));
        await _db.SaveAsync(nameof(Initiative), training, new() { [InitiativeRecord.Objective] = "Modernise the armed forces" });
        await _db.SaveAsync(nameof(Initiative), intelligence, new() { [InitiativeRecord.Name] = "Intelligence Sharing Initiative" });

        _db.WriteSeed(Komsic, Touched);
        await _db.ImportAsync();

        Assert.Equal(("Modernise the armed forces", "Ongoing"), await InitiativeAsync(training));
        Assert.Empty(await _db.DisagreementsAsync());

        // The article's old name still means the renamed initiative.
        Assert.Contains(intelligence, MeetingRecord.ReadIds((await _db.MeetingStateAsync(3))[MeetingRecord.Initiatives]));
        await using (var check = _db.CreateContext())
        {
            Assert.False(await check.Initiatives.AnyAsync(i => i.Name == "Intelligence Sharing"));
        }

        _db.WriteSeed(Komsic, text => Changed(
            Changed(text, "| Training Programs | Develop modern defense capabilities | Ongoing |", "| Training Programs | Develop modern capabilities | 2026 |"),
            "| Intelligence Sharing | Improve threat response | Promptly |\n",
            string.Empty));
        await _db.ImportAsync();

        Assert.Equal(("Modernise the armed forces", "2026"), await InitiativeAsync(training));
        var flag = Assert.Single(await _db.DisagreementsAsync());
        Assert.Equal((nameof(Initiative), training, nameof(Initiative.Objective)), (flag.RecordType, flag.RecordId!.Value, flag.Field));
        Assert.Contains("“Develop modern capabilities”", flag.Message, StringComparison.Ordinal);

        // No longer named by the meeting, but corrected: it stays.
        Assert.DoesNotContain(intelligence, MeetingRecord.ReadIds((await _db.MeetingStateAsync(3))[MeetingRecord.Initiatives]));
        await using var db = _db.CreateContext();
        Assert.Equal("Intelligence Sharing Initiative", (await db.Initiatives.SingleAsync(i => i.Id == intelligence)).Name);
    }

    [SkippableFact]
    public async Task A_resolved_flag_survives_re_import_and_is_not_raised_again()
    {
        int resolved, open;
        await using (var db = _db.CreateContext())
        {
            resolved = await db.ReviewFlags.Where(f => f.MeetingId == 3 && f.Message.StartsWith("Stoltenberg")).Select(f => f.Id).SingleAsync();
            open = await db.ReviewFlags.Where(f => f.MeetingId == 3 && f.Message.StartsWith("Komšić")).Select(f => f.Id).SingleAsync();
        }

        await _db.SaveAsync(nameof(ReviewFlag), resolved, new() { [FlagRecord.Status] = nameof(FlagStatus.Accepted), [FlagRecord.ResolutionNote] = "The article's date is wrong, not the office" });

        _db.WriteSeed(Komsic, Touched);
        await _db.ImportAsync();

        await using (var db = _db.CreateContext())
        {
            var flags = await db.ReviewFlags.Where(f => f.MeetingId == 3).ToListAsync();
            var kept = flags.Single(f => f.Message.StartsWith("Stoltenberg", StringComparison.Ordinal));
            Assert.Equal((resolved, FlagStatus.Accepted, "The article's date is wrong, not the office"), (kept.Id, kept.Status, kept.ResolutionNote));
            var raisedAgain = flags.Single(f => f.Message.StartsWith("Komšić", StringComparison.Ordinal));
            Assert.Equal(FlagStatus.Open, raisedAgain.Status);
            Assert.NotEqual(open, raisedAgain.Id);
        }
    }

    [SkippableFact]
    public async Task A_flag_resolved_without_a_note_survives_too()
    {
        var resolved = await _db.IdAsync<ReviewFlag>(q => q.Where(f => f.MeetingId == 3 && f.Message.StartsWith("Stoltenberg")).Select(f => f.Id));
        await using (var db = _db.CreateContext())
        {
            await db.ReviewFlags.Where(f => f.Id == resolved).ExecuteUpdateAsync(u => u.SetProperty(f => f.Status, FlagStatus.Dismissed));
        }

        _db.WriteSeed(Komsic, Touched);
        await _db.ImportAsync();

        await using (var db = _db.CreateContext())
        {
            var flags = await db.ReviewFlags.Where(f => f.MeetingId == 3 && f.Message.StartsWith("Stoltenberg")).Select(f => new { f.Id, f.Status }).ToListAsync();
            Assert.Equal([(resolved, FlagStatus.Dismissed)], flags.Select(f => (f.Id, f.Status)));
        }
    }

    [SkippableFact]
    public async Task Ids_stay_when_a_changed_article_is_imported_again_and_uncorrected_values_follow_it()
    {
        var before = await RowsAsync();

        _db.WriteSeed(Stoltenberg, InCetinje);
        await _db.ImportAsync();

        Assert.Equal(before, await RowsAsync());
        Assert.Equal("Cetinje", (await _db.MeetingStateAsync(1))[MeetingRecord.City]);
        await using var db = _db.CreateContext();
        Assert.Equal(6, await db.Meetings.CountAsync());
        Assert.Equal(1, await db.ReviewFlags.CountAsync(f => f.MeetingId == 1 && f.Message.StartsWith("Stoltenberg")));

        async Task<string> RowsAsync()
        {
            await using var db = _db.CreateContext();
            var article = await db.Articles.Where(a => a.FileName == Stoltenberg).Select(a => a.Id).SingleAsync();
            var meetings = await db.MeetingSources.Where(s => s.ArticleId == article).Select(s => s.MeetingId).ToListAsync();
            var participations = await db.Participations.Where(p => p.ArticleId == article).OrderBy(p => p.Id).Select(p => $"{p.Id}:{p.PersonId}").ToListAsync();
            return $"{article} [{string.Join(',', meetings)}] [{string.Join(',', participations)}]";
        }
    }

    [SkippableFact]
    public async Task A_meeting_the_article_no_longer_reports_goes()
    {
        _db.WriteSeed(SarajevoAndPristina, SarajevoOnly);
        await _db.ImportAsync();

        await using var db = _db.CreateContext();
        Assert.Equal([1, 2, 3, 4, 6], await db.Meetings.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync());
        Assert.Empty(await _db.DisagreementsAsync());
    }

    [SkippableFact]
    public async Task A_corrected_meeting_the_article_no_longer_reports_stays_with_one_flag()
    {
        await _db.EditMeetingAsync(5, new() { [MeetingRecord.Venue] = "Government building" }, "From the NATO press release");

        _db.WriteSeed(SarajevoAndPristina, SarajevoOnly);
        await _db.ImportAsync();

        Assert.Equal("Government building", (await _db.MeetingStateAsync(5))[MeetingRecord.Venue]);
        var flag = Assert.Single(await _db.DisagreementsAsync());
        Assert.Equal((nameof(Meeting), 5, (string?)null, FlagStatus.Open), (flag.RecordType, flag.RecordId!.Value, flag.Field, flag.Status));
        Assert.Contains("no longer reports this meeting", flag.Message, StringComparison.Ordinal);

        // Imported again, still one open flag; once resolved, it is not raised again.
        _db.WriteSeed(SarajevoAndPristina, text => Touched(SarajevoOnly(text)));
        await _db.ImportAsync();
        Assert.Equal([FlagStatus.Open], (await _db.DisagreementsAsync()).Select(f => f.Status));

        await using (var db = _db.CreateContext())
        {
            await db.ReviewFlags.Where(f => f.Kind == FlagKind.ArticleDisagreesWithCorrection).ExecuteUpdateAsync(u => u.SetProperty(f => f.Status, FlagStatus.Accepted));
        }

        _db.WriteSeed(SarajevoAndPristina, text => Touched(Touched(SarajevoOnly(text))));
        await _db.ImportAsync();
        Assert.Equal([FlagStatus.Accepted], (await _db.DisagreementsAsync()).Select(f => f.Status));
        Assert.Equal("Government building", (await _db.MeetingStateAsync(5))[MeetingRecord.Venue]);
    }

    [SkippableFact]
    public async Task A_meeting_merged_by_an_editor_stays_merged_when_the_merged_away_article_is_imported_again()
    {
        // As a merge leaves it: meeting 6's source and participants moved to meeting 4, meeting 6 gone.
        int article;
        await using (var db = _db.CreateContext())
        {
            article = await db.Articles.Where(a => a.FileName == PlannedSarajevo).Select(a => a.Id).SingleAsync();
            await db.Participations.Where(p => p.MeetingId == 6).ExecuteUpdateAsync(u => u.SetProperty(p => p.MeetingId, 4));
            await db.ReviewFlags.Where(f => f.MeetingId == 6).ExecuteUpdateAsync(u => u.SetProperty(f => f.MeetingId, 4));
            db.MeetingSources.Add(new MeetingSource { MeetingId = 4, ArticleId = article });
            await db.SaveChangesAsync();
            await db.Meetings.Where(m => m.Id == 6).ExecuteDeleteAsync();
        }

        var participants = (await _db.MeetingStateAsync(4))[MeetingRecord.Participants];

        _db.WriteSeed(PlannedSarajevo, text => Changed(text, "Bosnia and Herzegovina as part", "Bosnia and Herzegovina in Mostar as part"));
        var summary = await _db.ImportAsync();

        Assert.Equal((1, 0, 0), (summary.Updated, summary.MeetingsCreated, summary.MeetingsMerged));
        await using (var db = _db.CreateContext())
        {
            Assert.Equal([1, 2, 3, 4, 5], await db.Meetings.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync());
            Assert.Equal([4], await db.MeetingSources.Where(s => s.ArticleId == article).Select(s => s.MeetingId).ToListAsync());
        }

        // The other source's values stay; the article's participant is the same row.
        var state = await _db.MeetingStateAsync(4);
        Assert.Equal(("Sarajevo", participants), (state[MeetingRecord.City], state[MeetingRecord.Participants]));
    }

    [SkippableFact]
    public async Task A_person_merged_by_an_editor_stays_merged_when_the_merged_away_name_is_imported_again()
    {
        _db.Write("kola.txt", KolaMeeting);
        _db.Write("kolla.txt", KollaMeeting);
        await _db.ImportAsync();
        var kola = await _db.IdAsync<Person>(q => q.Where(p => p.Name == "Arben Kola").Select(p => p.Id));
        var kolla = await _db.IdAsync<Person>(q => q.Where(p => p.Name == "Arben Kolla").Select(p => p.Id));
        var participation = await _db.IdAsync<Participation>(q => q.Where(p => p.PersonId == kolla).Select(p => p.Id));

        // As a merge leaves it: the merged-away name an alias of the person kept, the participations moved.
        await using (var db = _db.CreateContext())
        {
            db.PersonAliases.Add(new PersonAlias { PersonId = kola, Text = "Arben Kolla", SearchKey = NameFolding.Fold("Arben Kolla") });
            await db.SaveChangesAsync();
            await db.Participations.Where(p => p.PersonId == kolla).ExecuteUpdateAsync(u => u.SetProperty(p => p.PersonId, kola));
            await db.People.Where(p => p.Id == kolla).ExecuteDeleteAsync();
        }

        _db.Write("kolla.txt", Touched(KollaMeeting));
        var summary = await _db.ImportAsync();

        Assert.Equal(0, summary.PeopleCreated);
        await using (var db = _db.CreateContext())
        {
            Assert.Equal(kola, (await db.Participations.SingleAsync(p => p.Id == participation)).PersonId);
            Assert.False(await db.People.AnyAsync(p => p.Name == "Arben Kolla"));
        }
    }

    // Corrects one field of a meeting through the record editor, then imports the article touched (the value stays and
    // nothing is flagged) and changed (the value stays); returns the flags the changed article raised.
    private async Task<List<ReviewFlag>> CorrectAndReimportAsync(int meetingId, string field, string? value, string seed, Func<string, string> change)
    {
        await _db.EditMeetingAsync(meetingId, new() { [field] = value }, "Checked against the source");
        var corrected = (await _db.MeetingStateAsync(meetingId))[field];

        _db.WriteSeed(seed, Touched);
        await _db.ImportAsync();

        Assert.Equal(corrected, (await _db.MeetingStateAsync(meetingId))[field]);
        Assert.Empty(await _db.DisagreementsAsync());

        _db.WriteSeed(seed, change);
        await _db.ImportAsync();

        Assert.Equal(corrected, (await _db.MeetingStateAsync(meetingId))[field]);
        return await _db.DisagreementsAsync();
    }

    private async Task<(string? Objective, string? Timeline)> InitiativeAsync(int id)
    {
        await using var db = _db.CreateContext();
        var initiative = await db.Initiatives.Where(i => i.Id == id).Select(i => new { i.Objective, i.Timeline }).SingleAsync();
        return (initiative.Objective, initiative.Timeline);
    }

    private async Task<int> VersionAsync(int meetingId)
    {
        await using var db = _db.CreateContext();
        return await db.Meetings.Where(m => m.Id == meetingId).Select(m => m.Version).SingleAsync();
    }

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    public void Dispose()
    {
        _db.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteReimportTests() : ReimportTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSQL")]
public sealed class PostgresReimportTests() : ReimportTests(DatabaseProvider.PostgreSQL);
