using System.Net;
using BalkanMeetings.Web.Features.Accounts;
using BalkanMeetings.Web.Tests.Features.Accounts;

namespace BalkanMeetings.Web.Tests.Features.Editing;

/// <summary>Histories, recent changes and their feed are public: they name editors, never give their addresses.</summary>
public sealed class EditorAddressTests
{
    private const string Address = "erin.private@example.org";

    [Fact]
    public async Task An_editors_address_appears_on_no_public_page_or_feed_after_a_change()
    {
        await using var app = new AppFactory();
        using var editor = await EditorSession.SignInAsync(app, email: Address, name: "Erin Editor");
        using var saved = await editor.PostFormAsync("/meetings/1/edit", "edit-meeting", new() { ["Input.City"] = ["Podgorica"], ["Input.Reason"] = ["The article names the city"] });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var reader = app.CreateClient();
        foreach (var url in new[] { "/changes", "/history/Meeting/1", "/revisions/1", "/feed/changes.atom", "/meetings/1" })
        {
            var body = await reader.GetStringAsync(new Uri(url, UriKind.Relative));
            Assert.True(url == "/meetings/1" || body.Contains("Erin Editor", StringComparison.Ordinal), $"{url} does not name the editor");
            Assert.DoesNotContain(Address, body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("erin.private", body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("", "Give the name that histories and recent changes show beside the editor's changes.")]
    [InlineData("nina@example.org", "The name is shown to every reader: give a name, not an e-mail address.")]
    public async Task The_admins_form_requires_a_name_that_is_not_an_address(string name, string problem)
    {
        await using var app = new AppFactory();
        using var admin = await EditorSession.SignInAsync(app, EditorRoles.Admin);

        using var refused = await admin.PostFormAsync("/admin/editors", EditorsPage.AddForm, new()
        {
            [EditorAccounts.EmailField] = ["nina@example.org"],
            [EditorAccounts.DisplayNameField] = [name],
            [EditorAccounts.RoleField] = [EditorRoles.Editor],
        });

        var page = await EditorSession.ParseAsync(refused);
        Assert.Equal(problem, page.QuerySelector("#error-DisplayName")!.TextContent);
        Assert.Null(page.QuerySelector(".new-password"));
    }
}
