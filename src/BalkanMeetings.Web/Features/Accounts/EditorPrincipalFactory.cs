using System.Security.Claims;
using BalkanMeetings.Core.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BalkanMeetings.Web.Features.Accounts;

/// <summary>
/// Identity's claims (id, name, security stamp, roles) and, while the account must choose its own password, a claim
/// saying so. The principal is built again on every request (the security stamp is checked each time), so the claim
/// goes as soon as the password is changed.
/// </summary>
public sealed class EditorPrincipalFactory(UserManager<EditorAccount> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<EditorAccount, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(EditorAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(EditorRoles.MustChangePasswordClaim, "true"));
        }

        return identity;
    }
}
