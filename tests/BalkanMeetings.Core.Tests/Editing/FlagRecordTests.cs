using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Review;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Tests.Editing;

public sealed class FlagRecordTests : IAsyncLifetime
{
    private const string Flag = nameof(ReviewFlag);
    private readonly EditingDatabase _database = new();

    [Theory]
    [InlineData(FlagStatus.Accepted)]
    [InlineData(FlagStatus.Corrected)]
    [InlineData(FlagStatus.Dismissed)]
    public async Task A_resolution_is_a_revision_and_stamps_the_flag_with_the_editor_and_the_time(FlagStatus outcome)
    {
        var flagId = await StoltenbergFlagAsync();
        var opened = await OpenAsync(Flag, flagId);

        var result = await ResolveAsync([new RecordEdit(Flag, flagId, opened, Resolution(outcome, "  Checked against the office holders  "))], "Checked against the office holders");

        Assert.Equal(EditStatus.Saved, result.Status);
        await using var db = _database.CreateContext();
        var flag = await db.ReviewFlags.SingleAsync(f => f.Id == flagId);
        var revision = await db.Revisions.Include(r => r.Changes).SingleAsync();
        Assert.Equal((outcome, "Checked against the office holders", "Erin Editor"), (flag.Status, flag.ResolutionNote, flag.ResolvedBy));
        Assert.Equal(revision.AtUtc, flag.ResolvedAtUtc);
        Assert.Equal((RevisionKind.Resolve, Flag, flagId), (revision.Kind, revision.RecordType, revision.RecordId));
        Assert.Equal(
            [(FlagRecord.ResolutionNote, null, "Checked against the office holders"), (FlagRecord.Status, nameof(FlagStatus.Open), outcome.ToString())],
            revision.Changes.OrderBy(c => c.Field, StringComparer.Ordinal).Select(c => (c.Field, c.Before, c.After)));
    }

