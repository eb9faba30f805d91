using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace BalkanMeetings.Web.Features.Accounts;

/// <summary>Editors' accounts: ASP.NET Core Identity over the app's database, the same rules for the site and the <c>users</c> verb.</summary>
public static class AccountServices
{
    public const int MaxFailedSignIns = 5;

    public static TimeSpan LockoutTime { get; } = TimeSpan.FromMinutes(15);

    /// <summary>The account store and its rules (passwords, lockout), without sign-in; the command line needs no more.</summary>
    public static IdentityBuilder AddEditorAccountStore(this IServiceCollection services) =>
        services.AddIdentityCore<EditorAccount>(options =>
            {
                options.User.RequireUniqueEmail = true;

                // Length over composition rules, as NIST SP 800-63B advises.
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 4;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;

                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = LockoutTime;

                // "Confirmed" here means "not disabled" (EnabledAccounts), so a disabled account cannot sign in.
                options.SignIn.RequireConfirmedAccount = true;
            })
            .AddRoles<IdentityRole>()
            .AddClaimsPrincipalFactory<EditorPrincipalFactory>()
            .AddEntityFrameworkStores<BalkanMeetingsDbContext>()
            .AddUserConfirmation<EnabledAccounts>();

    /// <summary>Everything the site needs: the store, cookie sign-in, and the editing policies.</summary>
    public static IServiceCollection AddEditorAccounts(this IServiceCollection services)
    {
        // The keys that sign cookies and form tokens live in the app's database, under one application name: every
        // instance of the site on that database accepts what another issued (docs/deployment.md).
        services.AddDataProtection().SetApplicationName("BalkanMeetings").PersistKeysToDbContext<BalkanMeetingsDbContext>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        // The token providers serve the admins' password reset (EditorAccounts.ResetPasswordAsync); the command line needs none.
        services.AddEditorAccountStore().AddSignInManager().AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/denied";
            options.Cookie.Name = "bm-editor";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });

        // The account is checked on every request, so disabling it or changing its password ends its sessions at once.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.AddAuthorizationBuilder()
            .AddPolicy(EditorRoles.SignedIn, policy => policy.RequireRole(EditorRoles.Editor, EditorRoles.Admin))
            .AddPolicy(EditorRoles.CanEdit, policy => policy.RequireRole(EditorRoles.Editor, EditorRoles.Admin).RequireAssertion(HasOwnPassword))
            .AddPolicy(EditorRoles.CanManageEditors, policy => policy.RequireRole(EditorRoles.Admin).RequireAssertion(HasOwnPassword));
        services.AddCascadingAuthenticationState();
        services.AddScoped<EditorAccounts>();
        services.AddScoped<EditorSignIn>();
        return services;
    }

    // A password an admin has seen is not the editor's own: until they choose one, they may only do that.
    private static bool HasOwnPassword(AuthorizationHandlerContext context) => !EditorRoles.MustChoosePassword(context.User);

    /// <summary>Identity asks whether an account is "confirmed" before every sign-in; here that means enabled.</summary>
    private sealed class EnabledAccounts : IUserConfirmation<EditorAccount>
    {
        public Task<bool> IsConfirmedAsync(UserManager<EditorAccount> manager, EditorAccount user) => Task.FromResult(!user.IsDisabled);
    }
}
