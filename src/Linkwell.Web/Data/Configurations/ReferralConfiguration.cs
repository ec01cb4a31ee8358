using Linkwell.Domain.People;
using Linkwell.Domain.Referrals;
using Linkwell.Domain.Schemes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwell.Web.Data.Configurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.Property(r => r.Reference).HasMaxLength(16);
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.Details).HasJsonConversion();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.LinkWorkerId).HasMaxLength(450);
        builder.Property(r => r.LinkWorkerName).HasMaxLength(200);
        builder.Property(r => r.ReferredByUserId).HasMaxLength(450);
        builder.HasOne<Scheme>().WithMany().HasForeignKey(r => r.SchemeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);

        // The queue: a scheme's referrals by status, urgent and oldest first.
        builder.HasIndex(r => new { r.SchemeId, r.Status, r.Urgency, r.ReceivedUtc });
        // A caseload: one link worker's open episodes.
        builder.HasIndex(r => new { r.LinkWorkerId, r.Status });
        builder.HasIndex(r => r.PersonId);
        builder.HasIndex(r => r.ReferredByUserId);

        builder.HasMany(r => r.Events).WithOne().HasForeignKey("ReferralId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Contacts).WithOne().HasForeignKey("ReferralId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Contacts).HasField("_contacts").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Ignore(r => r.FailedContactAttempts);
        builder.Ignore(r => r.HasSafeguardingConcern);
    }
}

internal sealed class ReferralEventConfiguration : IEntityTypeConfiguration<ReferralEvent>
{
    public void Configure(EntityTypeBuilder<ReferralEvent> builder)
    {
        builder.ToTable("ReferralEvents");
        builder.Property(e => e.By).HasMaxLength(200);
        builder.Property(e => e.Note).HasMaxLength(4000);
        builder.Property(e => e.SnomedCode).HasMaxLength(20);
        builder.Ignore(e => e.VisibleToReferrer);
    }
}

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("Contacts");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Notes).HasMaxLength(8000);
        builder.Property(c => c.Outcome).HasMaxLength(1000);
        builder.Property(c => c.RecordedBy).HasMaxLength(200);
    }
}
