using System.Security.Cryptography;
using BalkanMeetings.Core.Domain;
using Microsoft.AspNetCore.Identity;

namespace BalkanMeetings.Web.Features.Accounts;

/// <summary>
/// Checks a sign-in attempt so that no failure tells an address with an account from one without: every attempt
/// hashes one password (a decoy when there is no account), and every failure gets the same answer. Only the right
/// password learns that its account is disabled; a locked account answers as a wrong password does even to the right
/// one, or the lockout would not stop anyone guessing.
/// </summary>
public sealed class EditorSignIn(SignInManager<EditorAccount> signIn, UserManager<EditorAccount> users, IPasswordHasher<EditorAccount> hasher, ILogger<EditorSignIn> logger)
{
    public enum Outcome
    {
        SignedIn,
        Refused,
        Disabled,
    }

    // Made once with the hasher's settings, so checking against it costs what checking a real password costs.
    private static string? s_decoyHash;

    private static readonly EditorAccount Nobody = new() { DisplayName = "nobody" };

    /// <summary>Signs the account in (setting the cookie) when the password is right and the account may sign in.</summary>
    public async Task<(Outcome Outcome, EditorAccount? Account)> TryAsync(string? email, string? password)
    {
        password ??= string.Empty;
        var account = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (account is null)
        {
            var decoy = s_decoyHash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
            hasher.VerifyHashedPassword(Nobody, decoy, password);
            return Refused("unknown address", null);
        }

        var right = await users.CheckPasswordAsync(account, password);
        if (await users.IsLockedOutAsync(account))
        {
            return Refused("locked out", account);
        }

        if (!right)
        {
            await users.AccessFailedAsync(account);
            return Refused("wrong password", account);
        }

        if (!await signIn.CanSignInAsync(account))
        {
            logger.LogWarning("Sign-in refused for account {AccountId}: disabled", account.Id);
            return (Outcome.Disabled, account);
        }

        await users.ResetAccessFailedCountAsync(account);
        await signIn.SignInAsync(account, isPersistent: false);
        logger.LogInformation("Sign-in succeeded for account {AccountId}", account.Id);
        return (Outcome.SignedIn, account);
    }

    private (Outcome, EditorAccount?) Refused(string reason, EditorAccount? account)
    {
        logger.LogWarning("Sign-in refused for account {AccountId}: {Reason}", account?.Id ?? "none", reason);
        return (Outcome.Refused, account);
    }
}
