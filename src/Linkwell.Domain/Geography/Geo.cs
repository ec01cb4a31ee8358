namespace Linkwell.Domain.Geography;

/// <summary>A rectangle of latitude and longitude (WGS84 degrees), for a cheap "could be near" filter before exact distances.</summary>
public readonly record struct BoundingBox(double MinLatitude, double MinLongitude, double MaxLatitude, double MaxLongitude)
{
    public bool Contains(double latitude, double longitude) =>
        latitude >= MinLatitude && latitude <= MaxLatitude && longitude >= MinLongitude && longitude <= MaxLongitude;
}

/// <summary>Distances on the Earth as a sphere: well within a metre per kilometre, plenty for "services near me".</summary>
public static class Geo
{
    /// <summary>The mean radius of the Earth (IUGG).</summary>
    public const double EarthRadiusMetres = 6_371_008.8;

    /// <summary>The great-circle (haversine) distance between two points given in degrees.</summary>
    public static double DistanceMetres(double lat1, double lon1, double lat2, double lon2)
    {
        var phi1 = Radians(lat1);
        var phi2 = Radians(lat2);
        var halfDeltaPhi = Radians(lat2 - lat1) / 2;
        var halfDeltaLambda = Radians(lon2 - lon1) / 2;
        var h = (Math.Sin(halfDeltaPhi) * Math.Sin(halfDeltaPhi))
            + (Math.Cos(phi1) * Math.Cos(phi2) * Math.Sin(halfDeltaLambda) * Math.Sin(halfDeltaLambda));
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>
    /// The smallest box that holds every point within <paramref name="radiusMetres"/> of the centre. Near a pole
    /// or across the 180th meridian it spans every longitude rather than wrapping.
    /// </summary>
    public static BoundingBox BoundingBox(double latitude, double longitude, double radiusMetres)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(radiusMetres);
        var angular = radiusMetres / EarthRadiusMetres;
        var minLatitude = latitude - Degrees(angular);
        var maxLatitude = latitude + Degrees(angular);
        if (minLatitude <= -90 || maxLatitude >= 90)
        {
            return new BoundingBox(Math.Max(minLatitude, -90), -180, Math.Min(maxLatitude, 90), 180);
        }

        // The widest point of the circle is not at the centre's latitude but where a meridian touches it.
        var deltaLongitude = Degrees(Math.Asin(Math.Sin(angular) / Math.Cos(Radians(latitude))));
        var minLongitude = longitude - deltaLongitude;
        var maxLongitude = longitude + deltaLongitude;
        return minLongitude < -180 || maxLongitude > 180
            ? new BoundingBox(minLatitude, -180, maxLatitude, 180)
            : new BoundingBox(minLatitude, minLongitude, maxLatitude, maxLongitude);
    }

    /// <summary>A measure centred on one point, for measuring many points around it quickly.</summary>
    public static LocalMeasure From(double latitude, double longitude) => new(latitude, longitude);

    internal static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double Degrees(double radians) => radians * 180 / Math.PI;
}

/// <summary>
/// Distances from one centre on a flat map scaled at the centre's latitude: a multiply and a square root instead
/// of four trigonometric calls, within 0.5% of the great-circle distance up to about 50 km. Further points are
/// measured exactly.
/// </summary>
public readonly struct LocalMeasure
{
    private const double MetresPerDegree = Geo.EarthRadiusMetres * Math.PI / 180;
    private readonly double _latitude;
    private readonly double _longitude;
    private readonly double _metresPerDegreeLongitude;

    public LocalMeasure(double latitude, double longitude)
    {
        _latitude = latitude;
        _longitude = longitude;
        _metresPerDegreeLongitude = MetresPerDegree * Math.Cos(Geo.Radians(latitude));
    }

    public double DistanceMetres(double latitude, double longitude)
    {
        var dLat = latitude - _latitude;
        var dLon = longitude - _longitude;
        if (Math.Abs(dLat) > 0.45 || Math.Abs(dLon) > 0.75)
        {
            return Geo.DistanceMetres(_latitude, _longitude, latitude, longitude);
        }

        var y = dLat * MetresPerDegree;
        var x = dLon * _metresPerDegreeLongitude;
        return Math.Sqrt((x * x) + (y * y));
    }
}
