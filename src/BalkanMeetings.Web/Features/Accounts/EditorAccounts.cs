using BalkanMeetings.Core.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Web.Features.Accounts;

/// <summary>
/// Adds, lists, disables, enables and unlocks editors' accounts, changes their role and gives them a new password;
/// used by the <c>users</c> verb and the admins' page.
/// Each change is logged with the account's id and the id of the admin who made it (none: the command line).
/// </summary>
public sealed class EditorAccounts(UserManager<EditorAccount> users, RoleManager<IdentityRole> roles, TimeProvider clock, ILogger<EditorAccounts> logger)
{
    public const string EmailField = "Email";
    public const string DisplayNameField = "DisplayName";
    public const string RoleField = "Role";
    public const string PasswordField = "Password";

    /// <summary>The column's length in the schema (migration 0004).</summary>
    public const int DisplayNameMaxLength = 256;

    private const string CommandLine = "command line";

    public sealed record Listed(string Id, string Email, string DisplayName, string Role, bool IsDisabled, DateTimeOffset? LockedUntil);

    /// <summary>What is wrong with a new account, by the field of the form it concerns.</summary>
    public sealed record Problem(string Field, string Message);

    /// <summary>
    /// Creates an account; returns what is wrong (a taken address, a weak password, an unknown role, a missing name or
    /// an address given as the name) or nothing. A
    /// password an admin hands over (<paramref name="handedOver"/>) must be replaced by the editor's own before they edit.
    /// </summary>
    public async Task<IReadOnlyList<Problem>> AddAsync(string email, string? displayName, string role, string password, string? byAccountId = null, bool handedOver = false)
    {
        ArgumentNullException.ThrowIfNull(email);
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(email))
        {
            problems.Add(new Problem(EmailField, "Give the e-mail address the editor will sign in with."));
        }

        if (!EditorRoles.All.Contains(role))
        {
            problems.Add(new Problem(RoleField, $"The role must be {string.Join(" or ", EditorRoles.All)}."));
        }

