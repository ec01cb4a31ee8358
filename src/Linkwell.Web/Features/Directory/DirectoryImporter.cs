using System.IO.Compression;
using System.Text.Json;
using Linkwell.Domain.Directory.Oruk;
using Linkwell.Domain.Directory.Oruk.Csv;
using Linkwell.Domain.People;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Geography;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory;

/// <summary>How far an import has got, for a progress bar or a console line.</summary>
public sealed record DirectoryImportProgress(int Read, int Added, int Updated, int Unchanged, int Skipped);

/// <summary>
/// Brings ORUK records in from a JSON file (a service, a page, an array or ndjson), a CSV data package (a
/// folder or a zip) or a feed's pages. Each record is checked on its own: a bad one is skipped with its
/// reason in the import's report and the rest go in. Re-importing updates by id and never duplicates.
/// </summary>
public sealed class DirectoryImporter(AppDbContext db, DirectoryWriter writer, DirectoryIndex index, IGeocoder geocoder, TimeProvider clock)
{
    /// <summary>Services written per transaction: big enough to be quick, small enough to show progress.</summary>
    public const int BatchSize = 1000;

    private HashSet<string> _knownTerms = new(StringComparer.Ordinal);

    public async Task<DirectoryImport> ImportFileAsync(string path, string? startedBy, IProgress<DirectoryImportProgress>? progress, CancellationToken ct)
    {
        if (System.IO.Directory.Exists(path))
        {
            return await ImportCsvAsync(path, name => File.Exists(Path.Combine(path, name)) ? File.OpenRead(Path.Combine(path, name)) : null, startedBy, progress, ct);
        }

        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using var zip = ZipFile.OpenRead(path);
            return await ImportCsvAsync(path, name => zip.Entries.FirstOrDefault(e => e.FullName.EndsWith(name, StringComparison.OrdinalIgnoreCase))?.Open(), startedBy, progress, ct);
        }

