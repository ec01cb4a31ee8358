using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwell.Web.Features.Geography;

/// <summary>Reference data shared by every scheme, holding nothing personal: no query filter, no audit.</summary>
internal sealed class PostcodeLocationConfiguration : IEntityTypeConfiguration<PostcodeLocation>
{
    public void Configure(EntityTypeBuilder<PostcodeLocation> builder)
    {
        builder.ToTable("PostcodeLocations", t => t.HasCheckConstraint("CK_PostcodeLocations_ImdDecile", "\"ImdDecile\" BETWEEN 1 AND 10"));
        builder.HasKey(p => p.Postcode);
        builder.Property(p => p.Postcode).HasMaxLength(8);
        builder.Property(p => p.Lsoa).HasMaxLength(9);
    }
}

internal sealed class PostcodeDistrictConfiguration : IEntityTypeConfiguration<PostcodeDistrict>
{
    public void Configure(EntityTypeBuilder<PostcodeDistrict> builder)
    {
        builder.ToTable("PostcodeDistricts");
        builder.HasKey(d => d.District);
        builder.Property(d => d.District).HasMaxLength(4);
    }
}
