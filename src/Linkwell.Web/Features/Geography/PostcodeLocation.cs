namespace Linkwell.Web.Features.Geography;

/// <summary>
/// One postcode from the ONS Postcode Directory: where it is, its LSOA and, in England, the deprivation decile
/// of that LSOA. Reference data: no personal data, shared by every scheme.
/// </summary>
public sealed class PostcodeLocation
{
    /// <summary>Upper case with one space ("LS1 4AP").</summary>
    public required string Postcode { get; init; }

    public double Latitude { get; init; }

    public double Longitude { get; init; }

    /// <summary>The Lower layer Super Output Area (E01… in England, W01… in Wales), when the directory gives one.</summary>
    public string? Lsoa { get; init; }

    /// <summary>England only: 1 = the most deprived tenth of LSOAs, 10 = the least.</summary>
    public byte? ImdDecile { get; init; }

    /// <summary>No longer in use; kept so old addresses still resolve to their district.</summary>
    public bool Terminated { get; init; }
}

/// <summary>A postcode district (the outward code, "LS1"): the centroid of its live postcodes.</summary>
public sealed class PostcodeDistrict
{
    public required string District { get; init; }

    public double Latitude { get; init; }

    public double Longitude { get; init; }

    public int PostcodeCount { get; init; }
}
