using Linkwell.Domain.People;
using Linkwell.Domain.Schemes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwell.Web.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.Details).HasJsonConversion();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.MatchKey).HasMaxLength(200);
        builder.Property(p => p.NhsNumber).HasMaxLength(10);
        builder.HasOne<Scheme>().WithMany().HasForeignKey(p => p.SchemeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.SchemeId, p.NhsNumber });
        builder.HasIndex(p => new { p.SchemeId, p.MatchKey });
        builder.Ignore(p => p.DisplayName);
    }
}
