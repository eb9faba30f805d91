using BalkanMeetings.Core.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Features.Accounts;

/// <summary>Adds, lists, disables and enables editors' accounts; used by the <c>users</c> verb and the admins' page.</summary>
public sealed class EditorAccounts(UserManager<EditorAccount> users, RoleManager<IdentityRole> roles, TimeProvider clock, ILogger<EditorAccounts> logger)
{
    public sealed record Listed(string Id, string Email, string DisplayName, string Role, bool IsDisabled, DateTimeOffset? LockedUntil);

    /// <summary>Creates an account; returns what is wrong (a taken address, a weak password) or nothing.</summary>
    public async Task<IReadOnlyList<string>> AddAsync(string email, string? displayName, string role, string password)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (!EditorRoles.All.Contains(role))
        {
            return [$"The role must be {string.Join(" or ", EditorRoles.All)}."];
        }

        var account = new EditorAccount
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Trim() : displayName.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        if (!await roles.RoleExistsAsync(role))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            return created.Errors.Select(e => e.Description).ToList();
        }

        await users.AddToRoleAsync(account, role);
        logger.LogInformation("Account {AccountId} added with role {Role}", account.Id, role);
        return [];
    }

    public async Task<IReadOnlyList<Listed>> ListAsync(CancellationToken cancellationToken)
    {
        var accounts = await users.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        var listed = new List<Listed>();
        foreach (var account in accounts)
        {
            var role = (await users.GetRolesAsync(account)).OrderBy(r => r == EditorRoles.Admin ? 0 : 1).FirstOrDefault() ?? "none";
            listed.Add(new Listed(account.Id, account.Email ?? string.Empty, account.DisplayName, role, account.IsDisabled, account.LockoutEnd > clock.GetUtcNow() ? account.LockoutEnd : null));
        }

        return listed;
    }

    /// <summary>Disables or enables an account; a disabled one's sessions end at their next request.</summary>
    public async Task<bool> SetDisabledAsync(string accountId, bool disabled)
    {
        if (await users.FindByIdAsync(accountId) is not { } account)
        {
            return false;
        }

        account.IsDisabled = disabled;
        await users.UpdateAsync(account);

        // A new stamp invalidates every cookie issued before it.
        await users.UpdateSecurityStampAsync(account);
        logger.LogInformation("Account {AccountId} {Change}", account.Id, disabled ? "disabled" : "enabled");
        return true;
    }
}
