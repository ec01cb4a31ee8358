using Linkwell.Web.Features.Geography;
using Microsoft.Extensions.DependencyInjection;

namespace Linkwell.Web.Tests.Geography;

/// <summary>Postcodes and districts to places, with the district as the fallback.</summary>
public sealed class GeocoderTests(LinkwellApp app) : IClassFixture<LinkwellApp>, IAsyncLifetime
{
    private const double Ls1Latitude = (53.7996 + 53.797) / 2;
    private const double Ls1Longitude = (-1.5491 - 1.545) / 2;

    public Task InitializeAsync() => ImportAsync(TestOnspd.Csv);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("LS1 4AP")]
    [InlineData("ls14ap")]
    [InlineData("  Ls1   4aP ")]
    public async Task A_full_postcode_is_located_exactly_with_its_lsoa_and_decile(string input)
    {
        var place = await LocateAsync(input);

        Assert.Equal(new GeoResult(53.7996, -1.5491, GeoPrecision.Postcode, "E01033010", 1), place);
    }

    [Theory]
    [InlineData("LS1")]
    [InlineData("ls1")]
    [InlineData("LS1 9ZZ")]
    [InlineData("LS1 6ZZ")]
    public async Task An_outward_code_or_an_unknown_or_terminated_postcode_in_a_known_district_is_the_district_centroid(string input)
    {
        var place = await LocateAsync(input);

        Assert.NotNull(place);
        Assert.Equal((GeoPrecision.District, null, (byte?)null), (place.Precision, place.Lsoa, place.ImdDecile));
        Assert.Equal(Ls1Latitude, place.Latitude, 9);
        Assert.Equal(Ls1Longitude, place.Longitude, 9);
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("")]
    [InlineData("LS1 4")]
    [InlineData("ZZ99 9ZZ")]
    [InlineData("ZZ99")]
    public async Task Nonsense_or_an_unknown_district_is_not_located(string input)
    {
        Assert.Null(await LocateAsync(input));
        Assert.Null(await LocateAsync(input));
    }

    [Fact]
    public async Task A_new_import_is_seen_at_once_though_answers_are_cached()
    {
        Assert.Equal(53.7996, (await LocateAsync("LS1 4AP"))!.Latitude);

        await ImportAsync("""
            pcds,lat,long
            "LS1 4AP",53.900000,-1.600000
            """);

        var moved = await LocateAsync("LS1 4AP");
        Assert.Equal((53.9, -1.6, null, (byte?)null), (moved!.Latitude, moved.Longitude, moved.Lsoa, moved.ImdDecile));
    }

    private async Task<GeoResult?> LocateAsync(string input)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IGeocoder>().LocateAsync(input, CancellationToken.None);
    }

    private Task ImportAsync(string csv) => app.ImportPostcodesAsync(csv);
}
