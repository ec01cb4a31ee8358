using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwell.Web.Features.Referrals;

/// <summary>
/// Remembers an API request's Idempotency-Key, so a client that retries after a time-out gets the
/// referral it already created rather than a second one.
/// </summary>
public sealed class IdempotencyRecord
{
    public string ClientId { get; init; } = string.Empty;

    public string Key { get; init; } = string.Empty;

    /// <summary>SHA-256 of the request body: the same key with a different body is refused.</summary>
    public string RequestHash { get; init; } = string.Empty;

    public Guid ReferralId { get; init; }

    public DateTime CreatedUtc { get; init; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyRecords");
        builder.HasKey(r => new { r.ClientId, r.Key });
        builder.Property(r => r.ClientId).HasMaxLength(40);
        builder.Property(r => r.Key).HasMaxLength(200);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
    }
}
