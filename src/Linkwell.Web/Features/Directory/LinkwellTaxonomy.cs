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

    private static readonly Dictionary<string, string> CapacityTermIds = Capacity.ToDictionary(c => c.Code, c => StableId($"capacity:{c.Code}"), StringComparer.Ordinal);

    private static readonly HashSet<string> CapacityTerms = [.. CapacityTermIds.Values];

    public static string NeedTermId(NeedCategory need) => StableId($"need:{need}");

    public static string CapacityTermId(string code) => CapacityTermIds[code];

    /// <summary>The words for a capacity status code ("Waiting list"), or null when it is not one.</summary>
    public static string? CapacityName(string? code) => Capacity.FirstOrDefault(c => c.Code == code).Name;

    /// <summary>
    /// Publishes the capacity status the owner set as an attribute of the capacity taxonomy (replacing any the
    /// record brought), so /oruk shows it and <c>taxonomy_term_id</c> finds services by it.
    /// </summary>
    public static void ShowCapacity(OrukService service, string? capacity, IReadOnlyDictionary<string, OrukTaxonomyTerm> terms)
    {
        service.Attributes.RemoveAll(a => a.TaxonomyTermId is { } id && CapacityTerms.Contains(id));
        if (capacity is null || !CapacityTermIds.TryGetValue(capacity, out var termId))
        {
            return;
        }

        service.Attributes.Add(new OrukAttribute
        {
            Id = StableId($"capacity-of:{service.Id}"),
            LinkId = service.Id,
            LinkType = "capacity",
            LinkEntity = "service",
            TaxonomyTermId = termId,
            TaxonomyTerm = terms.GetValueOrDefault(termId),
        });
    }

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
                Id = CapacityTermId(c.Code),
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
