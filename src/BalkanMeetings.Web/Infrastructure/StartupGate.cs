namespace BalkanMeetings.Web.Infrastructure;

/// <summary>
/// One instance at a time prepares a database (migrations, seed import): two started together on an empty database
/// would otherwise both import the seeds and collide. The gate is an exclusive lock on a file beside the database; the
/// second instance waits for it, then finds the work done. The operating system frees the lock if the holder dies.
/// </summary>
public sealed class StartupGate : IAsyncDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private readonly FileStream _lock;

    private StartupGate(FileStream @lock) => _lock = @lock;

    public static string LockPath(string database) => database + ".lock";

    /// <summary>Waits until no other instance holds the gate of <paramref name="database"/>, and takes it.</summary>
    public static async Task<StartupGate> EnterAsync(string database, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var path = LockPath(database);
        var waiting = false;
        while (true)
        {
            try
            {
                return new StartupGate(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                if (!waiting)
                {
                    logger.LogInformation("Waiting for another instance to finish preparing the database {Database}", database);
                    waiting = true;
                }

                await Task.Delay(Poll, cancellationToken);
            }
        }
    }

    public ValueTask DisposeAsync() => _lock.DisposeAsync();
}
