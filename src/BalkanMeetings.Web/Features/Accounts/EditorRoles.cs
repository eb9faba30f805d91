using System.Security.Claims;

namespace BalkanMeetings.Web.Features.Accounts;

/// <summary>The two roles and the policies built on them; an admin may do everything an editor may.</summary>
public static class EditorRoles
{
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    /// <summary>Policy of every page and endpoint that changes data.</summary>
    public const string CanEdit = "CanEdit";

    /// <summary>Policy of the pages that add and disable editors.</summary>
    public const string CanManageEditors = "CanManageEditors";

    /// <summary>Policy of the password page: any signed-in account, one that must choose its password first included.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>
    /// The claim of an account signing in with a password an admin was shown (<c>EditorAccount.MustChangePassword</c>);
    /// <see cref="CanEdit"/> and <see cref="CanManageEditors"/> refuse it.
    /// </summary>
    public const string MustChangePasswordClaim = "bm:must_change_password";

    public static IReadOnlyList<string> All { get; } = [Editor, Admin];

    /// <summary>Whether the account signed in with a handed-over password and must choose its own before editing.</summary>
    public static bool MustChoosePassword(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.HasClaim(c => c.Type == MustChangePasswordClaim);
    }
}
