using System.Net;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Web.Features.Accounts;
using BalkanMeetings.Web.Features.Articles;
using BalkanMeetings.Web.Features.Review;
using BalkanMeetings.Web.Tests.Features.Accounts;
using BalkanMeetings.Web.Tests.Features.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Features.Authorization;

/// <summary>
/// One sample request for every page that requires a signed-in editor: an address of the page on the seed data, the
/// form on it, and fields that make that form change something. <see cref="AuthorizationMatrixTests"/> sends it as
/// every kind of caller who must be refused, and fails naming any page with <c>[Authorize]</c> missing from here.
/// </summary>
internal static class EditingRoutes
{
    /// <param name="Url">The page, with ids that exist in the seeds.</param>
    /// <param name="FormName">The form's <c>@formname</c>.</param>
    /// <param name="Change">Fields over those the page renders, so that the form, posted by an allowed editor, writes to the database.</param>
    /// <param name="Prepare">What the page needs that the seeds lack (a revision to revert), made before anything is sent.</param>
    public sealed record Sample(string Url, string FormName, Dictionary<string, string[]> Change, Func<AppFactory, Task>? Prepare = null);

    /// <summary>By route template, exactly as the page's <c>@page</c> directive writes it.</summary>
    public static IReadOnlyDictionary<string, Sample> ByTemplate { get; } = new Dictionary<string, Sample>(StringComparer.Ordinal)
    {
        ["/meetings/{Id:int}/edit"] = new("/meetings/1/edit", "edit-meeting", new() { ["Input.Title"] = ["Retitled"], ["Input.Reason"] = ["Checking who may save"] }),
        ["/meetings/{Id:int}/participants"] = new("/meetings/1/participants", "edit-participants", new() { ["Input.Rows[0].Role"] = ["Chief"], ["Input.Reason"] = ["Checking who may save"] }),
        ["/people/{Id:int}/edit"] = new("/people/2/edit", "edit-person", new() { ["Input.Aliases"] = ["J. S."], ["Input.Reason"] = ["Checking who may save"] }),
        ["/topics/{Id:int}/edit"] = new("/topics/1/edit", "edit-topic", new() { ["Input.Synonyms"] = ["security of the Balkans"], ["Input.Reason"] = ["Checking who may save"] }),
        ["/topics/new"] = new("/topics/new", "edit-topic", new() { ["Input.Name"] = ["climate security"], ["Input.Reason"] = ["Checking who may save"] }),
        ["/initiatives/{Id:int}/edit"] = new("/initiatives/1/edit", "edit-initiative", new() { ["Input.Timeline"] = ["2026"], ["Input.Reason"] = ["Checking who may save"] }),
        ["/revisions/{Id:int}/revert"] = new("/revisions/1/revert", "revert", new() { ["Input.Reason"] = ["Checking who may revert"] }, EditMeetingAsync),
        ["/people/{Id:int}/merge"] = new("/people/2/merge?other=3", "merge-person", new() { ["Input.Reason"] = ["Checking who may merge"] }),
        ["/meetings/{Id:int}/merge"] = new("/meetings/4/merge?other=6", "merge-meeting", new() { ["Input.Reason"] = ["Checking who may merge"] }),

        // No seed meeting has two articles; the split page shows its form only for one that has.
        ["/meetings/{Id:int}/split"] = new("/meetings/4/split", "split-meeting", new() { ["Input.Articles"] = ["5"], ["Input.Reason"] = ["Checking who may split"] }, AddSecondSourceAsync),
        ["/admin/editors"] = new("/admin/editors", EditorsPage.AddForm, new() { [EditorAccounts.EmailField] = ["added@example.org"], [EditorAccounts.DisplayNameField] = ["Added Admin"], [EditorAccounts.RoleField] = [EditorRoles.Admin] }),
        ["/articles/new"] = new("/articles/new", "add-article", new()
        {
            ["Input.Text"] = [AddArticleTests.NewMeeting],
            ["Input.Action"] = [ArticleForm.ImportAction],
            ["Input.PreviewedHash"] = [AddArticleTests.HashOf(AddArticleTests.NewMeeting)],
        }),
        ["/review/{FlagId:int}"] = new("/review/1", ResolveFlagPage.FormName, new() { [ResolveFlagPage.OutcomeField] = ["Dismissed"], ["Input.ResolutionNote"] = ["Checking who may resolve"] }),
        ["/account/password"] = new("/account/password", "change-password", new()
        {
            [PasswordPage.CurrentField] = [EditorSession.Password],
            [PasswordPage.NewField] = ["an entirely new password"],
            [PasswordPage.RepeatField] = ["an entirely new password"],
        }),
    };

    // Seed meeting 4 reported by article 5 as well, for the split page to offer it.
    private static async Task AddSecondSourceAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>();
        db.MeetingSources.Add(new MeetingSource { MeetingId = 4, ArticleId = 5 });
        await db.SaveChangesAsync();
    }

    // Revision 1 of a fresh app, for the revert page to undo.
    private static async Task EditMeetingAsync(AppFactory app)
    {
        using var editor = await EditorSession.SignInAsync(app);
        using var saved = await editor.PostFormAsync("/meetings/1/edit", "edit-meeting", new() { ["Input.City"] = ["Podgorica"], ["Input.Reason"] = ["Something to revert"] });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    /// <summary>
    /// The pages an account may use before it has replaced a password an admin handed over: only the one where it does
    /// so. Every other page in <see cref="ByTemplate"/> must refuse it.
    /// </summary>
    public static IReadOnlySet<string> OpenToHandedOverPasswords { get; } = new HashSet<string>(StringComparer.Ordinal) { "/account/password" };

    /// <summary>
    /// Pages for editors only that change nothing (the review queue lists flags through a GET form): there is no form
    /// to forge, and each page's own tests send anonymous readers to sign-in.
    /// </summary>
    public static IReadOnlySet<string> ReadOnlyTemplates { get; } = new HashSet<string>(StringComparer.Ordinal) { "/review" };
}
