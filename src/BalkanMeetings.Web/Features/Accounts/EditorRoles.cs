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

    public static IReadOnlyList<string> All { get; } = [Editor, Admin];
}
