namespace Linkwell.Domain.Directory.Search;

/// <summary>A point and how far from it to look.</summary>
public sealed record Near(double Latitude, double Longitude, double? RadiusMetres);

/// <summary>What a search asks for. Every filter is optional; all given filters must hold.</summary>
public sealed record DirectoryQuery
{
    public string? Text { get; init; }

    /// <summary>Any of these terms (ORUK taxonomy_term_id; several when searching by need).</summary>
    public IReadOnlyList<string> TaxonomyTermIds { get; init; } = [];

    public string? TaxonomyId { get; init; }

    public string? OrganizationId { get; init; }

    public DateTimeOffset? ModifiedAfter { get; init; }

    /// <summary>Only services at or within this distance (with a radius), or ordered by it (without).</summary>
    public Near? Near { get; init; }

    /// <summary>The ages of the people to be served: services whose age range overlaps them.</summary>
    public decimal? MinimumAge { get; init; }

    public decimal? MaximumAge { get; init; }

    /// <summary>When the person could go: services with a session overlapping this window.</summary>
    public WeeklyHours? OpenDuring { get; init; }

    public CostKind? Cost { get; init; }

    public string? Language { get; init; }

    /// <summary>Words that must appear in a location's accessibility description ("wheelchair").</summary>
    public string? Accessibility { get; init; }

    /// <summary>Only services that say they can take people now (capacity stated and not full).</summary>
    public bool AcceptingReferrals { get; init; }

    /// <summary>Only active services (the link worker's search); the ORUK API lists every status.</summary>
    public bool ActiveOnly { get; init; }

    /// <summary>Hide listings nobody has confirmed since this date (never-confirmed ones count their last change).</summary>
    public DateOnly? AssuredSince { get; init; }

    public int Page { get; init; } = 1;

    public int PerPage { get; init; } = 50;
}

/// <summary>One service found, with how far away its nearest place is and how well it matched the words.</summary>
public sealed record DirectoryHit(Listing Listing, double? DistanceMetres, double Score);

public sealed record DirectoryResult(int TotalItems, IReadOnlyList<DirectoryHit> Hits, bool Corrected);
