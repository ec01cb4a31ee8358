using Linkwell.Domain.Geography;

namespace Linkwell.Domain.Tests.Geography;

public sealed class GeoTests
{
    private const double LeedsLatitude = 53.7996;
    private const double LeedsLongitude = -1.5491;

    [Theory]
    [InlineData(51.5074, -0.1278, 272_302)] // London, Charing Cross
    [InlineData(53.4808, -2.2426, 57_850)] // Manchester
    [InlineData(LeedsLatitude, LeedsLongitude, 0)]
    public void Distance_from_Leeds_is_the_great_circle_distance(double latitude, double longitude, double metres)
    {
        Assert.Equal(metres, Geo.DistanceMetres(LeedsLatitude, LeedsLongitude, latitude, longitude), 0);
    }

    [Fact]
    public void Lands_end_to_john_o_groats_is_about_968_km()
    {
        Assert.Equal(968_207, Geo.DistanceMetres(50.0657, -5.7132, 58.6373, -3.0689), 0);
    }

    [Fact]
    public void A_degree_of_latitude_is_about_111_km_and_distance_is_symmetric()
    {
        Assert.Equal(111_195, Geo.DistanceMetres(0, 0, 1, 0), 0);
        Assert.Equal(Geo.DistanceMetres(51, -1, 53, 1), Geo.DistanceMetres(53, 1, 51, -1), 6);
    }

    [Fact]
    public void Opposite_sides_of_the_earth_are_half_its_circumference_apart()
    {
        Assert.Equal(Math.PI * Geo.EarthRadiusMetres, Geo.DistanceMetres(0, 0, 0, 180), 3);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(45)]
    [InlineData(90)]
    [InlineData(135)]
    [InlineData(180)]
    [InlineData(225)]
    [InlineData(270)]
    [InlineData(315)]
    public void Bounding_box_holds_every_point_at_the_radius_in_every_direction(double bearing)
    {
        var box = Geo.BoundingBox(LeedsLatitude, LeedsLongitude, 10_000);
        var (latitude, longitude) = PointAt(LeedsLatitude, LeedsLongitude, bearing, 9_999);

        Assert.True(box.Contains(latitude, longitude));
    }

    [Fact]
    public void Bounding_box_excludes_points_just_beyond_the_radius_north_south_east_and_west()
    {
        var box = Geo.BoundingBox(LeedsLatitude, LeedsLongitude, 10_000);

        foreach (var bearing in new[] { 0.0, 90, 180, 270 })
        {
            var (latitude, longitude) = PointAt(LeedsLatitude, LeedsLongitude, bearing, 10_050);
            Assert.False(box.Contains(latitude, longitude), $"bearing {bearing}");
        }
    }

    [Fact]
    public void Bounding_box_edges_north_and_south_are_exactly_the_radius_away()
    {
        var box = Geo.BoundingBox(LeedsLatitude, LeedsLongitude, 10_000);

        Assert.Equal(10_000, Geo.DistanceMetres(LeedsLatitude, LeedsLongitude, box.MaxLatitude, LeedsLongitude), 3);
        Assert.Equal(10_000, Geo.DistanceMetres(LeedsLatitude, LeedsLongitude, box.MinLatitude, LeedsLongitude), 3);
        Assert.True(box.MaxLongitude - box.MinLongitude > box.MaxLatitude - box.MinLatitude, "a degree of longitude is shorter in Leeds");
    }

    [Fact]
    public void Leeds_to_london_is_outside_a_100_km_box_and_inside_a_300_km_one()
    {
        Assert.False(Geo.BoundingBox(LeedsLatitude, LeedsLongitude, 100_000).Contains(51.5074, -0.1278));
        Assert.True(Geo.BoundingBox(LeedsLatitude, LeedsLongitude, 300_000).Contains(51.5074, -0.1278));
    }

    [Fact]
    public void A_box_reaching_over_a_pole_spans_every_longitude()
    {
        var box = Geo.BoundingBox(89.95, 10, 10_000);

        Assert.Equal((90, -180, 180), (box.MaxLatitude, box.MinLongitude, box.MaxLongitude));
    }

    [Fact]
    public void A_box_across_the_180th_meridian_spans_every_longitude_rather_than_wrapping()
    {
        var box = Geo.BoundingBox(0, 179.99, 10_000);

        Assert.True(box.Contains(0, -179.99));
        Assert.Equal((-180, 180), (box.MinLongitude, box.MaxLongitude));
    }

    [Fact]
    public void A_negative_radius_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Geo.BoundingBox(0, 0, -1));
    }

    /// <summary>The point a distance away on a bearing (degrees clockwise from north), on the same sphere.</summary>
    private static (double Latitude, double Longitude) PointAt(double latitude, double longitude, double bearing, double metres)
    {
        var phi = latitude * Math.PI / 180;
        var lambda = longitude * Math.PI / 180;
        var theta = bearing * Math.PI / 180;
        var delta = metres / Geo.EarthRadiusMetres;
        var phi2 = Math.Asin((Math.Sin(phi) * Math.Cos(delta)) + (Math.Cos(phi) * Math.Sin(delta) * Math.Cos(theta)));
        var lambda2 = lambda + Math.Atan2(Math.Sin(theta) * Math.Sin(delta) * Math.Cos(phi), Math.Cos(delta) - (Math.Sin(phi) * Math.Sin(phi2)));
        return (phi2 * 180 / Math.PI, lambda2 * 180 / Math.PI);
    }
}
