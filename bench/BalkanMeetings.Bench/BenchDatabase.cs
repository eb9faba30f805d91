using BalkanMeetings.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Bench;

/// <summary>The app's database context over a benchmark's SQLite file.</summary>
internal static class BenchDatabase
{
    /// <summary>Without pooling, so the file is closed when the context is: the benchmarks copy and delete it.</summary>
    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

    public static BalkanMeetingsDbContext Open(string path)
    {
        var options = new DbContextOptionsBuilder<BalkanMeetingsDbContext>();
        options.UseBalkanMeetingsSqlite(ConnectionString(path));
        return new BalkanMeetingsDbContext(options.Options);
    }
}
