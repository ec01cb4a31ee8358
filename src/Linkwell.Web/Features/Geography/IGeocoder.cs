namespace Linkwell.Web.Features.Geography;

/// <summary>Turns a postcode or an outward code into a place. Behind an interface so a paid service could stand in.</summary>
public interface IGeocoder
{
    /// <summary>
    /// The place for a full postcode ("LS1 4AP", "ls14ap") or an outward code ("LS1"); null when the input is not a
    /// postcode or nothing is known about it.
    /// </summary>
    ValueTask<GeoResult?> LocateAsync(string postcodeOrDistrict, CancellationToken ct);
}

public enum GeoPrecision
{
    /// <summary>The postcode itself: a few dozen addresses.</summary>
    Postcode,

    /// <summary>The centroid of the postcode's district: a few kilometres.</summary>
    District,
}

/// <summary>Where a postcode is; the LSOA and deprivation decile only at postcode precision.</summary>
public sealed record GeoResult(double Latitude, double Longitude, GeoPrecision Precision, string? Lsoa, byte? ImdDecile);
