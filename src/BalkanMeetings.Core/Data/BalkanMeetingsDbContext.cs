using BalkanMeetings.Core.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Data;

/// <summary>
/// The app's database. The schema is owned by the hand-written migrations in <c>Data/Migrations</c>
/// (docs/decisions/0001-hand-written-migrations.md); apply them with <see cref="DatabaseInitializer"/>.
/// Editors' accounts live here too (ASP.NET Core Identity's tables), so a revision and its author share one database,
/// and so do the data-protection keys that sign their cookies, so every instance of the site reads the others' cookies.
/// On PostgreSQL the context is <see cref="PostgresBalkanMeetingsDbContext"/>, whose migrations are a history of their own.
/// </summary>
public class BalkanMeetingsDbContext : IdentityDbContext<EditorAccount>, IDataProtectionKeyContext
{
    public BalkanMeetingsDbContext(DbContextOptions<BalkanMeetingsDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own context type (<see cref="PostgresBalkanMeetingsDbContext"/>).</summary>
    protected BalkanMeetingsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<ArticleTable> ArticleTables => Set<ArticleTable>();

    public DbSet<Country> Countries => Set<Country>();

    public DbSet<CountryAlias> CountryAliases => Set<CountryAlias>();

    public DbSet<Correction> Corrections => Set<Correction>();

    public DbSet<Initiative> Initiatives => Set<Initiative>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<MeetingCountry> MeetingCountries => Set<MeetingCountry>();

    public DbSet<MeetingInitiative> MeetingInitiatives => Set<MeetingInitiative>();

    public DbSet<MeetingSource> MeetingSources => Set<MeetingSource>();

    public DbSet<MeetingTopic> MeetingTopics => Set<MeetingTopic>();

    public DbSet<Office> Offices => Set<Office>();

    public DbSet<Participation> Participations => Set<Participation>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<PersonAlias> PersonAliases => Set<PersonAlias>();

    public DbSet<Quote> Quotes => Set<Quote>();

    public DbSet<Revision> Revisions => Set<Revision>();

    public DbSet<RevisionChange> RevisionChanges => Set<RevisionChange>();

    public DbSet<ReviewFlag> ReviewFlags => Set<ReviewFlag>();

    public DbSet<SourceSpan> SourceSpans => Set<SourceSpan>();

    public DbSet<Summit> Summits => Set<Summit>();

    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<TopicSynonym> TopicSynonyms => Set<TopicSynonym>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL, and safe when members are added or reordered.
        StoreAsText<DatePrecision>(configurationBuilder);
        StoreAsText<ValueOrigin>(configurationBuilder);
        StoreAsText<MeetingKind>(configurationBuilder);
        StoreAsText<MeetingStatus>(configurationBuilder);
        StoreAsText<FlagKind>(configurationBuilder);
        StoreAsText<FlagSeverity>(configurationBuilder);
        StoreAsText<FlagStatus>(configurationBuilder);
        StoreAsText<RevisionKind>(configurationBuilder);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Identity maps its own tables first.
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(BalkanMeetingsDbContext).Assembly);
    }

    private static void StoreAsText<TEnum>(ModelConfigurationBuilder configurationBuilder)
        where TEnum : struct, Enum =>
        configurationBuilder.Properties<TEnum>().HaveConversion<string>().HaveMaxLength(32);
}
