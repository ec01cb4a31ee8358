using Linkwell.Domain.Schemes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwell.Web.Data.Configurations;

internal sealed class SchemeConfiguration : IEntityTypeConfiguration<Scheme>
{
    public void Configure(EntityTypeBuilder<Scheme> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.HostOrganisation).HasMaxLength(200);
        builder.Property(s => s.ContactEmail).HasMaxLength(320);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.Name).IsUnique();
    }
}

internal sealed class GpPracticeConfiguration : IEntityTypeConfiguration<GpPractice>
{
    public void Configure(EntityTypeBuilder<GpPractice> builder)
    {
        builder.HasKey(p => p.OdsCode);
        builder.Property(p => p.OdsCode).HasMaxLength(10);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Postcode).HasMaxLength(10);
        builder.HasOne<Scheme>().WithMany().HasForeignKey(p => p.SchemeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.SchemeId);
    }
}
