using System.Security.Cryptography;
using System.Text;
using Linkwell.Domain.Directory.Oruk;
using Linkwell.Domain.Referrals;

namespace Linkwell.Web.Features.Directory;

/// <summary>
/// Linkwell's own vocabularies, published through /oruk like any other: the needs a referral names (so a
/// link worker can search the directory by need) and the capacity statuses owners set. Their ids are
/// derived from their names, so every Linkwell installation gives them the same ids.
/// </summary>
public static class LinkwellTaxonomy
{
    public static readonly string NeedsId = StableId("taxonomy:needs");

    public static readonly string CapacityId = StableId("taxonomy:capacity");

    /// <summary>HealthcareServiceCapacityStatus codes, with words for people.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Capacity =
    [
        ("capacity", "Taking referrals"),
        ("waitlist", "Waiting list"),
        ("no-capacity", "Full: not taking referrals"),
        ("additional-assessment-required", "Needs an assessment first"),
    ];

    public static string NeedTermId(NeedCategory need) => StableId($"need:{need}");

    public static IReadOnlyList<OrukTaxonomy> All() =>
    [
        new OrukTaxonomy
        {
            Id = NeedsId,
            Name = "Linkwell needs",
            Description = "What a person referred to social prescribing needs help with.",
            Version = "1",
            TaxonomyTerms = [.. Enum.GetValues<NeedCategory>().Select(n => new OrukTaxonomyTerm
            {
                Id = NeedTermId(n),
                Name = Text.Of(n),
                Description = $"Services that help with: {Text.Of(n).ToLowerInvariant()}.",
                Term = n.ToString(),
                TaxonomyId = NeedsId,
            })],
        },
        new OrukTaxonomy
        {
            Id = CapacityId,
            Name = "HealthcareServiceCapacityStatus",
            Description = "Whether a service can take referrals now.",
            Version = "1",
            TaxonomyTerms = [.. Capacity.Select(c => new OrukTaxonomyTerm
            {
                Id = StableId($"capacity:{c.Code}"),
                Name = c.Name,
                Description = c.Name,
                Term = c.Code,
                TaxonomyId = CapacityId,
            })],
        },
    ];

    /// <summary>A UUID made from a name (MD5, version bits set as in RFC 4122 version 3).</summary>
    private static string StableId(string name)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes("linkwell:" + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x30);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true).ToString();
    }
}
