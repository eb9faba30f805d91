using BalkanMeetings.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Web.Tests.Features.Editing;

/// <summary>Reads the test app's database directly, to check what a request stored.</summary>
internal static class AppData
{
    public static async Task<T> QueryAsync<T>(this AppFactory app, Func<BalkanMeetingsDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BalkanMeetingsDbContext>());
    }
}
