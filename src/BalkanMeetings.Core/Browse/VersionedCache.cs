using System.Collections.Concurrent;
using BalkanMeetings.Core.Data;

namespace BalkanMeetings.Core.Browse;

/// <summary>
/// Counts that cost a pass over every match (a filter's total and facets, a country's or person's profile), made
/// once per <see cref="Domain.DataVersion"/> and then read from memory: any write moves the version on, and every
/// value kept before it is let go at the next request (docs/browsing.md#caching). One per app.
/// </summary>
public sealed class VersionedCache
{
    /// <summary>Values kept per version; past it values are still made, just not kept, so memory stays bounded.</summary>
    public const int MaxEntries = 2_000;

    private Generation _current = new(-1);

    /// <summary>
    /// The value of <paramref name="key"/> at the data version now, made by <paramref name="make"/> when not kept yet.
    /// The version is read first, so the value is never older than the version it is kept under.
    /// </summary>
    public async Task<T> GetOrAddAsync<T>(BalkanMeetingsDbContext db, string key, Func<Task<T>> make, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(make);
        var version = await WriteVersion.ReadAsync(db, cancellationToken);
        var generation = Volatile.Read(ref _current);
        if (generation.Version == version && generation.Values.TryGetValue(key, out var kept))
        {
            return (T)kept!;
        }

        var value = await make();

        // A request that read an older version than the kept one leaves the newer values alone.
        if (version > generation.Version)
        {
            Interlocked.CompareExchange(ref _current, new Generation(version), generation);
            generation = Volatile.Read(ref _current);
        }

        if (generation.Version == version && generation.Values.Count < MaxEntries)
        {
            generation.Values.TryAdd(key, value);
        }

        return value;
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);
    }
}
