using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BalkanMeetings.Core.Data.Migrations;

/// <summary>
/// The first schema. Column types are left to the provider (inferred from the CLR type and max length) so the
/// same migration serves SQLite and PostgreSQL. Frozen once released: change the schema in a new migration.
/// </summary>
[DbContext(typeof(BalkanMeetingsDbContext))]
[Migration("0001_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        // Tables nothing else points into come first, so every foreign key names an existing table.
        migrationBuilder.CreateTable(
            name: "Articles",
            columns: table => new
            {
                Id = table.IdentityKey(),
                FileName = table.Column<string>(maxLength: 260, nullable: false),
                ContentHash = table.Column<string>(maxLength: 64, nullable: false),
                Title = table.Column<string>(maxLength: 500, nullable: true),
                Publisher = table.Column<string>(maxLength: 200, nullable: true),
                SourceUrl = table.Column<string>(maxLength: 2048, nullable: true),
                PublishedOn = table.Column<DateOnly>(nullable: true),
                OriginalText = table.Column<string>(nullable: false),
                NormalisedText = table.Column<string>(nullable: false),
                EncodingRepaired = table.Column<bool>(nullable: false),
                ImportedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Articles", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Countries",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 2, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Capital = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Countries", x => x.Code));

        migrationBuilder.CreateTable(
            name: "Initiatives",
            columns: table => new
            {
                Id = table.IdentityKey(),
                Name = table.Column<string>(maxLength: 500, nullable: false),
                NameKey = table.Column<string>(maxLength: 500, nullable: false),
                Objective = table.Column<string>(nullable: true),
                Timeline = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Initiatives", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Meetings",
            columns: table => new
            {
                Id = table.IdentityKey(),
                Title = table.Column<string>(maxLength: 500, nullable: false),
                Date = table.Column<DateOnly>(nullable: true),
                DatePrecision = table.Column<string>(maxLength: 32, nullable: false),
                DateOrigin = table.Column<string>(maxLength: 32, nullable: false),
                City = table.Column<string>(maxLength: 100, nullable: true),
                Venue = table.Column<string>(maxLength: 200, nullable: true),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                Status = table.Column<string>(maxLength: 32, nullable: false),
                Summary = table.Column<string>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Meetings", x => x.Id));

        migrationBuilder.CreateTable(
            name: "People",
            columns: table => new
            {
                Id = table.IdentityKey(),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                SearchKey = table.Column<string>(maxLength: 200, nullable: false),
                IsReference = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_People", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Summits",
            columns: table => new
            {
                Id = table.IdentityKey(),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                City = table.Column<string>(maxLength: 100, nullable: false),
                Country = table.Column<string>(maxLength: 100, nullable: false),
                Start = table.Column<DateOnly>(nullable: false),
                End = table.Column<DateOnly>(nullable: false),
                SourceUrl = table.Column<string>(maxLength: 2048, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Summits", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Topics",
            columns: table => new
            {
                Id = table.IdentityKey(),
                Name = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Topics", x => x.Id));

        migrationBuilder.CreateTable(
            name: "ArticleTables",
            columns: table => new
            {
                Id = table.IdentityKey(),
                ArticleId = table.Column<int>(nullable: false),
                Position = table.Column<int>(nullable: false),
                // A primitive collection: each provider picks its own store (JSON text on SQLite).
                Header = table.Column<List<string>>(nullable: false),
                RowsJson = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ArticleTables", x => x.Id);
                table.ForeignKey(
                    name: "FK_ArticleTables_Articles_ArticleId",
                    column: x => x.ArticleId,
                    principalTable: "Articles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CountryAliases",
            columns: table => new
            {
                Id = table.IdentityKey(),
                CountryCode = table.Column<string>(maxLength: 2, nullable: false),
                Text = table.Column<string>(maxLength: 100, nullable: false),
                IsDemonym = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CountryAliases", x => x.Id);
                table.ForeignKey(
                    name: "FK_CountryAliases_Countries_CountryCode",
                    column: x => x.CountryCode,
                    principalTable: "Countries",
                    principalColumn: "Code",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MeetingCountries",
            columns: table => new
            {
                MeetingId = table.Column<int>(nullable: false),
                CountryCode = table.Column<string>(maxLength: 2, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeetingCountries", x => new { x.MeetingId, x.CountryCode });
                table.ForeignKey(
                    name: "FK_MeetingCountries_Countries_CountryCode",
                    column: x => x.CountryCode,
                    principalTable: "Countries",
                    principalColumn: "Code",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_MeetingCountries_Meetings_MeetingId",
                    column: x => x.MeetingId,
                    principalTable: "Meetings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MeetingInitiatives",
            columns: table => new
            {
                MeetingId = table.Column<int>(nullable: false),
                InitiativeId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeetingInitiatives", x => new { x.MeetingId, x.InitiativeId });
                table.ForeignKey(
                    name: "FK_MeetingInitiatives_Initiatives_InitiativeId",
                    column: x => x.InitiativeId,
                    principalTable: "Initiatives",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_MeetingInitiatives_Meetings_MeetingId",
                    column: x => x.MeetingId,
                    principalTable: "Meetings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MeetingSources",
            columns: table => new
            {
                MeetingId = table.Column<int>(nullable: false),
                ArticleId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeetingSources", x => new { x.MeetingId, x.ArticleId });
                table.ForeignKey(
                    name: "FK_MeetingSources_Articles_ArticleId",
                    column: x => x.ArticleId,
                    principalTable: "Articles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_MeetingSources_Meetings_MeetingId",
                    column: x => x.MeetingId,
                    principalTable: "Meetings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MeetingTopics",
            columns: table => new
            {
                MeetingId = table.Column<int>(nullable: false),
                TopicId = table.Column<int>(nullable: false),
                RawLabel = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeetingTopics", x => new { x.MeetingId, x.TopicId });
                table.ForeignKey(
                    name: "FK_MeetingTopics_Meetings_MeetingId",
                    column: x => x.MeetingId,
                    principalTable: "Meetings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_MeetingTopics_Topics_TopicId",
                    column: x => x.TopicId,
                    principalTable: "Topics",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Offices",
            columns: table => new
            {
                Id = table.IdentityKey(),
                PersonId = table.Column<int>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Organization = table.Column<string>(maxLength: 100, nullable: false),
                Start = table.Column<DateOnly>(nullable: false),
                End = table.Column<DateOnly>(nullable: true),
                SourceUrl = table.Column<string>(maxLength: 2048, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Offices", x => x.Id);
                table.ForeignKey(
                    name: "FK_Offices_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Participations",
            columns: table => new
            {
                Id = table.IdentityKey(),
                MeetingId = table.Column<int>(nullable: false),
                PersonId = table.Column<int>(nullable: true),
                NameAsWritten = table.Column<string>(maxLength: 200, nullable: true),
                NameOrigin = table.Column<string>(maxLength: 32, nullable: false),
                Role = table.Column<string>(maxLength: 200, nullable: false),
                Organization = table.Column<string>(maxLength: 100, nullable: false),
                ArticleId = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Participations", x => x.Id);
                table.ForeignKey(
                    name: "FK_Participations_Articles_ArticleId",
                    column: x => x.ArticleId,
                    principalTable: "Articles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_Participations_Meetings_MeetingId",
                    column: x => x.MeetingId,
                    principalTable: "Meetings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Participations_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "PersonAliases",
            columns: table => new
            {
                Id = table.IdentityKey(),
                PersonId = table.Column<int>(nullable: false),
                Text = table.Column<string>(maxLength: 200, nullable: false),
                SearchKey = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PersonAliases", x => x.Id);
                table.ForeignKey(
                    name: "FK_PersonAliases_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Quotes",
            columns: table => new
            {
                Id = table.IdentityKey(),
                ArticleId = table.Column<int>(nullable: false),
                MeetingId = table.Column<int>(nullable: true),
                Speaker = table.Column<string>(maxLength: 200, nullable: true),
                PersonId = table.Column<int>(nullable: true),
                Text = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Quotes", x => x.Id);
                table.ForeignKey(
                    name: "FK_Quotes_Articles_ArticleId",
                    column: x => x.ArticleId,
                    principalTable: "Articles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Quotes_Meetings_MeetingId",
                    column: x => x.MeetingId,
                    principalTable: "Meetings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_Quotes_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "ReviewFlags",
            columns: table => new
            {
                Id = table.IdentityKey(),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                Severity = table.Column<string>(maxLength: 32, nullable: false),
                Message = table.Column<string>(nullable: false),
                RecordType = table.Column<string>(maxLength: 50, nullable: false),
                RecordId = table.Column<int>(nullable: true),
                Field = table.Column<string>(maxLength: 100, nullable: true),
                Evidence = table.Column<string>(nullable: true),
                ReferenceRow = table.Column<string>(nullable: true),
                ArticleId = table.Column<int>(nullable: true),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                Status = table.Column<string>(maxLength: 32, nullable: false),
                ResolvedAtUtc = table.Column<DateTime>(nullable: true),
                ResolvedBy = table.Column<string>(maxLength: 100, nullable: true),
                ResolutionNote = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReviewFlags", x => x.Id);
                table.ForeignKey(
                    name: "FK_ReviewFlags_Articles_ArticleId",
                    column: x => x.ArticleId,
                    principalTable: "Articles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SourceSpans",
            columns: table => new
            {
                Id = table.IdentityKey(),
                ArticleId = table.Column<int>(nullable: false),
                RecordType = table.Column<string>(maxLength: 50, nullable: false),
                RecordId = table.Column<int>(nullable: false),
                Field = table.Column<string>(maxLength: 100, nullable: false),
                Start = table.Column<int>(nullable: false),
                Length = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SourceSpans", x => x.Id);
                table.ForeignKey(
                    name: "FK_SourceSpans_Articles_ArticleId",
                    column: x => x.ArticleId,
                    principalTable: "Articles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "TopicSynonyms",
            columns: table => new
            {
                Id = table.IdentityKey(),
                TopicId = table.Column<int>(nullable: false),
                Phrase = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TopicSynonyms", x => x.Id);
                table.ForeignKey(
                    name: "FK_TopicSynonyms_Topics_TopicId",
                    column: x => x.TopicId,
                    principalTable: "Topics",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Articles_ContentHash", "Articles", "ContentHash");
        migrationBuilder.CreateIndex("IX_Articles_FileName", "Articles", "FileName", unique: true);
        migrationBuilder.CreateIndex(
            "IX_ArticleTables_ArticleId_Position", "ArticleTables", ["ArticleId", "Position"], unique: true);
        migrationBuilder.CreateIndex("IX_CountryAliases_CountryCode", "CountryAliases", "CountryCode");
        migrationBuilder.CreateIndex("IX_Initiatives_NameKey", "Initiatives", "NameKey", unique: true);
        migrationBuilder.CreateIndex("IX_MeetingCountries_CountryCode", "MeetingCountries", "CountryCode");
        migrationBuilder.CreateIndex("IX_MeetingInitiatives_InitiativeId", "MeetingInitiatives", "InitiativeId");
        migrationBuilder.CreateIndex("IX_Meetings_City", "Meetings", "City");
        migrationBuilder.CreateIndex("IX_Meetings_Date", "Meetings", "Date");
        migrationBuilder.CreateIndex("IX_MeetingSources_ArticleId", "MeetingSources", "ArticleId");
        migrationBuilder.CreateIndex("IX_MeetingTopics_TopicId", "MeetingTopics", "TopicId");
        migrationBuilder.CreateIndex("IX_Offices_PersonId", "Offices", "PersonId");
        migrationBuilder.CreateIndex("IX_Participations_ArticleId", "Participations", "ArticleId");
        migrationBuilder.CreateIndex("IX_Participations_MeetingId", "Participations", "MeetingId");
        migrationBuilder.CreateIndex("IX_Participations_PersonId", "Participations", "PersonId");
        migrationBuilder.CreateIndex("IX_People_SearchKey", "People", "SearchKey");
        migrationBuilder.CreateIndex("IX_PersonAliases_PersonId", "PersonAliases", "PersonId");
        migrationBuilder.CreateIndex("IX_PersonAliases_SearchKey", "PersonAliases", "SearchKey");
        migrationBuilder.CreateIndex("IX_Quotes_ArticleId", "Quotes", "ArticleId");
        migrationBuilder.CreateIndex("IX_Quotes_MeetingId", "Quotes", "MeetingId");
        migrationBuilder.CreateIndex("IX_Quotes_PersonId", "Quotes", "PersonId");
        migrationBuilder.CreateIndex("IX_ReviewFlags_ArticleId", "ReviewFlags", "ArticleId");
        migrationBuilder.CreateIndex("IX_ReviewFlags_Status_Kind", "ReviewFlags", ["Status", "Kind"]);
        migrationBuilder.CreateIndex(
            "IX_SourceSpans_ArticleId_RecordType_RecordId", "SourceSpans", ["ArticleId", "RecordType", "RecordId"]);
        migrationBuilder.CreateIndex("IX_Topics_Name", "Topics", "Name", unique: true);
        migrationBuilder.CreateIndex("IX_TopicSynonyms_TopicId", "TopicSynonyms", "TopicId");
    }
}
