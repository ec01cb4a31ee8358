using Linkwell.Web.Auth;
using Linkwell.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwell.Web.Features.Directory.Owners;

public enum ChangeRequestState
{
    Pending,
    Approved,
    Rejected,

    /// <summary>The owner saved a newer change to the same listing before this one was decided.</summary>
    Replaced,
}

/// <summary>
/// An owner's edit to a listing that a directory manager must approve: what the listing said when the form
/// was drawn (its revision and details) and what the owner wants it to say.
/// </summary>
public sealed class DirectoryChangeRequest
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public string ServiceId { get; init; } = string.Empty;

    public string? OrganizationId { get; init; }

    /// <summary>The service's name when the request was made, for lists.</summary>
    public string ServiceName { get; init; } = string.Empty;

    /// <summary>The directory revision of the service the owner's form was drawn from.</summary>
    public long BaseRevision { get; init; }

    public ListingDetails Before { get; init; } = new();

    public ListingDetails Proposed { get; init; } = new();

    public string RequestedById { get; init; } = string.Empty;

    public string RequestedByName { get; init; } = string.Empty;

    /// <summary>Where the decision is e-mailed.</summary>
    public string RequestedByEmail { get; init; } = string.Empty;

    public DateTime RequestedUtc { get; init; }

    public ChangeRequestState State { get; set; }

    public string? DecidedByName { get; set; }

    public DateTime? DecidedUtc { get; set; }

    /// <summary>Why it was rejected; sent to the owner.</summary>
    public string? Reason { get; set; }
}

public enum ReportKind
{
    Closed,
    DetailsWrong,
}

/// <summary>A link worker's or referrer's word that a listing has closed or says something wrong.</summary>
public sealed class DirectoryReport
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public string ServiceId { get; init; } = string.Empty;

    public string ServiceName { get; init; } = string.Empty;

    public string? OrganizationId { get; init; }

    public ReportKind Kind { get; init; }

    public string? Note { get; init; }

    public string ReportedById { get; init; } = string.Empty;

    public string ReportedByName { get; init; } = string.Empty;

    public DateTime ReportedUtc { get; init; }

    public DateTime? DealtWithUtc { get; set; }

    public string? DealtWithByName { get; set; }
}

internal sealed class OwnerConfiguration :
    IEntityTypeConfiguration<DirectoryChangeRequest>,
    IEntityTypeConfiguration<DirectoryReport>,
    IEntityTypeConfiguration<LinkwellUser>
{
    public void Configure(EntityTypeBuilder<DirectoryChangeRequest> builder)
    {
        builder.ToTable("DirectoryChangeRequests");
        builder.Property(r => r.ServiceId).HasMaxLength(200);
        builder.Property(r => r.OrganizationId).HasMaxLength(200);
        builder.Property(r => r.ServiceName).HasMaxLength(500);
        builder.Property(r => r.Before).HasJsonConversion();
        builder.Property(r => r.Proposed).HasJsonConversion();
        builder.Property(r => r.RequestedById).HasMaxLength(450);
        builder.Property(r => r.RequestedByName).HasMaxLength(200);
        builder.Property(r => r.RequestedByEmail).HasMaxLength(320);
        builder.Property(r => r.DecidedByName).HasMaxLength(200);
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.HasIndex(r => new { r.State, r.RequestedUtc });
        builder.HasIndex(r => r.ServiceId);
    }

    public void Configure(EntityTypeBuilder<DirectoryReport> builder)
    {
        builder.ToTable("DirectoryReports");
        builder.Property(r => r.ServiceId).HasMaxLength(200);
        builder.Property(r => r.ServiceName).HasMaxLength(500);
        builder.Property(r => r.OrganizationId).HasMaxLength(200);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.Property(r => r.ReportedById).HasMaxLength(450);
        builder.Property(r => r.ReportedByName).HasMaxLength(200);
        builder.Property(r => r.DealtWithByName).HasMaxLength(200);
        builder.HasIndex(r => new { r.OrganizationId, r.DealtWithUtc });
        builder.HasIndex(r => r.DealtWithUtc);
    }

    public void Configure(EntityTypeBuilder<LinkwellUser> builder)
    {
        builder.Property(u => u.DirectoryOrganizationId).HasMaxLength(200);
        builder.HasIndex(u => u.DirectoryOrganizationId);
    }
}
