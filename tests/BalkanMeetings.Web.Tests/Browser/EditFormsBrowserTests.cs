using BalkanMeetings.Core.Data;
using BalkanMeetings.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BalkanMeetings.Web.Tests.Browser;

/// <summary>The edit forms in Chromium at phone width: they fit, pass axe, and a refused save shows its message beside the field.</summary>
[Collection(BrowserTests.Name)]
public sealed class EditFormsBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task A_person_no_one_has_is_refused_beside_the_new_participant_on_a_phone()
    {
        await using var session = await browser.OpenSignedInAsync(Viewport.Phone, EditorRoles.Editor, "Brenda Browser");
        var page = session.Page;
        await session.GotoAsync("/meetings/1");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit participants" }).ClickAsync();

        await page.Locator("#field-Person-new").FillAsync("Nobody Known");
        await page.Locator("#field-Role-new").FillAsync("Envoy");
        await page.Locator("#field-Organization-new").FillAsync("European Union");
        await page.Locator("#field-Reason").FillAsync("Was at the meeting");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save participants" }).ClickAsync();

        var error = page.Locator("fieldset.participant-row.new #error-Person-new");
        Assert.Contains("No one called “Nobody Known”", await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Nobody Known", await page.Locator("#field-Person-new").InputValueAsync());
        await session.ScreenshotAsync("refused");
        await session.AssertFitsWidthAsync(Viewport.Phone.Width);
        await session.AssertAccessibleAsync();
    }

    [BrowserFact]
    public async Task Every_edit_form_fits_a_phone_and_passes_axe()
    {
        await using var session = await browser.OpenSignedInAsync(Viewport.Phone, EditorRoles.Editor, "Brenda Browser");
        int person, topic, initiative;
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>();
            person = await db.People.Where(p => p.Name == "Dritan Abazović").Select(p => p.Id).SingleAsync();
            topic = await db.Topics.Where(t => t.Name == "cybersecurity").Select(t => t.Id).SingleAsync();
            initiative = await db.Initiatives.Where(i => i.Name == "Joint Cybersecurity Program").Select(i => i.Id).SingleAsync();
        }

        foreach (var form in new[] { "/meetings/1/edit", "/meetings/1/participants", $"/people/{person}/edit", $"/topics/{topic}/edit", "/topics/new", $"/initiatives/{initiative}/edit" })
        {
            await session.GotoAsync(form);
            await session.AssertFitsWidthAsync(Viewport.Phone.Width);
            await session.AssertAccessibleAsync();
        }
    }
}
