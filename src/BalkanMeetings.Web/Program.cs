using System.Text.Encodings.Web;
using System.Text.Unicode;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Web.Cli;
using BalkanMeetings.Web.Components;
using BalkanMeetings.Web.Features.Accounts;
using BalkanMeetings.Web.Features.Articles;
using BalkanMeetings.Web.Features.Editing;
using BalkanMeetings.Web.Features.Api;
using BalkanMeetings.Web.Features.Export;
using BalkanMeetings.Web.Infrastructure;
using Serilog;

// The same executable serves the site and runs the command-line verbs (import, extract).
if (CommandLineVerbs.Handles(args))
{
    return await CommandLineVerbs.RunAsync(args, Console.In, Console.Out, Console.Error);
}

// Settings and static files ship beside the binaries; the database and seeds are found from the working folder.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Logging.ClearProviders();

// The static Serilog logger is left alone: tests run several apps in one process.
builder.Services.AddSerilog((services, logger) => Logging.Configure(logger, builder.Configuration, allToStandardError: false, services), preserveStaticLogger: true);

DatabaseSettings database;
try
{
    database = AppPaths.DatabaseSettings(builder.Configuration);
}
catch (InvalidOperationException e)
{
    // Logging is not built yet; the one line goes where a failed start is looked for.
    await Console.Error.WriteLineAsync($"Cannot start: {e.Message}");
    return StartupChecks.CannotStart;
}

builder.Services.AddBalkanMeetingsData(database);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddRazorComponents();
// Names keep their letters in the HTML (Đukanović, Вучић) instead of numeric entities; markup characters are still encoded.
builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddSingleton<DatabaseReadiness>();
builder.Services.AddHealthChecks().AddDbContextCheck<BalkanMeetingsDbContext>().AddCheck<DatabaseReadiness>("database prepared");
builder.Services.AddPublicSite(builder.Configuration);
builder.Services.AddMeetingApi();
builder.Services.AddHttpContextAccessor();
builder.Services.AddEditorAccounts();
builder.Services.AddSignInThrottle(builder.Configuration);
builder.Services.AddEditing();
builder.Services.AddArticleIntake();
builder.Services.AddOutputCache(options => options.AddBasePolicy(new ReaderAnswerCache()));

var app = builder.Build();

// Schema first, then the seed articles when the database is still empty, before the first request. A database or
// seeds folder the app cannot use ends the start with one line saying which and why.
if (!await StartupChecks.PrepareAsync(app))
{
    return StartupChecks.CannotStart;
}

app.UseSerilogRequestLogging(o => o.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
app.UseServerTiming();
app.AnswerHeadLikeGet();
app.UseSecurityHeaders(SecurityHeaders.Policy());
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseResponseCompression();

// Unknown paths and records, refused forms and throttled sign-ins get the site's own page rather than an empty response.
app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
app.ShowStatusPagesAsGet();
app.UseRouting();
app.AnswerUnavailableUntilDatabaseReady();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.RefuseOversizedBodies();

// Readers' pages, exports and API answers carry an entity tag of the data version, and a reader who has the page gets 304.
app.UseDataVersionTags();
app.UseOutputCache();
app.UseAntiforgery();
app.RefuseFormsWithoutAntiforgeryToken();
app.MapStaticAssets();
app.MapHealthChecks("/health");
app.MapExports();
app.MapChangesFeed();
app.MapMeetingApi();
app.MapRazorComponents<App>();

return await StartupChecks.RunAsync(app);
