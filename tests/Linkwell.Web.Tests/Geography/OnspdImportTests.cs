using Linkwell.Web.Features.Geography;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Tests.Geography;

/// <summary>Loading the ONS Postcode Directory: what is loaded, what is skipped and why, and what a second import does.</summary>
public sealed class OnspdImportTests(LinkwellApp app) : IClassFixture<LinkwellApp>
{
    [Fact]
    public async Task Import_loads_the_good_rows_and_counts_the_rest_by_reason()
    {
        var result = await ImportAsync(TestOnspd.Csv);

        Assert.Equal(TestOnspd.Rows, result.RowsRead);
        Assert.Equal(5, result.RowsLoaded);
        Assert.Equal(3, result.Districts);
        Assert.Equal(1, result.Skipped[SkipReason.NoCoordinates]);
        Assert.Equal(1, result.Skipped[SkipReason.MalformedPostcode]);
        Assert.Equal(1, result.Skipped[SkipReason.DuplicatePostcode]);
        Assert.Equal(2, result.Skipped[SkipReason.MalformedRow]);
        Assert.Equal(5, result.RowsSkipped);
    }

    [Fact]
    public async Task Import_stores_coordinates_lsoa_deprivation_decile_and_whether_terminated()
    {
        await ImportAsync(TestOnspd.Csv);

        var stored = await app.WithDbAsync(db => db.PostcodeLocations.AsNoTracking().OrderBy(p => p.Postcode).ToListAsync());

        Assert.Equal(["CF10 1AA", "LS1 4AP", "LS1 5AA", "LS1 6ZZ", "LS2 7AB"], stored.Select(p => p.Postcode));
        var leeds = stored.Single(p => p.Postcode == "LS1 4AP");
        Assert.Equal((53.7996, -1.5491, "E01033010", (byte?)1, false), (leeds.Latitude, leeds.Longitude, leeds.Lsoa, leeds.ImdDecile, leeds.Terminated));
        Assert.Equal((byte?)10, stored.Single(p => p.Postcode == "LS1 5AA").ImdDecile);
        Assert.Equal((byte?)5, stored.Single(p => p.Postcode == "LS1 6ZZ").ImdDecile);
        Assert.True(stored.Single(p => p.Postcode == "LS1 6ZZ").Terminated);
        Assert.Equal((byte?)2, stored.Single(p => p.Postcode == "LS2 7AB").ImdDecile);
        var cardiff = stored.Single(p => p.Postcode == "CF10 1AA");
        Assert.Equal(("W01001234", (byte?)null), (cardiff.Lsoa, cardiff.ImdDecile));
    }

    [Fact]
    public async Task A_district_is_the_mean_of_its_live_postcodes()
    {
        await ImportAsync(TestOnspd.Csv);

        var districts = await app.WithDbAsync(db => db.PostcodeDistricts.AsNoTracking().OrderBy(d => d.District).ToListAsync());

        Assert.Equal(["CF10", "LS1", "LS2"], districts.Select(d => d.District));
        var ls1 = districts.Single(d => d.District == "LS1");
        Assert.Equal(2, ls1.PostcodeCount);
        Assert.Equal((53.7996 + 53.797) / 2, ls1.Latitude, 9);
        Assert.Equal((-1.5491 - 1.545) / 2, ls1.Longitude, 9);
        Assert.Equal(1, districts.Single(d => d.District == "LS2").PostcodeCount);
    }

    [Fact]
    public async Task Importing_again_replaces_the_postcodes_rather_than_adding_to_them()
    {
        await ImportAsync(TestOnspd.Csv);
        await ImportAsync(TestOnspd.Csv);
        Assert.Equal((5, 3), await CountsAsync());

        await ImportAsync("""
            pcds,lat,long
            "M1 1AE",53.477000,-2.230000
            """);

        Assert.Equal((1, 1), await CountsAsync());
        Assert.True(await app.WithDbAsync(db => db.PostcodeLocations.AnyAsync(p => p.Postcode == "M1 1AE")));
    }

    [Fact]
    public async Task Progress_is_reported_through_to_done_with_the_whole_file_read()
    {
        var reports = new List<ImportProgress>();

        await ImportAsync(TestOnspd.Csv, new Recorder(reports));

        Assert.Equal(ImportStage.Loading, reports[0].Stage);
        var last = reports[^1];
        Assert.Equal(ImportStage.Done, last.Stage);
        Assert.Equal((TestOnspd.Rows, 5L, 5L), (last.RowsRead, last.RowsLoaded, last.RowsSkipped));
        Assert.Equal(1.0, last.Fraction);
        Assert.Contains(reports, r => r.Stage == ImportStage.Districts);
    }

    [Theory]
    [InlineData("pcd,lat,long\n\"LS1 4AP\",53.8,-1.5\n", "no pcds column")]
    [InlineData("pcds,latitude,long\n\"LS1 4AP\",53.8,-1.5\n", "no lat column")]
    [InlineData("pcds,lat,lng\n\"LS1 4AP\",53.8,-1.5\n", "no long column")]
    [InlineData("name,address\n\"Ada\",\"1 Road\"\n", "no pcds, lat, long column")]
    [InlineData("", "The file is empty")]
    public async Task A_file_without_the_postcode_or_coordinate_columns_is_refused_and_changes_nothing(string csv, string named)
    {
        await ImportAsync(TestOnspd.Csv);

        var refused = await Assert.ThrowsAsync<InvalidDataException>(() => ImportAsync(csv));

        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
        Assert.Equal((5, 3), await CountsAsync());
    }

    private Task<ImportResult> ImportAsync(string csv, IProgress<ImportProgress>? progress = null) => app.ImportPostcodesAsync(csv, progress);

    private Task<(int Postcodes, int Districts)> CountsAsync() =>
        app.WithDbAsync(async db => (await db.PostcodeLocations.CountAsync(), await db.PostcodeDistricts.CountAsync()));

    /// <summary>Keeps every report, in order, on the importer's thread (Progress&lt;T&gt; would post them elsewhere).</summary>
    private sealed class Recorder(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}
