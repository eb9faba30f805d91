using BalkanMeetings.Core.Domain;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace BalkanMeetings.Web.Features.Accounts;

/// <summary>
/// Admins list, add, disable, enable and unlock editors' accounts, change their role and give them a new password;
/// see docs/editing.md, "Managing editors".
/// </summary>
public sealed partial class EditorsPage
{
    /// <summary>Where the pages for admins only live.</summary>
    public const string AdminPaths = "/admin/";

    public const string AccountsForm = "accounts";
    public const string AddForm = "add-editor";
    public const string DisableAction = "Disable";
    public const string EnableAction = "Enable";
    public const string UnlockAction = "Unlock";
    public const string MakeAdminAction = "MakeAdmin";
    public const string MakeEditorAction = "MakeEditor";
    public const string NewPasswordAction = "NewPassword";

    private static readonly string[] Actions = [DisableAction, EnableAction, UnlockAction, MakeAdminAction, MakeEditorAction, NewPasswordAction];

    // Without these an admin could leave the site with no admin at all; another admin can do them.
    private static readonly Dictionary<string, string> NotOnYourself = new(StringComparer.Ordinal)
    {
        [DisableAction] = "You cannot disable your own account; nothing was changed.",
        [MakeAdminAction] = "You cannot change your own role; nothing was changed.",
        [MakeEditorAction] = "You cannot change your own role; nothing was changed.",
        [NewPasswordAction] = "Change your own password under Password; nothing was changed.",
    };

    private const string NoSuchAccount = "There is no such account; nothing was changed.";

    private IReadOnlyList<EditorAccounts.Listed> _accounts = [];
    private Dictionary<string, string> _errors = new(StringComparer.Ordinal);
    private string? _myId;
    private string? _email;
    private string? _displayName;
    private string _role = EditorRoles.Editor;
    private Handover? _handover;
    private string? _done;
    private string? _refused;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private EditorAccounts Accounts { get; set; } = default!;

    [Inject]
    private UserManager<EditorAccount> Users { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        // The page may show a new account's password: no cache keeps it.
        HttpContext.Response.Headers.CacheControl = "no-store";
        _myId = Users.GetUserId(HttpContext.User);
        _accounts = await Accounts.ListAsync(HttpContext.RequestAborted);
    }

    private async Task AddAsync()
    {
        var form = HttpContext.Request.Form;
        _email = form[EditorAccounts.EmailField].FirstOrDefault()?.Trim() ?? string.Empty;
        _displayName = form[EditorAccounts.DisplayNameField].FirstOrDefault();
        _role = form[EditorAccounts.RoleField].FirstOrDefault() ?? string.Empty;

        var password = GeneratedPassword.Create();
        var problems = await Accounts.AddAsync(_email, _displayName, _role, password, _myId, handedOver: true);
        if (problems.Count > 0)
        {
            _errors = problems.ToDictionary(p => p.Field, p => p.Message);
            return;
        }

        _handover = new Handover(_displayName!.Trim(), _email, password, AddedAs: _role);
        (_email, _displayName, _role) = (null, null, EditorRoles.Editor);
        _accounts = await Accounts.ListAsync(HttpContext.RequestAborted);
    }

    private async Task ChangeAsync()
    {
        var form = HttpContext.Request.Form;
        var (action, id) = Actions
            .Select(a => (Action: a, Id: form[a].FirstOrDefault()))
            .FirstOrDefault(a => a.Id is not null);
        var account = _accounts.FirstOrDefault(a => a.Id == id);
        if (id is null || account is null)
        {
            _refused = NoSuchAccount;
            return;
        }

        if (id == _myId && NotOnYourself.TryGetValue(action, out var refusal))
        {
            _refused = refusal;
            return;
        }

        if (action == NewPasswordAction)
        {
            await ResetPasswordAsync(account);
            return;
        }

        var changed = action switch
        {
            DisableAction => await Accounts.SetDisabledAsync(id, disabled: true, _myId),
            EnableAction => await Accounts.SetDisabledAsync(id, disabled: false, _myId),
            MakeAdminAction => await Accounts.SetRoleAsync(id, EditorRoles.Admin, _myId),
            MakeEditorAction => await Accounts.SetRoleAsync(id, EditorRoles.Editor, _myId),
            _ => await Accounts.UnlockAsync(id, _myId),
        };
        _accounts = await Accounts.ListAsync(HttpContext.RequestAborted);
        if (!changed)
        {
            _refused = NoSuchAccount;
            return;
        }

        var name = account.DisplayName;
        _done = action switch
        {
            DisableAction => $"{name} is disabled and is signed out at their next click.",
            EnableAction => $"{name} is enabled and can sign in again.",
            MakeAdminAction => $"{name} is an admin now: they can manage editors from their next click.",
            MakeEditorAction => $"{name} is an editor now: they can no longer manage editors.",
            _ => $"{name} is unlocked and can sign in again.",
        };
    }

    private async Task ResetPasswordAsync(EditorAccounts.Listed account)
    {
        if (account.IsDisabled)
        {
            _refused = $"{account.DisplayName}'s account is disabled: enable it first, then give it a new password. Nothing was changed.";
            return;
        }

        var password = await Accounts.ResetPasswordAsync(account.Id, _myId);
        _accounts = await Accounts.ListAsync(HttpContext.RequestAborted);
        if (password is null)
        {
            _refused = NoSuchAccount;
            return;
        }

        _handover = new Handover(account.DisplayName, account.Email, password, AddedAs: null);
    }

    /// <summary>
    /// A password the site made, for an account just added (with its role) or for one whose password was replaced;
    /// kept only for this one response.
    /// </summary>
    private sealed record Handover(string Name, string Email, string Password, string? AddedAs);
}
