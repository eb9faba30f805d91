using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class TopicSynonymConfiguration : IEntityTypeConfiguration<TopicSynonym>
{
    public void Configure(EntityTypeBuilder<TopicSynonym> builder)
    {
        builder.Property(s => s.Phrase).HasMaxLength(FieldLimits.Phrase);

        builder.HasOne<Topic>()
            .WithMany(t => t.Synonyms)
            .HasForeignKey(s => s.TopicId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
