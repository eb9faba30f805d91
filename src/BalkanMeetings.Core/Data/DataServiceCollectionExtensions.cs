using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace BalkanMeetings.Core.Data;

public static class DataServiceCollectionExtensions
{
    // The options are the same for every request: built once, not per request (the connection string is read then).
    private const ServiceLifetime OptionsLifetime = ServiceLifetime.Singleton;

    /// <summary>
    /// Registers <see cref="BalkanMeetingsDbContext"/> (scoped) on the configured provider, <see cref="DatabaseInitializer"/>,
    /// <see cref="DataVersionReader"/>, that provider's search index, <see cref="MeetingBrowser"/> with the app's one <see cref="VersionedCache"/>, and
    /// <see cref="MeetingDetailsQuery"/>. The provider is chosen here only.
    /// </summary>
    public static IServiceCollection AddBalkanMeetingsData(this IServiceCollection services, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);

        if (settings.Provider == DatabaseProvider.PostgreSQL)
        {
            services.AddDbContext<BalkanMeetingsDbContext, PostgresBalkanMeetingsDbContext>(
                options => options.UseBalkanMeetingsPostgres(settings.ConnectionString), ServiceLifetime.Scoped, OptionsLifetime);
            services.AddScoped<ISearchIndex, PostgresSearchIndex>();
        }
        else
        {
            services.AddDbContext<BalkanMeetingsDbContext>(options => options.UseBalkanMeetingsSqlite(settings.ConnectionString), ServiceLifetime.Scoped, OptionsLifetime);
            services.AddScoped<ISearchIndex, SqliteSearchIndex>();
        }

        services.AddSingleton(settings);
        services.AddSingleton<DataVersionReader>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<VersionedCache>();
        services.AddScoped<MeetingBrowser>();
        services.AddScoped<MeetingDetailsQuery>();
        return services;
    }
}
