using Microsoft.AspNetCore.Identity;

namespace BalkanMeetings.Core.Domain;

/// <summary>A person who may sign in and correct records: an editor, or an admin who also manages editors.</summary>
public sealed class EditorAccount : IdentityUser
{
    /// <summary>The name shown in histories and recent changes, which are public: never an e-mail address.</summary>
    public required string DisplayName { get; set; }

    /// <summary>A disabled account cannot sign in, and its open sessions end at their next request.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>
    /// True while the account signs in with a password the site made and an admin was shown; until the editor chooses
    /// their own, they may only change it.
    /// </summary>
    public bool MustChangePassword { get; set; }
}
