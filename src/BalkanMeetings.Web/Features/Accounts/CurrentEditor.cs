using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using Microsoft.AspNetCore.Identity;

namespace BalkanMeetings.Web.Features.Accounts;

/// <summary>The signed-in editor of the current request, as revisions name them.</summary>
public sealed class CurrentEditor(IHttpContextAccessor http, UserManager<EditorAccount> users)
{
    /// <summary>The editor; the authorization policy has already let only enabled editors this far.</summary>
    public async Task<EditorIdentity> GetAsync()
    {
        var principal = http.HttpContext?.User ?? throw new InvalidOperationException("No request is being served.");
        var account = await users.GetUserAsync(principal) ?? throw new InvalidOperationException("The signed-in account no longer exists.");
        return new EditorIdentity(account.Id, account.DisplayName);
    }
}
