using System.Text;
using Linkwell.Web.Features.Geography;
using Microsoft.Extensions.DependencyInjection;

namespace Linkwell.Web.Tests.Geography;

/// <summary>A small hand-written ONS Postcode Directory: every kind of row the importer must load or skip.</summary>
internal static class TestOnspd
{
    /// <summary>Header names as later editions spell them (PCDS, ctry25cd, lsoa21cd, Lat, LONG), with a column that holds commas.</summary>
    public const string Csv = """
        pcd,pcd2,PCDS,dointr,doterm,parish,ctry25cd,lsoa21cd,Lat,LONG,imd
        "LS1 4AP","LS1  4AP","LS1 4AP","198001","","Leeds, unparished","E92000001","E01033010",53.799600,-1.549100,1
        "LS1 5AA","LS1  5AA","LS1 5AA","198001","","The ""Old"" Town","E92000001","E01033011",53.797000,-1.545000,32844
        "LS1 6ZZ","LS1  6ZZ","LS1 6ZZ","198001","201501","","E92000001","E01033012",53.801000,-1.550000,16422
        "LS2 7AB","LS2  7AB","LS2 7AB","198001","","","E92000001","E01033013",53.806000,-1.555000,3285
        "CF101AA","CF10 1AA","CF10 1AA","198001","","","W92000004","W01001234",51.481000,-3.179000,100
        "LS9 9ZZ","LS9  9ZZ","LS9 9ZZ","198001","","","E92000001","E01033014",99.999999,0.000000,200
        "NOTAPC","NOTAPC","NOTAPC","198001","","","E92000001","E01033015",53.800000,-1.500000,300
        "LS1 4AP","LS1  4AP","LS1 4AP","198001","","","E92000001","E01033010",50.000000,-4.000000,1
        "LS3 1AA","LS3  1AA","LS3 1AA"
        "LS3 1AB","LS3  1AB","LS3 1AB","198001","","","E92000001","E01033016",north,-1.570000,400

        """;

    public const int Rows = 10;

    /// <summary>Writes <paramref name="csv"/> to onspd.csv in <paramref name="folder"/> and returns its path.</summary>
    public static async Task<string> WriteAsync(string folder, string csv = Csv)
    {
        var path = Path.Combine(folder, "onspd.csv");
        await File.WriteAllTextAsync(path, csv);
        return path;
    }

    /// <summary>Imports <paramref name="csv"/> through the application's importer, in a scope of its own.</summary>
    public static async Task<ImportResult> ImportPostcodesAsync(this LinkwellApp app, string csv, IProgress<ImportProgress>? progress = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await scope.ServiceProvider.GetRequiredService<OnspdImporter>().ImportAsync(stream, progress);
    }
}
