using System.Security.Cryptography;
using System.Text;
using Linkwell.Domain.Schemes;
using Linkwell.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwell.Web.Auth;

/// <summary>The scopes an API client can hold.</summary>
public static class ApiScopes
{
    public const string ReferralsWrite = "referrals:write";
    public const string ReferralsRead = "referrals:read";

    public static readonly IReadOnlyList<string> All = [ReferralsWrite, ReferralsRead];
}

/// <summary>
/// A machine that calls the API on behalf of one scheme (a GP system, a partner's case system). Its secret
/// is shown once and stored only as a SHA-256 hash: the secret is 256 random bits, so a slow password hash
/// would add nothing but latency (ADR 0004).
/// </summary>
public sealed class ApiClient
{
    private ApiClient()
    {
    }

    public Guid Id { get; private set; }

    public string ClientId { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public Guid SchemeId { get; private set; }

    public string SecretHash { get; private set; } = string.Empty;

    public List<string> Scopes { get; private set; } = [];

    public DateTime CreatedUtc { get; private set; }

    public DateTime? RevokedUtc { get; private set; }

    public bool IsActive => RevokedUtc is null;

    /// <summary>Registers a client and returns it with its secret, which is not kept anywhere.</summary>
    public static (ApiClient Client, string Secret) Register(string name, Guid schemeId, IEnumerable<string> scopes, DateTime nowUtc)
    {
        var chosen = scopes.Distinct().ToList();
        if (chosen.Count == 0 || chosen.Any(s => !ApiScopes.All.Contains(s)))
        {
            throw new DomainException("Choose at least one scope from the list.");
        }

        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var client = new ApiClient
        {
            Id = Guid.NewGuid(),
            ClientId = "lw_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            Name = string.IsNullOrWhiteSpace(name) ? throw new DomainException("Enter a name for the client.") : name.Trim(),
            SchemeId = schemeId,
            SecretHash = Hash(secret),
            Scopes = chosen,
            CreatedUtc = nowUtc,
        };
        return (client, secret);
    }

    public bool SecretMatches(string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(SecretHash));

    public void Revoke(DateTime nowUtc) => RevokedUtc ??= nowUtc;

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("ApiClients");
        builder.Property(c => c.ClientId).HasMaxLength(40);
        builder.HasIndex(c => c.ClientId).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.SecretHash).HasMaxLength(64);
        builder.HasOne<Scheme>().WithMany().HasForeignKey(c => c.SchemeId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.IsActive);
    }
}
