using System.Net;
using BalkanMeetings.Web.Tests.Features.Accounts;

namespace BalkanMeetings.Web.Tests.Features.Editing;

/// <summary>An edit form for a record that does not exist answers 404 (who may use the forms: Authorization/EditingRoutes).</summary>
public sealed class UnknownRecordEditTests
{
    [Theory]
    [InlineData("/meetings/999999/participants")]
    [InlineData("/people/999999/edit")]
    [InlineData("/topics/999999/edit")]
    [InlineData("/initiatives/999999/edit")]
    public async Task Editing_a_record_that_does_not_exist_is_404(string url)
    {
        await using var app = new AppFactory();
        using var session = await EditorSession.SignInAsync(app);

        await session.GetPageAsync(url, HttpStatusCode.NotFound);
    }
}
