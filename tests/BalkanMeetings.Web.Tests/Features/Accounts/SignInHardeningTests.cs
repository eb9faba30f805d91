using System.Net;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Features.Accounts;

public sealed class SignInHardeningTests
{
    [Fact]
    public async Task Other_spellings_of_the_sign_in_address_count_against_the_same_limit()
    {
        await using var app = new AppFactory { Settings = new Dictionary<string, string?> { ["SignIn:AttemptsPerMinute"] = "3" } };
        await EditorSession.AddAccountAsync(app, "limit@example.org", EditorRoles.Editor);
        using var session = EditorSession.Anonymous(app);

        var statuses = new List<HttpStatusCode>();
        foreach (var address in new[] { "/account/sign-in", "/account/sign-in/", "/account/sign-in/.", "/Account/Sign-In/" })
        {
            using var response = await session.PostFormAsync(address, "sign-in", new() { ["Form.Email"] = ["limit@example.org"], ["Form.Password"] = [EditorSession.Password] });
            statuses.Add(response.StatusCode);
        }

        // Three sign-ins go through (each signs in: 302); the fourth, by whatever address, is refused.
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("unknown address")]
    [InlineData("wrong password")]
    [InlineData("locked account")]
    [InlineData("disabled account, wrong password")]
    public async Task Every_refusal_costs_one_password_hash_and_reads_the_same(string situation)
    {
        var hashes = new CountingHasher();
        await using var factory = new AppFactory();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddScoped<IPasswordHasher<EditorAccount>>(_ => hashes)));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<EditorAccounts>().AddAsync("known@example.org", "Kim Known", EditorRoles.Editor, EditorSession.Password));
            var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorAccount>>();
            var account = (await users.FindByEmailAsync("known@example.org"))!;
            if (situation == "locked account")
            {
                await users.SetLockoutEndDateAsync(account, DateTimeOffset.UtcNow.AddMinutes(10));
            }
            else if (situation.StartsWith("disabled", StringComparison.Ordinal))
            {
                account.IsDisabled = true;
                await users.UpdateAsync(account);
            }
        }

        var (email, password) = situation switch
        {
            "unknown address" => ("nobody@example.org", "not the password at all"),
            "locked account" => ("known@example.org", EditorSession.Password),
            _ => ("known@example.org", "not the password at all"),
        };
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var page = await EditorSession.ParseAsync(await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative)));
        hashes.Verified = 0;

        using var response = await client.PostAsync(
            new Uri("/account/sign-in", UriKind.Relative),
            new FormUrlEncodedContent(EditorSession.Fields(page, "sign-in", new() { ["Form.Email"] = [email], ["Form.Password"] = [password] })));

        Assert.Equal(1, hashes.Verified);
        Assert.Equal(SignInPage.Refused, (await EditorSession.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task After_sign_out_the_old_cookie_no_longer_signs_anyone_in()
    {
        await using var app = new AppFactory();
        await EditorSession.AddAccountAsync(app, "leaving@example.org", EditorRoles.Editor);
        using var session = EditorSession.Anonymous(app);
        using var signedIn = await session.SignInAsync("leaving@example.org", EditorSession.Password);
        var cookie = EditorSession.SignInCookie(signedIn)!.Split(';')[0];
        await session.GetPageAsync("/review");

        using var signedOut = await session.PostFormAsync("/", "sign-out", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        using var replay = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/review");
        request.Headers.Add("Cookie", cookie);
        using var response = await replay.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
    }

    private sealed class CountingHasher : IPasswordHasher<EditorAccount>
    {
        private readonly PasswordHasher<EditorAccount> _inner = new();

        public int Verified { get; set; }

        public string HashPassword(EditorAccount user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(EditorAccount user, string hashedPassword, string providedPassword)
        {
            Verified++;
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
