using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Data;

/// <summary>
/// The app's database on PostgreSQL: the same model as <see cref="BalkanMeetingsDbContext"/>, as a type of its own so
/// its migrations (generated, in <c>Data/Postgres/Migrations</c>) are a history apart from SQLite's hand-written one
/// (docs/decisions/0003-migrations-per-provider.md). Everything else asks for <see cref="BalkanMeetingsDbContext"/>.
/// </summary>
public sealed class PostgresBalkanMeetingsDbContext(DbContextOptions<PostgresBalkanMeetingsDbContext> options) : BalkanMeetingsDbContext(options)
{
    /// <summary>Byte order, as SQLite compares text: lists sorted by name come out the same on both engines.</summary>
    public const string TextCollation = "C";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()).Where(p => p.ClrType == typeof(string)))
        {
            property.SetCollation(TextCollation);
        }
    }
}
