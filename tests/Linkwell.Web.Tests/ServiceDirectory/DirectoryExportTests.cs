using System.IO.Compression;
using System.Text.Json.Nodes;
using Linkwell.Domain.Directory.Oruk;
using Linkwell.Domain.Directory.Oruk.Csv;
using Linkwell.Domain.Tests.Directory;
using Linkwell.Web.Features.Directory;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkwell.Web.Tests.ServiceDirectory;

/// <summary>
/// <c>export-directory</c>: the whole directory as ORUK JSON, ndjson and the CSV data package, each of which a new
/// Linkwell imports into the same directory (its own export is the same file), and the standard's examples in and out.
/// </summary>
public sealed class DirectoryExportTests(DirectoryApp app) : IClassFixture<DirectoryApp>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("linkwell-export-").FullName;

    [Fact]
    public void Export_directory_takes_a_path_and_a_format()
    {
        var command = CommandLine.Parse(["export-directory", "out/directory.zip", "--format", "csv"]);

        Assert.Equal("export-directory", command.Name);
        Assert.Equal(("out/directory.zip", "csv"), (command.Options["path"], command.Options["format"]));
        Assert.Empty(command.HostArgs);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("directory.xml", "xml")]
    public async Task Export_directory_without_a_path_or_with_an_unknown_format_shows_its_usage(string? path, string? format)
    {
        var (exit, _, error) = await ExportAsync(app, path, format);

        Assert.Equal(2, exit);
        Assert.StartsWith("Usage: export-directory PATH [--format json|ndjson|csv]", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json", "directory.json")]
    [InlineData("ndjson", "directory.ndjson")]
    [InlineData("csv", "directory.zip")]
    public async Task An_export_imported_into_a_new_directory_gives_the_same_services_and_exports_the_same(string format, string file)
    {
        await AddServiceLinkedToItsTermOnlyByIdAsync();
        var path = Path.Combine(_folder, "first-" + file);
        var (exit, output, _) = await ExportAsync(app, path, format);
        Assert.Equal(0, exit);
        Assert.Contains($"Exported 6 services as", output, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Export && e.RecordType == "Directory" && e.ActorId == "cli")));

        await using var fresh = new LinkwellApp();
        await fresh.InitializeAsync();
        var report = await ImportAsync(fresh, path);
        var again = Path.Combine(_folder, "again-" + file);
        Assert.Equal(0, (await ExportAsync(fresh, again, format)).Exit);

        Assert.Equal(DirectoryImportState.Succeeded, report.State);
        Assert.Equal((6, 6, 0), (report.Read, report.Added, report.Skipped));
        Assert.DoesNotContain(report.Problems, p => p.Reason.Contains("taxonomy term", StringComparison.Ordinal));
        Assert.Equal(Contents(path), Contents(again));
        var listed = fresh.Services.GetRequiredService<DirectoryIndex>().Current.Find(TermOnlyService)!;
        Assert.Equal([DirectoryApp.ArtsTerm], listed.TaxonomyTermIds);
    }

    [Fact]
    public async Task The_standards_example_service_comes_out_with_every_value_it_went_in_with()
    {
        var example = await File.ReadAllTextAsync(Path.Combine(OrukSchemas.Folder, "examples", "service_full.json"));
        await using var fresh = new LinkwellApp();
        await fresh.InitializeAsync();
        Assert.Equal(DirectoryImportState.Succeeded, (await ImportAsync(fresh, Path.Combine(OrukSchemas.Folder, "examples", "service_full.json"))).State);
        var path = Path.Combine(_folder, "example.json");

        Assert.Equal(0, (await ExportAsync(fresh, path, "json")).Exit);

        var page = await File.ReadAllTextAsync(path);
        Assert.Empty(OrukSchemas.Validate("service_list", page));
        var exported = Assert.Single(JsonNode.Parse(page)!["contents"]!.AsArray())!;
        Assert.Empty(JsonTrees.Missing(WithoutOrganizationServices(example), exported.ToJsonString()));
    }

    [Fact]
    public async Task The_standards_csv_data_package_comes_out_with_every_value_it_went_in_with()
    {
        var folder = Path.Combine(OrukSchemas.Folder, "examples", "csv");
        await using var fresh = new LinkwellApp();
        await fresh.InitializeAsync();
        Assert.Equal(DirectoryImportState.Succeeded, (await ImportAsync(fresh, folder)).State);
        var exported = Path.Combine(_folder, "example-package");

        Assert.Equal(0, (await ExportAsync(fresh, exported, "csv")).Exit);

        var (original, written) = (OrukCsvPackage.ReadFolder(folder), OrukCsvPackage.ReadFolder(exported));
        // The example's term that names a taxonomy the package does not have still does; nothing new is broken.
        Assert.Subset(original.Problems.Select(p => (p.File, p.RecordId, p.Reason)).ToHashSet(), written.Problems.Select(p => (p.File, p.RecordId, p.Reason)).ToHashSet());
        Assert.NotEmpty(original.Services);
        foreach (var service in original.Services)
        {
            var other = written.Services.Single(s => s.Id == service.Id);
            Assert.Empty(JsonTrees.Missing(OrukJson.Serialize(service), OrukJson.Serialize(other)));
        }

        Assert.All(original.Organizations, o => Assert.Empty(JsonTrees.Missing(OrukJson.Serialize(o), OrukJson.Serialize(written.Organizations.Single(w => w.Id == o.Id)))));
        Assert.All(original.TaxonomyTerms, t => Assert.Empty(JsonTrees.Missing(OrukJson.Serialize(t), OrukJson.Serialize(written.TaxonomyTerms.Single(w => w.Id == t.Id)))));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly string TermOnlyService = DirectoryApp.Id("600000000001");

    /// <summary>A service whose attribute names its term by id only: the export must carry the term itself.</summary>
    private Task<DirectoryImport> AddServiceLinkedToItsTermOnlyByIdAsync() => app.ImportJsonAsync("term-by-id.json", new JsonObject
    {
        ["id"] = TermOnlyService,
        ["name"] = "Pottery for beginners",
        ["status"] = "active",
        ["organization_id"] = DirectoryApp.Organization,
        ["attributes"] = new JsonArray(new JsonObject { ["id"] = DirectoryApp.Id("600000000001", 1), ["taxonomy_term_id"] = DirectoryApp.ArtsTerm }),
    }.ToJsonString());

    /// <summary>An organization inside a service is written without its own list of services (ORUK's nesting stops there).</summary>
    private static string WithoutOrganizationServices(string service)
    {
        var json = JsonNode.Parse(service)!;
        json["organization"]?.AsObject().Remove("services");
        return json.ToJsonString();
    }

    /// <summary>A file's bytes, or for a zip each entry's name and bytes.</summary>
    private static List<(string Name, string Text)> Contents(string path)
    {
        if (!path.EndsWith(".zip", StringComparison.Ordinal))
        {
            return [(string.Empty, File.ReadAllText(path))];
        }

        using var zip = ZipFile.OpenRead(path);
        return [.. zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return (e.FullName, reader.ReadToEnd());
        })];
    }

    private static async Task<DirectoryImport> ImportAsync(LinkwellApp target, string path)
    {
        await using var scope = target.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DirectoryImporter>().ImportFileAsync(path, null, null, default);
    }

    private static async Task<(int Exit, string Output, string Error)> ExportAsync(LinkwellApp target, string? path, string? format)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DirectoryCommands.ExportAsync(target.Services, target.Services.GetRequiredService<IConfiguration>(), path, format, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
