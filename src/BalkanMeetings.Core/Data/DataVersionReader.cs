using System.Data.Common;
using System.Globalization;
using BalkanMeetings.Core.Domain;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BalkanMeetings.Core.Data;

/// <summary>
/// Reads the <see cref="DataVersion"/> on a pooled connection of its own, without a <see cref="BalkanMeetingsDbContext"/>.
/// Every reader's request asks for the version before it can be answered from what is kept, and making a context and
/// running an EF query for one number cost more than all the rest of such a request (docs/benchmarks.md).
/// </summary>
public sealed class DataVersionReader
{
    private static readonly string Query = string.Create(
        CultureInfo.InvariantCulture, $"""SELECT "Value" FROM "DataVersion" WHERE "Id" = {DataVersion.Row}""");

    private readonly DbProviderFactory _provider;
    private readonly string _connectionString;

    public DataVersionReader(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        // The connection string EF's own connections use, so both draw on one pool.
        (_provider, _connectionString) = settings.Provider == DatabaseProvider.PostgreSQL
            ? ((DbProviderFactory)NpgsqlFactory.Instance, PostgresDatabase.WithAutoPrepare(settings.ConnectionString))
            : (SqliteFactory.Instance, settings.ConnectionString);
    }

    /// <summary>As <see cref="WriteVersion.ReadAsync"/>: read it before the data it stands for.</summary>
    public async Task<long> ReadAsync(CancellationToken cancellationToken)
    {
        var connection = _provider.CreateConnection()!;
        await using (connection.ConfigureAwait(false))
        {
            connection.ConnectionString = _connectionString;
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = Query;
                return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long version ? version : 0;
            }
        }
    }
}