        await using var file = File.OpenRead(path);
        return await ImportJsonAsync(Path.GetFileName(path), file, null, startedBy, progress, ct);
    }

    /// <summary>A CSV data package: read whole (its rows refer to each other), then written in batches.</summary>
    public async Task<DirectoryImport> ImportCsvAsync(string source, Func<string, Stream?> openFile, string? startedBy, IProgress<DirectoryImportProgress>? progress, CancellationToken ct)
    {
        var import = await StartAsync(source, null, startedBy, ct);
        var package = OrukCsvPackage.Read(openFile);
        import.Problems.AddRange(package.Problems.Select(p => new ImportProblem(Path.GetFileNameWithoutExtension(p.File), p.RecordId, $"{p.File} row {p.Row}", p.Reason)));
        // Services the package could not assemble count as read and skipped; other rows are only reported.
        var skippedServices = package.Problems.Count(p => p.File.StartsWith("service", StringComparison.Ordinal) && !p.File.StartsWith("service_", StringComparison.Ordinal)
            && p.Reason.EndsWith("row skipped", StringComparison.Ordinal));
        import.Read = import.Skipped = skippedServices;
        await writer.UpsertAsync(new DirectoryBatch(package.Organizations, [], package.Taxonomies, package.TaxonomyTerms), null, ct);
        _knownTerms.UnionWith(package.TaxonomyTerms.Concat(package.Taxonomies.SelectMany(t => t.TaxonomyTerms)).Select(t => t.Id));
        return await WriteServicesAsync(import, ToAsync(package.Services.Select(s => new Incoming(s, null, "services.csv"))), null, progress, ct);
    }

    /// <summary>A JSON document of services (one, a page, an array) or ndjson, read record by record.</summary>
    public async Task<DirectoryImport> ImportJsonAsync(string source, Stream json, Guid? feedId, string? startedBy, IProgress<DirectoryImportProgress>? progress, CancellationToken ct)
    {
        var import = await StartAsync(source, feedId, startedBy, ct);
        return await WriteServicesAsync(import, ReadServicesAsync(json, import, ct), feedId, progress, ct);
    }

    /// <summary>Services arriving from elsewhere (a feed's pages), each with the JSON it came as.</summary>
    public async Task<DirectoryImport> ImportServicesAsync(string source, IAsyncEnumerable<JsonElement> services, Guid? feedId, string? startedBy, IProgress<DirectoryImportProgress>? progress, CancellationToken ct)
    {
        var import = await StartAsync(source, feedId, startedBy, ct);
        return await WriteServicesAsync(import, ParseAsync(services, import, ct), feedId, progress, ct);
    }

    private async Task<DirectoryImport> StartAsync(string source, Guid? feedId, string? startedBy, CancellationToken ct)
    {
        var import = new DirectoryImport
        {
            Source = source.Length > 2000 ? source[..2000] : source,
            FeedId = feedId,
            StartedBy = startedBy,
            StartedUtc = clock.GetUtcNow().UtcDateTime,
            State = DirectoryImportState.Running,
        };
        db.Add(import);
        await db.SaveChangesAsync(ct);
        await LoadKnownTermsAsync(ct);
        return import;
    }

    /// <summary>
    /// The taxonomy terms attributes may point at: those stored (Linkwell's own vocabularies among them,
    /// written first if this database has never had them), and those arriving with the import.
    /// </summary>
    private async Task LoadKnownTermsAsync(CancellationToken ct)
    {
        if (!await db.Set<DirectoryTaxonomyRecord>().AnyAsync(t => t.Id == LinkwellTaxonomy.NeedsId, ct))
        {
            await writer.UpsertAsync(new DirectoryBatch([], [], LinkwellTaxonomy.All(), []), null, ct);
        }

        _knownTerms = [.. await db.Set<DirectoryTermRecord>().Where(t => !t.Removed).Select(t => t.Id).ToListAsync(ct)];
    }

    private async Task<DirectoryImport> WriteServicesAsync(
        DirectoryImport import, IAsyncEnumerable<Incoming> incoming, Guid? feedId, IProgress<DirectoryImportProgress>? progress, CancellationToken ct)
    {
        try
        {
            var batch = new List<Incoming>(BatchSize);
            await foreach (var item in incoming.WithCancellation(ct))
            {
                import.Read++;
                if (await CheckAsync(item, import, ct))
                {
                    batch.Add(item);
                }
                else
                {
                    import.Skipped++;
                }

                if (batch.Count == BatchSize)
                {
                    await FlushAsync(batch, import, feedId, progress, ct);
                }
            }

            await FlushAsync(batch, import, feedId, progress, ct);
            import.State = DirectoryImportState.Succeeded;
            import.Message = $"{import.Read} read: {import.Added} added, {import.Updated} updated, {import.Unchanged} unchanged, {import.Skipped} skipped.";
        }
        catch (Exception ex) when (ex is JsonException or IOException or InvalidDataException or HttpRequestException)
        {
            // The source itself broke (truncated file, garbage, lost connection): what was written stays.
            import.State = DirectoryImportState.Failed;
            import.Message = $"The import stopped after {import.Read} records: {ex.Message}";
        }

        import.FinishedUtc = clock.GetUtcNow().UtcDateTime;
        db.Update(import);
        await db.SaveChangesAsync(CancellationToken.None);
        if (index.IsLoaded)
        {
            // Searches in this process see the import at once; other processes poll for it.
            await index.RefreshAsync(CancellationToken.None);
        }

        return import;
    }

    private async Task FlushAsync(List<Incoming> batch, DirectoryImport import, Guid? feedId, IProgress<DirectoryImportProgress>? progress, CancellationToken ct)
    {
        if (batch.Count > 0)
        {
            var originals = batch.Where(b => b.Original is not null).GroupBy(b => b.Service.Id).ToDictionary(g => g.Key, g => g.Last().Original!, StringComparer.Ordinal);
            var counts = await writer.UpsertAsync(new DirectoryBatch([], [.. batch.Select(b => b.Service)], [], []) { Originals = originals }, feedId, ct);
            import.Added += counts.Added;
            import.Updated += counts.Updated;
            import.Unchanged += counts.Unchanged;
            batch.Clear();
        }

        db.Update(import);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        progress?.Report(new DirectoryImportProgress(import.Read, import.Added, import.Updated, import.Unchanged, import.Skipped));
    }

    /// <summary>
    /// A record goes in if it has an id, a name and a known status. Unknown taxonomy terms and unusable
    /// postcodes do not stop it, but are reported; a location with a known postcode and no coordinates gets
    /// the postcode's.
    /// </summary>
    private async Task<bool> CheckAsync(Incoming item, DirectoryImport import, CancellationToken ct)
    {
        var s = item.Service;
        string? reason = s switch
        {
            _ when string.IsNullOrWhiteSpace(s.Id) => "it has no id",
            _ when s.Id.Length > 200 => "its id is longer than 200 characters",
            _ when string.IsNullOrWhiteSpace(s.Name) => "it has no name",
            _ when !OrukCodes.ServiceStatuses.Contains(s.Status) => $"its status '{s.Status}' is not one of {string.Join(", ", OrukCodes.ServiceStatuses)}",
            _ when s.MinimumAge > s.MaximumAge => "its minimum age is above its maximum age",
            _ => null,
        };
        if (reason is not null)
        {
            import.Problems.Add(new ImportProblem("service", NullIfEmpty(s.Id), item.Where, $"Skipped: {reason}."));
            return false;
        }

        foreach (var term in s.Attributes.Select(a => a.TaxonomyTerm).OfType<OrukTaxonomyTerm>())
        {
            _knownTerms.Add(term.Id);
        }

        foreach (var attribute in s.Attributes.Where(a => a.TaxonomyTerm is null && a.TaxonomyTermId is { } id && !_knownTerms.Contains(id)).ToList())
        {
            s.Attributes.Remove(attribute);
            import.Problems.Add(new ImportProblem("service", s.Id, item.Where, $"Kept without its link to taxonomy term '{attribute.TaxonomyTermId}', which is not in the directory."));
        }

        foreach (var location in s.ServiceAtLocations.Select(sal => sal.Location).OfType<OrukLocation>())
        {
            await PlaceAsync(location, s, item.Where, import, ct);
        }

        return true;
    }

    private async Task PlaceAsync(OrukLocation location, OrukService service, string? where, DirectoryImport import, CancellationToken ct)
    {
        foreach (var address in location.Addresses.Where(a => !string.IsNullOrWhiteSpace(a.PostalCode)))
        {
            if (!Postcode.TryNormalise(address.PostalCode, out var postcode))
            {
                import.Problems.Add(new ImportProblem("service", service.Id, where, $"Kept, but '{address.PostalCode}' at {location.Name ?? location.Id} is not a valid postcode."));
                continue;
            }

            address.PostalCode = postcode;
            if (location.Latitude is null || location.Longitude is null)
            {
                if (await geocoder.LocateAsync(address.PostalCode, ct) is { } place)
                {
                    (location.Latitude, location.Longitude) = ((decimal)Math.Round(place.Latitude, 6), (decimal)Math.Round(place.Longitude, 6));
                }
                else
                {
                    import.Problems.Add(new ImportProblem("service", service.Id, where, $"Kept, but postcode {address.PostalCode} is not in the postcode directory, so it cannot be found by distance."));
                }
            }
        }
    }

    private static async IAsyncEnumerable<Incoming> ReadServicesAsync(Stream json, DirectoryImport import, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var item in ParseAsync(JsonRecords.ReadAsync(json, ct), import, ct))
        {
            yield return item;
        }
    }

    private static async IAsyncEnumerable<Incoming> ParseAsync(IAsyncEnumerable<JsonElement> records, DirectoryImport import, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var number = 0;
        await foreach (var record in records.WithCancellation(ct))
        {
            number++;
            var where = $"record {number}";
            OrukService? service = null;
            try
            {
                service = record.Deserialize<OrukService>(OrukJson.Options);
            }
            catch (JsonException ex)
            {
                var id = record.ValueKind == JsonValueKind.Object && record.TryGetProperty("id", out var idValue) ? idValue.ToString() : null;
                import.Problems.Add(new ImportProblem("service", id, where, $"Skipped: {ex.Message}"));
                import.Read++;
                import.Skipped++;
            }

            if (service is not null)
            {
                yield return new Incoming(service, record.GetRawText(), where);
            }
        }
    }

    private static async IAsyncEnumerable<Incoming> ToAsync(IEnumerable<Incoming> items)
    {
        foreach (var item in items)
        {
            yield return item;
        }

        await Task.CompletedTask;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private sealed record Incoming(OrukService Service, string? Original, string? Where);
}
