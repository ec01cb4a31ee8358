using Linkwell.Domain.Geography;

namespace Linkwell.Domain.Tests.Geography;

public sealed class LocalMeasureTests
{
    [Theory]
    [InlineData(53.7996, -1.5491, 53.8200, -1.5900)]
    [InlineData(53.7996, -1.5491, 53.7000, -1.3000)]
    [InlineData(50.1000, -5.5000, 50.3000, -5.0000)]
    [InlineData(55.0000, -1.6000, 54.8000, -1.9000)]
    public void Near_points_measure_within_half_a_percent_of_the_great_circle(double lat, double lon, double toLat, double toLon)
    {
        var exact = Geo.DistanceMetres(lat, lon, toLat, toLon);

        var quick = Geo.From(lat, lon).DistanceMetres(toLat, toLon);

        Assert.InRange(quick, exact * 0.995, exact * 1.005);
    }

    [Fact]
    public void Far_points_are_measured_exactly()
    {
        var leedsToLondon = Geo.From(53.7996, -1.5491).DistanceMetres(51.5074, -0.1278);

        Assert.Equal(Geo.DistanceMetres(53.7996, -1.5491, 51.5074, -0.1278), leedsToLondon);
    }
}
