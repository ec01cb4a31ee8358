using System.Text;
using System.Text.Json.Nodes;
using Linkwell.Web.Features.Directory;
using Linkwell.Web.Tests.Geography;
using Microsoft.Extensions.DependencyInjection;

namespace Linkwell.Web.Tests.ServiceDirectory;

/// <summary>
/// A directory of hand-built services around Leeds city centre (LS1 4AP) whose right answers are known,
/// imported through the application's own importer, with the postcodes they need.
/// </summary>
public class DirectoryApp : LinkwellApp
{
    public const string Leeds = "LS1 4AP";

    private const double Lat = 53.7996;
    private const double Lon = -1.5491;

    /// <summary>About 111 km per degree of latitude: a service this many metres north of LS1 4AP.</summary>
    public static (decimal Lat, decimal Lon) North(double metres) => ((decimal)Math.Round(Lat + (metres / 111_195.0), 6), (decimal)Lon);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await this.ImportPostcodesAsync(TestOnspd.Csv);
        var report = await ImportJsonAsync("fixture.json", Fixture().ToJsonString());
        Assert.Equal(DirectoryImportState.Succeeded, report.State);
    }

    public async Task<DirectoryImport> ImportJsonAsync(string name, string json)
    {
        await using var scope = Services.CreateAsyncScope();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return await scope.ServiceProvider.GetRequiredService<DirectoryImporter>().ImportJsonAsync(name, stream, null, null, null, default);
    }

    public async Task<DirectoryImport> ImportFileAsync(string path)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DirectoryImporter>().ImportFileAsync(path, null, null, default);
    }

    public static readonly string WalkingTerm = "6f3ad2c1-0c7f-4c36-9f5e-2a1d7d3b9a01";
    public static readonly string ArtsTerm = "6f3ad2c1-0c7f-4c36-9f5e-2a1d7d3b9a02";
    public static readonly string Taxonomy = "1b2c3d4e-0000-4000-8000-000000000001";
    public static readonly string Organization = "0a0a0a0a-0000-4000-8000-000000000001";

    /// <summary>Ids of a fixture record: the kind in the first group, the service number in the last.</summary>
    public static string Id(string number, int kind = 0) => $"{kind:D8}-0000-4000-8000-{number.PadLeft(12, '0')}";

    public static readonly string Walk1 = Id("101");
    public static readonly string Walk2 = Id("102");
    public static readonly string Walk3 = Id("103");
    public static readonly string Choir = Id("201");
    public static readonly string Youth = Id("301");

    private static JsonArray Fixture() =>
    [
        Service("101", "Headingley Walking Group", 2_500, WalkingTerm, "TU", "10:00:00", "11:30:00", minAge: 18),
        Service("102", "Roundhay Park Walkers", 6_000, WalkingTerm, "TU", "10:00:00", "12:00:00"),
        Service("103", "Evening walking group", 1_000, WalkingTerm, "TU", "18:00:00", "19:00:00"),
        Service("201", "Leeds Community Choir", 500, ArtsTerm, "WE", "19:00:00", "21:00:00"),
        Service("301", "Youth football", 800, WalkingTerm, "SA", "10:00:00", "12:00:00", minAge: 11, maxAge: 18),
    ];

    protected static JsonObject Service(string number, string title, double metresNorth, string term, string day, string opens, string closes, int? minAge = null, int? maxAge = null)
    {
        var (lat, lon) = North(metresNorth);
        var id = Id(number);
        var service = new JsonObject
        {
            ["id"] = id,
            ["organization_id"] = Organization,
            ["name"] = title,
            ["description"] = $"{title}: everyone welcome.",
            ["status"] = "active",
            ["assured_date"] = "2026-10-01",
            ["last_modified"] = "2026-10-01T09:00:00Z",
            ["organization"] = new JsonObject { ["id"] = Organization, ["name"] = "Leeds Voluntary Action", ["description"] = "Community groups in Leeds." },
            ["attributes"] = new JsonArray(new JsonObject
            {
                ["id"] = Id(number, 1),
                ["taxonomy_term_id"] = term,
                ["taxonomy_term"] = new JsonObject { ["id"] = term, ["name"] = term == WalkingTerm ? "Physical activity" : "Arts and creativity", ["description"] = "Need", ["taxonomy_id"] = Taxonomy },
            }),
            ["schedules"] = new JsonArray(new JsonObject { ["id"] = Id(number, 2), ["freq"] = "WEEKLY", ["byday"] = day, ["opens_at"] = opens, ["closes_at"] = closes }),
            ["service_at_locations"] = new JsonArray(new JsonObject
            {
                ["id"] = Id(number, 3),
                ["location"] = new JsonObject
                {
                    ["id"] = Id(number, 4),
                    ["location_type"] = "physical",
                    ["name"] = title + " meeting point",
                    ["latitude"] = lat,
                    ["longitude"] = lon,
                },
            }),
        };
        if (minAge is not null)
        {
            service["minimum_age"] = minAge;
        }

        if (maxAge is not null)
        {
            service["maximum_age"] = maxAge;
        }

        return service;
    }
}