    [Fact]
    public async Task A_resolution_needs_a_note_and_a_known_outcome()
    {
        var flagId = await StoltenbergFlagAsync();
        var opened = await OpenAsync(Flag, flagId);

        var withoutNote = await ResolveAsync([new RecordEdit(Flag, flagId, opened, Resolution(FlagStatus.Accepted, " "))], " ");
        var unknownOutcome = await ResolveAsync([new RecordEdit(Flag, flagId, opened, new RecordState { [FlagRecord.Status] = "Ignored", [FlagRecord.ResolutionNote] = "x" })], "x");

        Assert.Equal(EditStatus.Invalid, withoutNote.Status);
        Assert.Contains("Say why", withoutNote.Errors[FlagRecord.ResolutionNote], StringComparison.Ordinal);
        Assert.Equal(EditStatus.Invalid, unknownOutcome.Status);
        Assert.Contains("accepted as correct", unknownOutcome.Errors[FlagRecord.Status], StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Equal(FlagStatus.Open, (await db.ReviewFlags.SingleAsync(f => f.Id == flagId)).Status);
        Assert.Empty(db.Revisions);
    }

    [Fact]
    public async Task A_flag_already_resolved_is_a_conflict_for_a_form_opened_before_and_refused_for_one_opened_after()
    {
        var flagId = await StoltenbergFlagAsync();
        var openedBefore = await OpenAsync(Flag, flagId);
        Assert.Equal(EditStatus.Saved, (await ResolveAsync([new RecordEdit(Flag, flagId, openedBefore, Resolution(FlagStatus.Dismissed, "Not a doubt"))], "Not a doubt")).Status);

        var stale = await ResolveAsync([new RecordEdit(Flag, flagId, openedBefore, Resolution(FlagStatus.Accepted, "Fine as it is"))], "Fine as it is");
        var fresh = await ResolveAsync([new RecordEdit(Flag, flagId, await OpenAsync(Flag, flagId), Resolution(FlagStatus.Accepted, "Fine as it is"))], "Fine as it is");

        Assert.Equal(EditStatus.Conflict, stale.Status);
        Assert.Contains(new ChangedMeanwhile(FlagRecord.Status, nameof(FlagStatus.Open), nameof(FlagStatus.Dismissed)), stale.Conflicts);
        Assert.Equal(EditStatus.Invalid, fresh.Status);
        Assert.Contains("already resolved", fresh.Errors[FlagRecord.Status], StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        var flag = await db.ReviewFlags.SingleAsync(f => f.Id == flagId);
        Assert.Equal((FlagStatus.Dismissed, "Not a doubt"), (flag.Status, flag.ResolutionNote));
    }

    [Fact]
    public async Task Reverting_a_resolution_reopens_the_flag()
    {
        var flagId = await StoltenbergFlagAsync();
        var saved = await ResolveAsync([new RecordEdit(Flag, flagId, await OpenAsync(Flag, flagId), Resolution(FlagStatus.Accepted, "Fine"))], "Fine");

        await using (var db = _database.CreateContext())
        {
            Assert.Equal(EditStatus.Saved, (await EditingDatabase.CreateReverter(db).RevertAsync(saved.RevisionId!.Value, "Too quick", _database.Editor, CancellationToken.None)).Status);
        }

        await using (var db = _database.CreateContext())
        {
            var flag = await db.ReviewFlags.SingleAsync(f => f.Id == flagId);
            Assert.Equal((FlagStatus.Open, null, null, null), (flag.Status, flag.ResolutionNote, flag.ResolvedBy, flag.ResolvedAtUtc));
            Assert.Empty(db.Corrections);
        }
    }

    [Fact]
    public async Task The_office_holder_replaces_the_participant_and_the_flag_is_resolved_in_one_revision_that_one_revert_undoes()
    {
        var flagId = await StoltenbergFlagAsync();
        var replacement = (await ReviewAsync(flagId)).Replacement!;
        Assert.Equal(("Jens Stoltenberg", "Mark Rutte"), (replacement.Replaced, replacement.Holder));
        var meeting = await OpenAsync(nameof(Meeting), replacement.MeetingId);

        var saved = await ResolveAsync(
            [
                new RecordEdit(Flag, flagId, await OpenAsync(Flag, flagId), Resolution(FlagStatus.Corrected, "Rutte held the office")),
                new RecordEdit(nameof(Meeting), replacement.MeetingId, meeting, replacement.Propose(meeting)),
            ],
            "Rutte held the office");

        Assert.Equal(EditStatus.Saved, saved.Status);
        await using (var db = _database.CreateContext())
        {
            var participant = await db.Participations.SingleAsync(p => p.Id == replacement.ParticipantId);
            Assert.Equal((replacement.HolderId, ValueOrigin.Edited, "Jens stoltenberg", "Secretary General"), (participant.PersonId!.Value, participant.NameOrigin, participant.NameAsWritten, participant.Role));
            var revision = await db.Revisions.Include(r => r.Changes).SingleAsync();
            Assert.Equal(
                [(nameof(Meeting), MeetingRecord.Participants), (Flag, FlagRecord.ResolutionNote), (Flag, FlagRecord.Status)],
                revision.Changes.Select(c => (c.RecordType, c.Field)).Order());
            Assert.Equal(EditStatus.Saved, (await EditingDatabase.CreateReverter(db).RevertAsync(saved.RevisionId!.Value, "Undo", _database.Editor, CancellationToken.None)).Status);
        }

        Assert.Equal(meeting, await OpenAsync(nameof(Meeting), replacement.MeetingId));
        await using (var db = _database.CreateContext())
        {
            Assert.Equal(FlagStatus.Open, (await db.ReviewFlags.SingleAsync(f => f.Id == flagId)).Status);
        }
    }

    [Fact]
    public async Task A_save_over_several_records_writes_nothing_when_one_of_them_changed_meanwhile()
    {
        var flagId = await StoltenbergFlagAsync();
        var review = await ReviewAsync(flagId);
        var meeting = await OpenAsync(nameof(Meeting), review.Replacement!.MeetingId);
        await using (var db = _database.CreateContext())
        {
            var cityEdit = await EditingDatabase.CreateEditor(db).SaveAsync(nameof(Meeting), review.Replacement.MeetingId, meeting, new RecordState { [MeetingRecord.City] = "Podgorica" }, "City", _database.Editor, CancellationToken.None);
            Assert.Equal(EditStatus.Saved, cityEdit.Status);
        }

        var result = await ResolveAsync(
            [
                new RecordEdit(Flag, flagId, await OpenAsync(Flag, flagId), Resolution(FlagStatus.Corrected, "Rutte held the office")),
                new RecordEdit(nameof(Meeting), review.Replacement.MeetingId, meeting, review.Replacement.Propose(meeting)),
            ],
            "Rutte held the office");

        Assert.Equal(EditStatus.Conflict, result.Status);
        Assert.Equal(MeetingRecord.City, Assert.Single(result.Conflicts).Field);
        await using var check = _database.CreateContext();
        Assert.Equal(FlagStatus.Open, (await check.ReviewFlags.SingleAsync(f => f.Id == flagId)).Status);
        Assert.Equal(1, await check.Revisions.CountAsync());
    }

    [Fact]
    public async Task Two_writes_of_one_flag_status_at_once_are_caught_by_the_second()
    {
        var flagId = await StoltenbergFlagAsync();
        await using var first = _database.CreateContext();
        await using var second = _database.CreateContext();
        var mine = await first.ReviewFlags.SingleAsync(f => f.Id == flagId);
        var theirs = await second.ReviewFlags.SingleAsync(f => f.Id == flagId);

        theirs.Status = FlagStatus.Dismissed;
        await second.SaveChangesAsync();
        mine.Status = FlagStatus.Accepted;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());
    }

    [Fact]
    public async Task The_review_shows_the_article_sentence_around_the_flagged_words_and_offers_no_fix_for_other_kinds()
    {
        await using var db = _database.CreateContext();
        var query = new FlagReviewQuery(db);

        var stoltenberg = (await query.LoadAsync(await StoltenbergFlagAsync(), CancellationToken.None))!;
        var missingDate = (await query.LoadAsync(await db.ReviewFlags.Where(f => f.Kind == FlagKind.MissingDate).Select(f => f.Id).FirstAsync(), CancellationToken.None))!;

        var excerpt = stoltenberg.Excerpt!;
        Assert.Equal("NATO Secretary General Jens stoltenberg", excerpt.Words);
        Assert.StartsWith("In a significant diplomatic engagement, ", excerpt.Before, StringComparison.Ordinal);
        Assert.EndsWith("commitment to stability in the Balkans.", excerpt.After, StringComparison.Ordinal);
        Assert.Equal(("Jens Stoltenberg", "Secretary General of NATO"), (stoltenberg.Participant!.Name, stoltenberg.Participant.Office));
        Assert.Null(missingDate.Replacement);
        Assert.Null(await query.LoadAsync(999_999, CancellationToken.None));
    }

    [Fact]
    public void An_excerpt_is_cut_at_sentence_ends_or_a_few_hundred_characters_and_says_so()
    {
        var text = "First sentence. " + new string('a', 300) + " the words " + new string('b', 300) + ". Last.";
        var start = text.IndexOf("the words", StringComparison.Ordinal);

        var excerpt = ArticleExcerpt.Around(1, "t", text, start, start + "the words".Length);
        var sentence = ArticleExcerpt.Around(1, "t", "One. Two words here. Three.", 9, 14);

        Assert.StartsWith("…", excerpt.Before, StringComparison.Ordinal);
        Assert.EndsWith("…", excerpt.After, StringComparison.Ordinal);
        Assert.Equal(("Two ", "words", " here."), (sentence.Before, sentence.Words, sentence.After));
    }

    [Fact]
    public void An_excerpt_runs_on_past_the_full_stop_of_an_abbreviation()
    {
        const string text = "Talks ended. Gen. Mark Rutte met Mr. Stoltenberg in Skopje. Then lunch.";
        var start = text.IndexOf("Stoltenberg", StringComparison.Ordinal);

        var excerpt = ArticleExcerpt.Around(1, "t", text, start, start + "Stoltenberg".Length);

        Assert.Equal(("Gen. Mark Rutte met Mr. ", "Stoltenberg", " in Skopje."), (excerpt.Before, excerpt.Words, excerpt.After));
    }

    private static RecordState Resolution(FlagStatus status, string note) =>
        new() { [FlagRecord.Status] = status.ToString(), [FlagRecord.ResolutionNote] = note };

    private async Task<int> StoltenbergFlagAsync()
    {
        await using var db = _database.CreateContext();
        return await db.ReviewFlags
            .Where(f => f.Kind == FlagKind.RoleDoesNotFitDate && f.MeetingId == 1 && f.Message.StartsWith("Stoltenberg"))
            .Select(f => f.Id)
            .SingleAsync();
    }

    private async Task<FlagReview> ReviewAsync(int flagId)
    {
        await using var db = _database.CreateContext();
        return (await new FlagReviewQuery(db).LoadAsync(flagId, CancellationToken.None))!;
    }

    private async Task<RecordState> OpenAsync(string recordType, int id)
    {
        await using var db = _database.CreateContext();
        return (await EditingDatabase.CreateEditor(db).LoadAsync(recordType, id, CancellationToken.None))!;
    }

    private async Task<EditResult> ResolveAsync(IReadOnlyList<RecordEdit> edits, string reason)
    {
        await using var db = _database.CreateContext();
        return await EditingDatabase.CreateEditor(db).SaveAsync(RevisionKind.Resolve, edits, reason, _database.Editor, CancellationToken.None);
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();
}
