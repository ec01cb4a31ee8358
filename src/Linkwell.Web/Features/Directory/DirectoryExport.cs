using System.IO.Compression;
using System.Text.Json;
using Linkwell.Domain.Directory.Oruk;
using Linkwell.Domain.Directory.Oruk.Csv;

namespace Linkwell.Web.Features.Directory;

public enum DirectoryExportFormat
{
    Json,
    Ndjson,
    Csv,
}

/// <summary>
/// The whole directory as ORUK 3.0, from the search index brought up to date first: a JSON page of full services
/// (as <c>/services?full=true</c> answers, every service on one page), ndjson (one full service a line), or the
/// CSV data package (with every organization, taxonomy and term). In JSON each attribute carries the term it
/// links to, so the file brings its own terms when imported elsewhere. Services are in id order, so the same
/// directory always gives the same file, and importing a file then exporting again gives it back.
/// </summary>
public sealed class DirectoryExport(DirectoryIndex index)
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public static bool TryParse(string? text, out DirectoryExportFormat format) =>
        Enum.TryParse(text, ignoreCase: true, out format) && Enum.IsDefined(format);

    public static string Describe(DirectoryExportFormat format) => format switch
    {
        DirectoryExportFormat.Json => "ORUK JSON",
        DirectoryExportFormat.Ndjson => "ndjson",
        _ => "an ORUK CSV data package",
    };

    public static string FileName(DirectoryExportFormat format, DateOnly day) =>
        $"linkwell-directory-{day:yyyy-MM-dd}.{(format == DirectoryExportFormat.Csv ? "zip" : format.ToString().ToLowerInvariant())}";

    public static string ContentType(DirectoryExportFormat format) => format switch
    {
        DirectoryExportFormat.Json => "application/json",
        DirectoryExportFormat.Ndjson => "application/x-ndjson",
        _ => "application/zip",
    };

    /// <summary>Writes the directory to <paramref name="stream"/> (CSV as a zip); returns the number of services.</summary>
    public async Task<int> WriteAsync(DirectoryExportFormat format, Stream stream, CancellationToken ct)
    {
        var services = await ServicesAsync(ct);
        switch (format)
        {
            case DirectoryExportFormat.Json:
                await JsonSerializer.SerializeAsync(stream, OrukPage.Create(services, services.Count, 1, Math.Max(1, services.Count)), OrukJson.IndentedOptions, ct);
                break;
            case DirectoryExportFormat.Ndjson:
                foreach (var service in services)
                {
                    await JsonSerializer.SerializeAsync(stream, service, OrukJson.Options, ct);
                    await stream.WriteAsync(NewLine, ct);
                }

                break;
            default:
                using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
                {
                    OrukCsvPackage.Write(DataSet(services), name => zip.CreateEntry(name).Open());
                }

                break;
        }

        return services.Count;
    }

    /// <summary>
    /// Writes to a file at <paramref name="path"/>; the CSV package goes in a folder there unless the path ends
    /// <c>.zip</c>. Returns the number of services.
    /// </summary>
    public async Task<int> WriteAsync(DirectoryExportFormat format, string path, CancellationToken ct)
    {
        if (format == DirectoryExportFormat.Csv && !path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            var services = await ServicesAsync(ct);
            OrukCsvPackage.WriteFolder(DataSet(services), path);
            return services.Count;
        }

        await using var file = File.Create(path);
        return await WriteAsync(format, file, ct);
    }

    /// <summary>Every listed service, full, in id order, each attribute with its term as the directory has it.</summary>
    private async Task<List<OrukService>> ServicesAsync(CancellationToken ct)
    {
        await index.RefreshAsync(ct);
        var terms = index.Terms;
        var services = index.Current.Listings
            .OrderBy(l => l.Id, StringComparer.Ordinal)
            .Select(l => JsonSerializer.Deserialize<OrukService>(l.FullJson.Span, OrukJson.Options)!)
            .ToList();
        foreach (var attribute in services.SelectMany(s => s.Attributes))
        {
            if ((attribute.TaxonomyTermId ?? attribute.TaxonomyTerm?.Id) is { } id && terms.TryGetValue(id, out var term))
            {
                attribute.TaxonomyTerm = term;
            }
        }

        return services;
    }

    /// <summary>Services with their organizations in full, and every organization, taxonomy and term, by id.</summary>
    private OrukDataSet DataSet(List<OrukService> services)
    {
        var organizations = index.Organizations;
        foreach (var service in services)
        {
            if ((service.OrganizationId ?? service.Organization?.Id) is { } id && organizations.TryGetValue(id, out var organization))
            {
                service.Organization = organization;
            }
        }

        return new OrukDataSet
        {
            Organizations = [.. organizations.Values.OrderBy(o => o.Id, StringComparer.Ordinal)],
            Services = services,
            Taxonomies = [.. index.Taxonomies.Values.OrderBy(t => t.Id, StringComparer.Ordinal)],
            TaxonomyTerms = [.. index.Terms.Values.OrderBy(t => t.Id, StringComparer.Ordinal)],
        };
    }
}
