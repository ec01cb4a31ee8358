using Linkwell.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwell.Web.Features.Directory;

/// <summary>
/// One ORUK record as stored: its JSON as Linkwell serves it, the JSON exactly as its source sent it (for
/// provenance), the feed it came from, and the directory revision that last changed it. Removed records
/// stay as tombstones so that every copy of the search index hears about the removal.
/// </summary>
public abstract class DirectoryRecord
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Json { get; set; } = string.Empty;

    public string? OriginalJson { get; set; }

    public Guid? FeedId { get; set; }

    public long Revision { get; set; }

    public DateTime ChangedUtc { get; set; }

    public bool Removed { get; set; }
}

public sealed class DirectoryOrganizationRecord : DirectoryRecord;

public sealed class DirectoryServiceRecord : DirectoryRecord
{
    public string? OrganizationId { get; set; }

    /// <summary>HealthcareServiceCapacityStatus, set by the owner in one click.</summary>
    public string? Capacity { get; set; }

    /// <summary>When its owners were last reminded to confirm it (at most once a month).</summary>
    public DateTime? RemindedUtc { get; set; }
}

public sealed class DirectoryTaxonomyRecord : DirectoryRecord;

public sealed class DirectoryTermRecord : DirectoryRecord
{
    public string? TaxonomyId { get; set; }

    public string? ParentId { get; set; }
}

/// <summary>The directory's change counter: one row, bumped once per write, read by every index.</summary>
public sealed class DirectoryRevision
{
    public int Id { get; set; }

    public long Value { get; set; }
}

/// <summary>A source of listings: an ORUK 3.0 API polled on a schedule.</summary>
public sealed class DirectoryFeed
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Name { get; set; } = string.Empty;

    /// <summary>The ORUK base URL (the one answering <c>GET /</c> with api_details).</summary>
    public string Url { get; set; } = string.Empty;

    public bool Enabled { get; set; } = true;

    public TimeSpan SyncEvery { get; set; } = TimeSpan.FromHours(24);

    public DateTime? NextSyncUtc { get; set; }

    public DateTime? LastSyncUtc { get; set; }

    public DateTime? LastSuccessUtc { get; set; }

    /// <summary>The newest last_modified seen, asked for again with modified_after next time.</summary>
    public DateTime? ModifiedSeenUtc { get; set; }

    public string? LastError { get; set; }
}

public enum DirectoryImportState
{
    Running,
    Succeeded,
    Failed,
}

/// <summary>A record skipped by an import, and why.</summary>
public sealed record ImportProblem(string RecordType, string? RecordId, string? Where, string Reason);

/// <summary>One import: where from, how far it has got, what went in, and what was skipped and why.</summary>
public sealed class DirectoryImport
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid? FeedId { get; set; }

    public string Source { get; set; } = string.Empty;

    public string? StartedBy { get; set; }

    public DateTime StartedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    public DirectoryImportState State { get; set; }

    public int Read { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Skipped { get; set; }

    public string? Message { get; set; }

    public List<ImportProblem> Problems { get; set; } = [];
}

internal sealed class DirectoryConfiguration :
    IEntityTypeConfiguration<DirectoryOrganizationRecord>,
    IEntityTypeConfiguration<DirectoryServiceRecord>,
    IEntityTypeConfiguration<DirectoryTaxonomyRecord>,
    IEntityTypeConfiguration<DirectoryTermRecord>,
    IEntityTypeConfiguration<DirectoryRevision>,
    IEntityTypeConfiguration<DirectoryFeed>,
    IEntityTypeConfiguration<DirectoryImport>
{
    public void Configure(EntityTypeBuilder<DirectoryOrganizationRecord> builder) => Record(builder, "DirectoryOrganizations");

    public void Configure(EntityTypeBuilder<DirectoryServiceRecord> builder)
    {
        Record(builder, "DirectoryServices");
        builder.Property(r => r.OrganizationId).HasMaxLength(200);
        builder.Property(r => r.Capacity).HasMaxLength(40);
        builder.HasIndex(r => r.OrganizationId);
    }

    public void Configure(EntityTypeBuilder<DirectoryTaxonomyRecord> builder) => Record(builder, "DirectoryTaxonomies");

    public void Configure(EntityTypeBuilder<DirectoryTermRecord> builder)
    {
        Record(builder, "DirectoryTerms");
        builder.Property(r => r.TaxonomyId).HasMaxLength(200);
        builder.Property(r => r.ParentId).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<DirectoryRevision> builder)
    {
        builder.ToTable("DirectoryRevision");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasData(new DirectoryRevision { Id = 1, Value = 0 });
    }

    public void Configure(EntityTypeBuilder<DirectoryFeed> builder)
    {
        builder.ToTable("DirectoryFeeds");
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.Url).HasMaxLength(2000);
        builder.Property(f => f.LastError).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<DirectoryImport> builder)
    {
        builder.ToTable("DirectoryImports");
        builder.Property(i => i.Source).HasMaxLength(2000);
        builder.Property(i => i.StartedBy).HasMaxLength(450);
        builder.Property(i => i.Message).HasMaxLength(2000);
        builder.Property(i => i.Problems).HasJsonConversion();
        builder.HasIndex(i => i.StartedUtc);
    }

    private static void Record<T>(EntityTypeBuilder<T> builder, string table)
        where T : DirectoryRecord
    {
        builder.ToTable(table);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(200);
        builder.Property(r => r.Name).HasMaxLength(500);
        builder.HasIndex(r => r.Revision);
    }
}
