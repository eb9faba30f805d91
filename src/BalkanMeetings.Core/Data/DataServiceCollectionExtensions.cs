using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BalkanMeetingsDbContext"/> (scoped) on SQLite, <see cref="DatabaseInitializer"/>, the SQLite
    /// search index, <see cref="MeetingBrowser"/> with the app's one <see cref="VersionedCache"/>, and <see cref="MeetingDetailsQuery"/>.
    /// The provider is chosen here only, so PostgreSQL can be added beside <see cref="SqliteDatabase"/>.
    /// </summary>
    public static IServiceCollection AddBalkanMeetingsData(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        services.AddDbContext<BalkanMeetingsDbContext>(options => options.UseBalkanMeetingsSqlite(connectionString));
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<ISearchIndex, SqliteSearchIndex>();
        services.AddSingleton<VersionedCache>();
        services.AddScoped<MeetingBrowser>();
        services.AddScoped<MeetingDetailsQuery>();
        return services;
    }
}
