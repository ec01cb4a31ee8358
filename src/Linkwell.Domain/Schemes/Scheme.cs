using Linkwell.Domain.Shared;

namespace Linkwell.Domain.Schemes;

/// <summary>
/// One social prescribing service: a PCN's link worker team, a charity-run scheme. Every personal record
/// belongs to exactly one scheme, and its users see only its records.
/// </summary>
public sealed class Scheme : IVersioned
{
    private Scheme()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The organisation that runs it (a PCN, a charity, a council).</summary>
    public string HostOrganisation { get; private set; } = string.Empty;

    /// <summary>Areas it covers: postcode districts or council areas, as the scheme names them.</summary>
    public List<string> Areas { get; private set; } = [];

    public string? ContactEmail { get; private set; }

    public Guid Version { get; private set; }

    public static Scheme Create(string name, string hostOrganisation, IEnumerable<string> areas, string? contactEmail) => new()
    {
        Id = Guid.NewGuid(),
        Version = Guid.NewGuid(),
        Name = Guard.Required(name, "the scheme's name"),
        HostOrganisation = Guard.Required(hostOrganisation, "the host organisation"),
        Areas = CleanAreas(areas),
        ContactEmail = Guard.Optional(contactEmail),
    };

    public void Update(string name, string hostOrganisation, IEnumerable<string> areas, string? contactEmail)
    {
        Name = Guard.Required(name, "the scheme's name");
        HostOrganisation = Guard.Required(hostOrganisation, "the host organisation");
        Areas = CleanAreas(areas);
        ContactEmail = Guard.Optional(contactEmail);
        Version = Guid.NewGuid();
    }

    private static List<string> CleanAreas(IEnumerable<string> areas) =>
        areas.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
