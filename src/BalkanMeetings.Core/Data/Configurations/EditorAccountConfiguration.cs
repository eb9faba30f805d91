using BalkanMeetings.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BalkanMeetings.Core.Data.Configurations;

internal sealed class EditorAccountConfiguration : IEntityTypeConfiguration<EditorAccount>
{
    public void Configure(EntityTypeBuilder<EditorAccount> builder)
    {
        // Accounts made before the column existed chose their own passwords.
        builder.Property(a => a.MustChangePassword).HasDefaultValue(false);
    }
}
