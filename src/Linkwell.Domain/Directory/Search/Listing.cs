using Linkwell.Domain.Directory.Oruk;

namespace Linkwell.Domain.Directory.Search;

/// <summary>Whether a listing costs the person anything, as far as its cost options say.</summary>
public enum CostKind
{
    NotStated,
    Free,
    Paid,
}

/// <summary>A place a listing is delivered, with the service-at-location id that puts it there.</summary>
public sealed record ListingPlace(string ServiceAtLocationId, double Latitude, double Longitude);

/// <summary>
/// Everything the search index needs to know about one service, drawn from its ORUK record once when it
/// changes, plus its ORUK JSON already written so that answering costs a copy, not a serialisation.
/// </summary>
public sealed record Listing
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? OrganizationId { get; init; }

    public string? OrganizationName { get; init; }

    public string? Description { get; init; }

    /// <summary>ORUK service status: active, inactive, defunct, temporarily closed.</summary>
    public string Status { get; init; } = "active";

    public DateTimeOffset? LastModified { get; init; }

    public DateOnly? AssuredDate { get; init; }

    /// <summary>When the details were last known right: confirmed by the owner, or else last changed.</summary>
    public DateOnly? ConfirmedOn => AssuredDate ?? (LastModified is { } changed ? DateOnly.FromDateTime(changed.UtcDateTime) : null);

    /// <summary>HealthcareServiceCapacityStatus code, when the owner has set one.</summary>
    public string? Capacity { get; init; }

    public IReadOnlyList<string> TaxonomyTermIds { get; init; } = [];

    public IReadOnlyList<string> TaxonomyIds { get; init; } = [];

    /// <summary>Names (and vocabularies' labels) of the terms, searched as text.</summary>
    public IReadOnlyList<string> TaxonomyTermNames { get; init; } = [];

    public IReadOnlyList<ListingPlace> Places { get; init; } = [];

    public decimal? MinimumAge { get; init; }

    public decimal? MaximumAge { get; init; }

    public WeeklyHours Hours { get; init; }

    /// <summary>Every schedule of the service, its places and their locations: what <see cref="NextSession"/> reads.</summary>
    public IReadOnlyList<OrukSchedule> Schedules { get; init; } = [];

    public CostKind Cost { get; init; }

    /// <summary>Language names and codes, lower case ("english", "en", "polish", "pl", "bsl").</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>The accessibility descriptions of its locations, searched by word ("wheelchair", "hearing loop").</summary>
    public IReadOnlyList<string> Accessibility { get; init; } = [];

    /// <summary>GET /services/{id}: the fully nested service.</summary>
    public ReadOnlyMemory<byte> FullJson { get; init; }

    /// <summary>An item of a /services page: the service's own fields and its organization.</summary>
    public ReadOnlyMemory<byte> ListJson { get; init; }

    /// <summary>An item of a minimal /services page.</summary>
    public ReadOnlyMemory<byte> MinimalJson { get; init; }

    /// <summary>Its service-at-location ids (their JSON is written when asked for: it is rarely read).</summary>
    public IReadOnlyList<string> ServiceAtLocationIds { get; init; } = [];
}
