using System.Diagnostics;
using System.Globalization;
using BalkanMeetings.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Bench.Pages;

/// <summary>The page benchmark's database on PostgreSQL (<c>pages --postgres</c>), filled from its SQLite file.</summary>
internal static class PostgresPageDatabase
{
    /// <summary>
    /// The same data in the PostgreSQL database of <paramref name="postgres"/>: copied from the SQLite file (ids kept,
    /// so the pages named by id are the same) when that database is empty, reused when it holds as many meetings.
    /// </summary>
    public static async Task EnsureAsync(string path, string postgres, DatasetSize size, CancellationToken cancellationToken)
    {
        await using var target = PostgresDatabase.CreateContext(postgres);
        await new DatabaseInitializer(target).MigrateAsync(cancellationToken);
        var held = await target.Meetings.CountAsync(cancellationToken);
        if (held == size.Meetings)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Reusing {PostgresDatabase.Describe(postgres)}: {held:N0} meetings."));
            return;
        }

        var clock = Stopwatch.StartNew();
        await using var source = BenchDatabase.Open(path);
        var copied = await DatabaseCopy.CopyAsync(source, target, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Copied {copied.Sum(t => t.Rows):N0} rows into {PostgresDatabase.Describe(postgres)} in {clock.Elapsed.TotalSeconds:0} s."));
    }
}
