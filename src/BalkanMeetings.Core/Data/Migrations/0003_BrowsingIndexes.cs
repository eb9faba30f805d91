using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BalkanMeetings.Core.Data.Migrations;

/// <summary>
/// Indexes for the meetings list at 100,000 meetings (docs/benchmarks.md, "Page benchmark"): each link table is
/// indexed by its value then meeting, so a filter reads a value's meetings from the index alone, and participations
/// by meeting with the person and office, so the facets never read the table. Each replaces the narrower index its
/// columns start with. Frozen once released.
/// </summary>
[DbContext(typeof(BalkanMeetingsDbContext))]
[Migration("0003_BrowsingIndexes")]
public sealed class BrowsingIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.DropIndex("IX_MeetingCountries_CountryCode", "MeetingCountries");
        migrationBuilder.CreateIndex("IX_MeetingCountries_CountryCode_MeetingId", "MeetingCountries", ["CountryCode", "MeetingId"]);

        migrationBuilder.DropIndex("IX_MeetingTopics_TopicId", "MeetingTopics");
        migrationBuilder.CreateIndex("IX_MeetingTopics_TopicId_MeetingId", "MeetingTopics", ["TopicId", "MeetingId"]);

        migrationBuilder.DropIndex("IX_MeetingInitiatives_InitiativeId", "MeetingInitiatives");
        migrationBuilder.CreateIndex("IX_MeetingInitiatives_InitiativeId_MeetingId", "MeetingInitiatives", ["InitiativeId", "MeetingId"]);

        migrationBuilder.DropIndex("IX_MeetingSources_ArticleId", "MeetingSources");
        migrationBuilder.CreateIndex("IX_MeetingSources_ArticleId_MeetingId", "MeetingSources", ["ArticleId", "MeetingId"]);

        migrationBuilder.DropIndex("IX_Participations_PersonId", "Participations");
        migrationBuilder.CreateIndex("IX_Participations_PersonId_MeetingId", "Participations", ["PersonId", "MeetingId"]);

        migrationBuilder.DropIndex("IX_Participations_MeetingId", "Participations");
        migrationBuilder.CreateIndex(
            "IX_Participations_MeetingId_PersonId_Role_Organization", "Participations", ["MeetingId", "PersonId", "Role", "Organization"]);
    }
}