        // The name is public (histories, recent changes, their feed); the address must never be.
        if (string.IsNullOrWhiteSpace(displayName))
        {
            problems.Add(new Problem(DisplayNameField, "Give the name that histories and recent changes show beside the editor's changes."));
        }
        else if (displayName.Contains('@', StringComparison.Ordinal))
        {
            problems.Add(new Problem(DisplayNameField, "The name is shown to every reader: give a name, not an e-mail address."));
        }
        else if (displayName.Trim().Length > DisplayNameMaxLength)
        {
            problems.Add(new Problem(DisplayNameField, $"The name can be at most {DisplayNameMaxLength} characters long."));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var account = new EditorAccount
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            DisplayName = displayName!.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            MustChangePassword = handedOver,
        };
        await EnsureRoleAsync(role);
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            // The address is the user name too, so a taken or odd address is reported twice by Identity; once is enough.
            return created.Errors.Select(Describe).DistinctBy(p => p.Field).ToList();
        }

        await users.AddToRoleAsync(account, role);
        logger.LogInformation("Account {AccountId} added with role {Role} by {By}", account.Id, role, byAccountId ?? CommandLine);
        return [];
    }

    public async Task<IReadOnlyList<Listed>> ListAsync(CancellationToken cancellationToken)
    {
        var accounts = await users.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);

        // Each role's members read once, rather than each account's roles one query at a time; an admin is shown as admin.
        var admins = (await users.GetUsersInRoleAsync(EditorRoles.Admin)).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var editors = (await users.GetUsersInRoleAsync(EditorRoles.Editor)).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        return accounts.Select(account => new Listed(
            account.Id,
            account.Email ?? string.Empty,
            account.DisplayName,
            admins.Contains(account.Id) ? EditorRoles.Admin : editors.Contains(account.Id) ? EditorRoles.Editor : "none",
            account.IsDisabled,
            account.LockoutEnd > now ? account.LockoutEnd : null)).ToList();
    }

    /// <summary>Disables or enables an account; a disabled one's sessions end at their next request.</summary>
    public async Task<bool> SetDisabledAsync(string accountId, bool disabled, string? byAccountId = null)
    {
        if (await users.FindByIdAsync(accountId) is not { } account)
        {
            return false;
        }

        account.IsDisabled = disabled;
        await users.UpdateAsync(account);

        // A new stamp invalidates every cookie issued before it.
        await users.UpdateSecurityStampAsync(account);
        logger.LogInformation("Account {AccountId} {Change} by {By}", account.Id, disabled ? "disabled" : "enabled", byAccountId ?? CommandLine);
        return true;
    }

    /// <summary>Ends a lockout after repeated failed sign-ins, and forgets the failures counted so far.</summary>
    public async Task<bool> UnlockAsync(string accountId, string? byAccountId = null)
    {
        if (await users.FindByIdAsync(accountId) is not { } account)
        {
            return false;
        }

        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        logger.LogInformation("Account {AccountId} unlocked by {By}", account.Id, byAccountId ?? CommandLine);
        return true;
    }

    /// <summary>
    /// Gives an account the role in place of the one it had. Its sessions carry the new role from their next request,
    /// since the account is read again on every request.
    /// </summary>
    public async Task<bool> SetRoleAsync(string accountId, string role, string? byAccountId = null)
    {
        if (!EditorRoles.All.Contains(role) || await users.FindByIdAsync(accountId) is not { } account)
        {
            return false;
        }

        await EnsureRoleAsync(role);
        var had = await users.GetRolesAsync(account);

        // The new role first, so that a failure between the two writes never leaves an account with no role at all.
        if (!had.Contains(role))
        {
            Succeeded(await users.AddToRoleAsync(account, role), "add a role to");
        }

        Succeeded(await users.RemoveFromRolesAsync(account, had.Where(r => r != role)), "remove a role from");

        logger.LogInformation("Account {AccountId} given role {Role} by {By}", account.Id, role, byAccountId ?? CommandLine);
        return true;
    }

    /// <summary>
    /// Replaces a forgotten password with one the site makes, which the caller shows once. The old password stops
    /// working, the account's sessions end, and a lockout ends too, so the editor can sign in with the new one at once;
    /// they then choose their own before they edit. Returns null when there is no such account, or it is disabled: a
    /// password that cannot be used would wait for someone to enable the account.
    /// </summary>
    public async Task<string?> ResetPasswordAsync(string accountId, string? byAccountId = null)
    {
        if (await users.FindByIdAsync(accountId) is not { IsDisabled: false } account)
        {
            return null;
        }

        var password = GeneratedPassword.Create();
        account.MustChangePassword = true;

        // Identity's own reset path: it checks the password rules and renews the security stamp with the hash.
        Succeeded(await users.ResetPasswordAsync(account, await users.GeneratePasswordResetTokenAsync(account), password), "give a new password to");
        Succeeded(await users.SetLockoutEndDateAsync(account, null), "unlock");
        Succeeded(await users.ResetAccessFailedCountAsync(account), "unlock");
        logger.LogInformation("Account {AccountId} given a new password by {By}", account.Id, byAccountId ?? CommandLine);
        return password;
    }

    // The store refuses only what should not happen here (a generated password breaking the rules, a lost row).
    private static void Succeeded(IdentityResult result, string action)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {action} the account: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    private async Task EnsureRoleAsync(string role)
    {
        if (!await roles.RoleExistsAsync(role))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }
    }

    private static Problem Describe(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) =>
            new Problem(EmailField, "An account with this e-mail address exists already."),
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) =>
            new Problem(EmailField, "This is not an e-mail address an account can have (letters, digits and . _ - + @ only)."),
        // The user validator reports only the address; everything else comes from the password rules.
        _ => new Problem(PasswordField, error.Description),
    };
}
