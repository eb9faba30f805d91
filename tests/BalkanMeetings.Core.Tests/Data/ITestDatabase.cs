using BalkanMeetings.Core.Data;

namespace BalkanMeetings.Core.Tests.Data;

/// <summary>A test's own database, on either provider.</summary>
internal interface ITestDatabase : IAsyncDisposable
{
    DatabaseSettings Settings { get; }

    BalkanMeetingsDbContext CreateContext();

    Task<IReadOnlyList<string>> MigrateAsync();
}
