using BalkanMeetings.Core.Domain;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace BalkanMeetings.Web.Features.Accounts;

/// <summary>Admins list, add, disable, enable and unlock editors' accounts; see docs/editing.md, "Managing editors".</summary>
public sealed partial class EditorsPage
{
    public const string AccountsForm = "accounts";
    public const string AddForm = "add-editor";
    public const string DisableAction = "Disable";
    public const string EnableAction = "Enable";
    public const string UnlockAction = "Unlock";

    private const string NoSuchAccount = "There is no such account; nothing was changed.";

    private IReadOnlyList<EditorAccounts.Listed> _accounts = [];
    private Dictionary<string, string> _errors = new(StringComparer.Ordinal);
    private string? _myId;
    private string? _email;
    private string? _displayName;
    private string _role = EditorRoles.Editor;
    private Added? _added;
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
        var problems = await Accounts.AddAsync(_email, _displayName, _role, password, _myId);
        if (problems.Count > 0)
        {
            _errors = problems.ToDictionary(p => p.Field, p => p.Message);
            return;
        }

        _added = new Added(string.IsNullOrWhiteSpace(_displayName) ? _email : _displayName.Trim(), _email, _role, password);
        (_email, _displayName, _role) = (null, null, EditorRoles.Editor);
        _accounts = await Accounts.ListAsync(HttpContext.RequestAborted);
    }

    private async Task ChangeAsync()
    {
        var form = HttpContext.Request.Form;
        var (action, id) = new[] { DisableAction, EnableAction, UnlockAction }
            .Select(a => (Action: a, Id: form[a].FirstOrDefault()))
            .FirstOrDefault(a => a.Id is not null);
        var name = _accounts.FirstOrDefault(a => a.Id == id)?.DisplayName;
        if (id is null || name is null)
        {
            _refused = NoSuchAccount;
            return;
        }

        // The last admin could otherwise lock everyone out; another admin can disable this one.
        if (action == DisableAction && id == _myId)
        {
            _refused = "You cannot disable your own account; nothing was changed.";
            return;
        }

        var changed = action switch
        {
            DisableAction => await Accounts.SetDisabledAsync(id, disabled: true, _myId),
            EnableAction => await Accounts.SetDisabledAsync(id, disabled: false, _myId),
            _ => await Accounts.UnlockAsync(id, _myId),
        };
        _accounts = await Accounts.ListAsync(HttpContext.RequestAborted);
        if (!changed)
        {
            _refused = NoSuchAccount;
            return;
        }

        _done = action switch
        {
            DisableAction => $"{name} is disabled and is signed out at their next click.",
            EnableAction => $"{name} is enabled and can sign in again.",
            _ => $"{name} is unlocked and can sign in again.",
        };
    }

    /// <summary>The account just added, with the password to hand over; kept only for this one response.</summary>
    private sealed record Added(string Name, string Email, string Role, string Password);
}
