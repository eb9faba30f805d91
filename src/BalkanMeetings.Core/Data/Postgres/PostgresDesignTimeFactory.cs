using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BalkanMeetings.Core.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add … --context PostgresBalkanMeetingsDbContext</c> build the model without a server:
/// adding a migration compares the model with the snapshot and never connects.
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBalkanMeetingsDbContext>
{
    public PostgresBalkanMeetingsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresBalkanMeetingsDbContext>();
        options.UseBalkanMeetingsPostgres("Host=localhost;Database=balkanmeetings");
        return new PostgresBalkanMeetingsDbContext(options.Options);
    }
}
