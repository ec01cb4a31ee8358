using System.Text.Json.Nodes;
using Linkwell.Domain.Tests.Directory;
using Linkwell.Web.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Tests.ServiceDirectory;

/// <summary>Imports from the standard's examples, and records that are wrong in each way a feed gets them wrong.</summary>
public sealed class DirectoryImportTests(DirectoryApp app) : IClassFixture<DirectoryApp>
{
    [Fact]
    public async Task The_standards_example_service_goes_in_with_its_original_json_kept()
    {
        var path = Path.Combine(OrukSchemas.Folder, "examples", "service_full.json");
        var id = JsonNode.Parse(await File.ReadAllTextAsync(path))!["id"]!.GetValue<string>();

        var report = await app.ImportFileAsync(path);

        Assert.Equal(DirectoryImportState.Succeeded, report.State);
        Assert.Equal(1, report.Read);
        var record = await app.WithDbAsync(db => db.Set<DirectoryServiceRecord>().SingleAsync(r => r.Id == id));
        Assert.NotNull(record.OriginalJson);
        Assert.Equal(id, JsonNode.Parse(record.OriginalJson!)!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_standards_csv_data_package_goes_in_and_reports_its_known_problems()
    {
        var report = await app.ImportFileAsync(Path.Combine(OrukSchemas.Folder, "examples", "csv"));

        Assert.Equal(DirectoryImportState.Succeeded, report.State);
        Assert.True(report.Added + report.Updated + report.Unchanged >= 1, report.Message);
        Assert.NotEmpty(report.Problems);
        Assert.All(report.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Reason)));
    }

    [Fact]
    public async Task Bad_records_are_skipped_with_their_reasons_and_the_good_ones_go_in()
    {
        var good = Record("900000000001", "A good service");
        var noName = Record("900000000002", "");
        var badStatus = Record("900000000003", "Closed club");
        badStatus["status"] = "shut";
        var badAge = Record("900000000004", "Broken ages");
        badAge["minimum_age"] = "eighteen";
        var unknownTerm = Record("900000000005", "Knitting circle");
        unknownTerm["attributes"] = new JsonArray(new JsonObject { ["id"] = DirectoryApp.Id("900000000005", 1), ["taxonomy_term_id"] = "not-a-term" });
        var badPostcode = Record("900000000006", "Lunch club");
        badPostcode["service_at_locations"] = new JsonArray(new JsonObject
        {
            ["id"] = DirectoryApp.Id("900000000006", 3),
            ["location"] = new JsonObject
            {
                ["id"] = DirectoryApp.Id("900000000006", 4),
                ["location_type"] = "physical",
                ["addresses"] = new JsonArray(new JsonObject { ["id"] = DirectoryApp.Id("900000000006", 5), ["address_1"] = "1 High St", ["city"] = "Leeds", ["state_province"] = "West Yorkshire", ["postal_code"] = "NOT A POSTCODE", ["country"] = "GB", ["address_type"] = "physical" }),
            },
        });

        var report = await app.ImportJsonAsync("mixed.json", new JsonArray(good, noName, badStatus, badAge, unknownTerm, badPostcode).ToJsonString());

        Assert.Equal(DirectoryImportState.Succeeded, report.State);
        Assert.Equal(6, report.Read);
        Assert.Equal(3, report.Added);
        Assert.Equal(3, report.Skipped);
        Assert.Contains(report.Problems, p => p.RecordId == DirectoryApp.Id("900000000002") && p.Reason.Contains("no name", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.RecordId == DirectoryApp.Id("900000000003") && p.Reason.Contains("'shut'", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.RecordId == DirectoryApp.Id("900000000004") && p.Reason.StartsWith("Skipped", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.RecordId == DirectoryApp.Id("900000000005") && p.Reason.Contains("not-a-term", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.RecordId == DirectoryApp.Id("900000000006") && p.Reason.Contains("NOT A POSTCODE", StringComparison.Ordinal));
        var stored = await app.WithDbAsync(db => db.Set<DirectoryServiceRecord>().Where(r => r.Id.StartsWith("00000000-0000-4000-8000-9")).Select(r => r.Id).ToListAsync());
        Assert.Equal([DirectoryApp.Id("900000000001"), DirectoryApp.Id("900000000005"), DirectoryApp.Id("900000000006")], stored.Order());
    }

    [Fact]
    public async Task A_link_to_a_term_already_in_the_directory_is_kept()
    {
        var service = Record("900000000201", "Debt advice drop-in");
        var money = Linkwell.Web.Features.Directory.LinkwellTaxonomy.NeedTermId(Linkwell.Domain.Referrals.NeedCategory.Money);
        service["attributes"] = new JsonArray(new JsonObject { ["id"] = DirectoryApp.Id("900000000201", 1), ["taxonomy_term_id"] = money });

        var report = await app.ImportJsonAsync("linked.json", service.ToJsonString());

        Assert.Empty(report.Problems);
        var json = await app.WithDbAsync(db => db.Set<DirectoryServiceRecord>().Where(r => r.Id == DirectoryApp.Id("900000000201")).Select(r => r.Json).SingleAsync());
        Assert.Equal(money, JsonNode.Parse(json)!["attributes"]![0]!["taxonomy_term_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_location_with_a_known_postcode_and_no_coordinates_is_placed_at_the_postcode()
    {
        var service = Record("900000000101", "Postcode only");
        service["service_at_locations"] = new JsonArray(new JsonObject
        {
            ["id"] = DirectoryApp.Id("900000000101", 3),
            ["location"] = new JsonObject
            {
                ["id"] = DirectoryApp.Id("900000000101", 4),
                ["location_type"] = "physical",
                ["addresses"] = new JsonArray(new JsonObject { ["id"] = DirectoryApp.Id("900000000101", 5), ["address_1"] = "2 Park Row", ["city"] = "Leeds", ["state_province"] = "West Yorkshire", ["postal_code"] = "ls1 5aa", ["country"] = "GB", ["address_type"] = "physical" }),
            },
        });

        await app.ImportJsonAsync("placed.json", service.ToJsonString());

        var json = await app.WithDbAsync(db => db.Set<DirectoryServiceRecord>().Where(r => r.Id == DirectoryApp.Id("900000000101")).Select(r => r.Json).SingleAsync());
        var location = JsonNode.Parse(json)!["service_at_locations"]![0]!["location"]!;
        Assert.Equal(53.797m, location["latitude"]!.GetValue<decimal>());
        Assert.Equal("LS1 5AA", location["addresses"]![0]!["postal_code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_file_that_is_not_json_fails_the_import_with_a_message_and_keeps_what_came_before()
    {
        var report = await app.ImportJsonAsync("garbage.json", "this is not { json");

        Assert.Equal(DirectoryImportState.Failed, report.State);
        Assert.False(string.IsNullOrWhiteSpace(report.Message));
    }

    private static JsonObject Record(string number, string name) => new()
    {
        ["id"] = DirectoryApp.Id(number),
        ["name"] = name,
        ["status"] = "active",
        ["organization_id"] = DirectoryApp.Organization,
    };
}
