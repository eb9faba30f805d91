using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BalkanMeetings.Core.Data.Migrations;

/// <summary>What every provider's options need so EF runs the hand-written migrations of this folder.</summary>
internal static class HandWrittenMigrations
{
    public static DbContextOptionsBuilder UseHandWrittenMigrations(this DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder
            .ReplaceService<IMigrationsIdGenerator, MigrationIdGenerator>()
            // There is no model snapshot (it comes from the Design package), so EF would always see "pending model
            // changes" and refuse to migrate; the migration tests compare the migrated schema with the model instead.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
