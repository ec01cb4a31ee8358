using System.Globalization;
using Linkwell.Domain.Geography;
using Linkwell.Domain.People;
using Linkwell.Web.Features.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkwell.Web.Tests.Geography;

/// <summary>The synthetic directory behind the demo, the benchmarks and generate-postcodes.</summary>
public sealed class OnspdSampleTests(LinkwellApp app) : IClassFixture<LinkwellApp>
{
    [Fact]
    public void The_same_seed_gives_the_same_file_and_another_seed_another()
    {
        Assert.Equal(Write(5), Write(5));
        Assert.NotEqual(Write(5), Write(5, seed: 7));
    }

    [Fact]
    public void Every_district_has_its_postcodes_each_valid_once_and_near_the_district()
    {
        var rows = Rows(Write(30));

        Assert.Equal(OnspdSample.Districts.Length * 30, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r["pcds"]).Distinct().Count());
        Assert.All(rows, r => Assert.True(Postcode.TryNormalise(r["pcds"], out var normal) && normal == r["pcds"], r["pcds"]));
        var centroids = OnspdSample.Districts.ToDictionary(d => d.Code);
        Assert.All(rows.Where(r => r["lat"] != "99.999999"), r =>
        {
            var district = centroids[Postcode.District(r["pcds"])];
            var metres = Geo.DistanceMetres(district.Latitude, district.Longitude, Number(r["lat"]), Number(r["long"]));
            Assert.InRange(metres, 0, 1_501);
        });
        Assert.All(rows, r => Assert.InRange(int.Parse(r["imd"], CultureInfo.InvariantCulture), 1, 32_844));
    }

    [Fact]
    public void It_covers_england_from_cornwall_to_northumberland_and_all_of_leeds()
    {
        var codes = OnspdSample.Districts.Select(d => d.Code).ToHashSet();

        Assert.True(codes.Count >= 120);
        Assert.All(Enumerable.Range(1, 29), n => Assert.Contains($"LS{n}", codes));
        Assert.Subset(codes, new HashSet<string> { "TR18", "NE66", "CA12", "NR1", "SW1A", "M1", "B1", "BS1", "NE1" });
        Assert.Equal(9, OnspdSample.Districts.Select(d => d.Region).Distinct().Count());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    [InlineData(4000)]
    public void It_always_holds_ls1_4ap_live_at_leeds_city_centre(int perDistrict)
    {
        using var csv = OnspdSample.ToStream(perDistrict);
        using var reader = new StreamReader(csv);
        var header = reader.ReadLine()!.Split(',');
        var leeds = ReadLines(reader).Select(l => Row(header, l)).Single(r => r["pcds"] == OnspdSample.LeedsCityCentre);

        Assert.Equal(("53.799600", "-1.549100", ""), (leeds["lat"], leeds["long"], leeds["doterm"]));
    }

    [Fact]
    public async Task The_demo_imports_the_sample_when_there_are_no_postcodes_and_only_then()
    {
        await app.ImportPostcodesAsync("pcds,lat,long\n");

        await ImportIfEmptyAsync();
        var count = await app.WithDbAsync(db => db.PostcodeLocations.CountAsync());
        await ImportIfEmptyAsync();

        Assert.InRange(count, OnspdSample.Districts.Length * OnspdSample.DemoPerDistrict * 95 / 100, OnspdSample.Districts.Length * OnspdSample.DemoPerDistrict);
        Assert.Equal(count, await app.WithDbAsync(db => db.PostcodeLocations.CountAsync()));
        await using var scope = app.Services.CreateAsyncScope();
        var leeds = await scope.ServiceProvider.GetRequiredService<IGeocoder>().LocateAsync(OnspdSample.LeedsCityCentre, CancellationToken.None);
        Assert.Equal((OnspdSample.LeedsLatitude, OnspdSample.LeedsLongitude, GeoPrecision.Postcode), (leeds!.Latitude, leeds.Longitude, leeds.Precision));
    }

    private async Task ImportIfEmptyAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await OnspdSample.ImportIfEmptyAsync(scope.ServiceProvider);
    }

    private static string Write(int perDistrict, int seed = OnspdSample.DefaultSeed)
    {
        using var writer = new StringWriter();
        OnspdSample.Write(writer, perDistrict, seed);
        return writer.ToString();
    }

    private static List<Dictionary<string, string>> Rows(string csv)
    {
        using var reader = new StringReader(csv);
        var header = reader.ReadLine()!.Split(',');
        return [.. ReadLines(reader).Select(l => Row(header, l))];
    }

    private static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    // The sample never puts a comma inside a field, so a plain split will do here.
    private static Dictionary<string, string> Row(string[] header, string line) =>
        header.Zip(line.Split(','), (name, value) => (Name: name, Value: value.Trim('"'))).ToDictionary(p => p.Name, p => p.Value);

    private static double Number(string value) => double.Parse(value, CultureInfo.InvariantCulture);
}
