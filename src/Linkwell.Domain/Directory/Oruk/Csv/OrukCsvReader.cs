using System.Text;
using System.Text.Json;

namespace Linkwell.Domain.Directory.Oruk.Csv;

/// <summary>Reads every table of a package, then links the rows into full services, reporting what does not link.</summary>
internal sealed class OrukCsvReader(Func<string, Stream?> openFile)
{
    private readonly OrukCsvReadResult _result = new();
    private Dictionary<string, string> _declaredPaths = [];

    public OrukCsvReadResult Read()
    {
        _declaredPaths = DeclaredPaths();
        var organizations = Index(Load(OrukCsvTables.Organizations, essential: true));
        PlaceUnder(Load(OrukCsvTables.OrganizationIdentifiers), new("organization_id", x => x.OrganizationId, "organization", Find(organizations, o => o.OrganizationIdentifiers)));
        var programs = Index(PlaceUnder(Load(OrukCsvTables.Programs), new("organization_id", x => x.OrganizationId, "organization", Find(organizations, o => o.Programs))));

        var services = Index(LinkServices(Load(OrukCsvTables.Services, essential: true), organizations, programs));
        Place(
            Load(OrukCsvTables.Urls),
            new("service_id", x => x.ServiceId, "service", Find(services, s => s.AdditionalUrls)),
            new("organization_id", x => x.OrganizationId, "organization", Find(organizations, o => o.AdditionalWebsites)));

        var locations = Index(Load(OrukCsvTables.Locations));
        var serviceAtLocations = Index(LinkServiceAtLocations(Load(OrukCsvTables.ServiceAtLocations), services, locations));
        PlaceUnder(Load(OrukCsvTables.Addresses), new("location_id", x => x.LocationId, "location", Find(locations, l => l.Addresses)));
        PlaceUnder(Load(OrukCsvTables.Accessibility), new("location_id", x => x.LocationId, "location", Find(locations, l => l.Accessibility)));
        var contacts = Index(PlaceUnder(Load(OrukCsvTables.Contacts), new("service_id", x => x.ServiceId, "service", Find(services, s => s.Contacts))));
        var phones = Index(Place(
            Load(OrukCsvTables.Phones),
            new("contact_id", x => x.ContactId, "contact", Find(contacts, c => c.Phones)),
            new("service_id", x => x.ServiceId, "service", Find(services, s => s.Phones)),
            new("location_id", x => x.LocationId, "location", Find(locations, l => l.Phones))));
        PlaceInEvery(
            Load(OrukCsvTables.Languages),
            new("service_id", x => x.ServiceId, "service", Find(services, s => s.Languages)),
            new("phone_id", x => x.PhoneId, "phone", Find(phones, p => p.Languages)),
            new("location_id", x => x.LocationId, "location", Find(locations, l => l.Languages)));
        Place(
            Load(OrukCsvTables.Schedules),
            new("service_id", x => x.ServiceId, "service", Find(services, s => s.Schedules)),
            new("service_at_location_id", x => x.ServiceAtLocationId, "service_at_location", Find(serviceAtLocations, s => s.Schedules)),
            new("location_id", x => x.LocationId, "location", Find(locations, l => l.Schedules)));
        PlaceUnder(Load(OrukCsvTables.Funding), new("service_id", x => x.ServiceId, "service", Find(services, s => s.Funding)));
        PlaceUnder(Load(OrukCsvTables.ServiceAreas), new("service_id", x => x.ServiceId, "service", Find(services, s => s.ServiceAreas)));
        PlaceUnder(Load(OrukCsvTables.CostOptions), new("service_id", x => x.ServiceId, "service", Find(services, s => s.CostOptions)));
        PlaceUnder(Load(OrukCsvTables.RequiredDocuments), new("service_id", x => x.ServiceId, "service", Find(services, s => s.RequiredDocuments)));
        PlaceUnder(Load(OrukCsvTables.Metadata), new("resource_id", x => x.ResourceId, "service (metadata is kept for services only)", Find(services, s => s.Metadata)));

        var taxonomies = Index(Load(OrukCsvTables.Taxonomies));
        var terms = Index(LinkTerms(Load(OrukCsvTables.TaxonomyTerms), taxonomies));
        var attributeOwners = new List<(string Entity, Func<string, List<OrukAttribute>?> Find)>
        {
            ("service", Find(services, s => s.Attributes)),
            ("organization", Find(organizations, o => o.Attributes)),
            ("location", Find(locations, l => l.Attributes)),
            ("contact", Find(contacts, c => c.Attributes)),
            ("address", Find(Index(locations.Values.SelectMany(l => l.Addresses), a => a.Id), a => a.Attributes)),
            ("accessibility", Find(Index(locations.Values.SelectMany(l => l.Accessibility), a => a.Id), a => a.Attributes)),
            ("organization_identifier", Find(Index(organizations.Values.SelectMany(o => o.OrganizationIdentifiers), i => i.Id), i => i.Attributes)),
        };
        LinkAttributes(Load(OrukCsvTables.Attributes), terms, attributeOwners);

        _result.Organizations.AddRange(organizations.Values);
        _result.Services.AddRange(services.Values);
        _result.Taxonomies.AddRange(taxonomies.Values);
        _result.TaxonomyTerms.AddRange(terms.Values);
        return _result;
    }

    private List<CsvRow<OrukService>> LinkServices(List<CsvRow<OrukService>> rows, Dictionary<string, OrukOrganization> organizations, Dictionary<string, OrukProgram> programs)
    {
        var linked = new List<CsvRow<OrukService>>();
        foreach (var row in rows)
        {
            var service = row.Item;
            if (!organizations.TryGetValue(service.OrganizationId!, out var organization))
            {
                Problem(row, $"organization_id '{service.OrganizationId}' matches no organization; row skipped");
                continue;
            }

            service.Organization = organization;
            if (service.ProgramId is { } programId)
            {
                if (programs.TryGetValue(programId, out var program))
                {
                    service.Program = program;
                }
                else
                {
                    Problem(row, $"program_id '{programId}' matches no program; service kept without it");
                }
            }

            linked.Add(row);
        }

        return linked;
    }

    private List<CsvRow<OrukServiceAtLocation>> LinkServiceAtLocations(
        List<CsvRow<OrukServiceAtLocation>> rows,
        Dictionary<string, OrukService> services,
        Dictionary<string, OrukLocation> locations)
    {
        var linked = new List<CsvRow<OrukServiceAtLocation>>();
        foreach (var row in rows)
        {
            var link = row.Item;
            if (!locations.TryGetValue(link.LocationId!, out var location))
            {
                Problem(row, $"location_id '{link.LocationId}' matches no location; row skipped");
            }
            else if (!services.TryGetValue(link.ServiceId!, out var service))
            {
                Problem(row, $"service_id '{link.ServiceId}' matches no service; row skipped");
            }
            else
            {
                link.Location = location;
                service.ServiceAtLocations.Add(link);
                linked.Add(row);
            }
        }

        return linked;
    }

    private List<CsvRow<OrukTaxonomyTerm>> LinkTerms(List<CsvRow<OrukTaxonomyTerm>> rows, Dictionary<string, OrukTaxonomy> taxonomies)
    {
        foreach (var row in rows)
        {
            if (row.Item.TaxonomyId is not { } taxonomyId)
            {
                continue;
            }

            if (taxonomies.TryGetValue(taxonomyId, out var taxonomy))
            {
                taxonomy.TaxonomyTerms.Add(row.Item);
            }
            else
            {
                Problem(row, $"taxonomy_id '{taxonomyId}' matches no taxonomy; term kept");
            }
        }

        return rows;
    }

    private void LinkAttributes(
        List<CsvRow<OrukAttribute>> rows,
        Dictionary<string, OrukTaxonomyTerm> terms,
        List<(string Entity, Func<string, List<OrukAttribute>?> Find)> owners)
    {
        foreach (var row in rows)
        {
            var attribute = row.Item;
            if (!terms.TryGetValue(attribute.TaxonomyTermId!, out var term))
            {
                Problem(row, $"taxonomy_term_id '{attribute.TaxonomyTermId}' matches no taxonomy term; row skipped");
                continue;
            }

            var candidates = owners.Where(owner => attribute.LinkEntity is null || owner.Entity == attribute.LinkEntity).ToList();
            if (candidates.Count == 0)
            {
                Problem(row, $"link_entity '{attribute.LinkEntity}' is not one of {string.Join(", ", owners.Select(o => o.Entity))}; row skipped");
                continue;
            }

            var owner = candidates.Select(c => (c.Entity, List: c.Find(attribute.LinkId!))).FirstOrDefault(c => c.List is not null);
            if (owner.List is null)
            {
                Problem(row, $"link_id '{attribute.LinkId}' matches no {string.Join(", ", candidates.Select(c => c.Entity))}; row skipped");
                continue;
            }

            attribute.TaxonomyTerm = term;
            attribute.LinkEntity = owner.Entity;
            owner.List.Add(attribute);
        }
    }

    /// <summary>One table a row may belong to: the column holding the parent's id and the parent's list.</summary>
    private sealed record Parent<T>(string Column, Func<T, string?> Id, string Name, Func<string, List<T>?> Find);

    /// <summary>Adds each row to its parent's list; an id that matches nothing, or none, skips the row.</summary>
    private List<CsvRow<T>> PlaceUnder<T>(List<CsvRow<T>> rows, Parent<T> parent) => PlaceRows(rows, everyParent: false, [parent]);

    /// <summary>
    /// Adds each row to the list of the first parent whose id column is filled. A filled id that matches
    /// nothing, or no id at all, skips the row.
    /// </summary>
    private List<CsvRow<T>> Place<T>(List<CsvRow<T>> rows, params Parent<T>[] parents) => PlaceRows(rows, everyParent: false, parents);

    /// <summary>As <see cref="Place"/>, but adds each row to every parent whose id column is filled.</summary>
    private List<CsvRow<T>> PlaceInEvery<T>(List<CsvRow<T>> rows, params Parent<T>[] parents) => PlaceRows(rows, everyParent: true, parents);

    private List<CsvRow<T>> PlaceRows<T>(List<CsvRow<T>> rows, bool everyParent, Parent<T>[] parents)
    {
        var placed = new List<CsvRow<T>>();
        foreach (var row in rows)
        {
            var lists = new List<List<T>>();
            string? error = null;
            foreach (var parent in parents)
            {
                if (parent.Id(row.Item) is not { } id)
                {
                    continue;
                }

                if (parent.Find(id) is not { } list)
                {
                    error = $"{parent.Column} '{id}' matches no {parent.Name}";
                    break;
                }

                lists.Add(list);
            }

            if (error is null && lists.Count == 0)
            {
                error = parents.Length == 1
                    ? $"{parents[0].Column} is empty, so it belongs to no {parents[0].Name}"
                    : $"{string.Join(", ", parents.Select(p => p.Column))} are all empty, so it belongs to nothing";
            }

            if (error is not null)
            {
                Problem(row, $"{error}; row skipped");
                continue;
            }

            foreach (var list in everyParent ? lists : lists.Take(1))
            {
                list.Add(row.Item);
            }

            placed.Add(row);
        }

        return placed;
    }

    private static Func<string, List<TChild>?> Find<TParent, TChild>(Dictionary<string, TParent> parents, Func<TParent, List<TChild>> list) =>
        id => parents.TryGetValue(id, out var parent) ? list(parent) : null;

    private static Dictionary<string, T> Index<T>(IEnumerable<CsvRow<T>> rows) => rows.ToDictionary(row => row.Id, row => row.Item, StringComparer.Ordinal);

    private static Dictionary<string, T> Index<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            index.TryAdd(id(item), item);
        }

        return index;
    }

    private void Problem<T>(CsvRow<T> row, string reason) => _result.Problems.Add(new OrukCsvProblem(row.File, row.Number, row.Id, reason));

    private List<CsvRow<T>> Load<T>(CsvTable<T> table, bool essential = false)
        where T : new()
    {
        var names = new List<string>();
        if (_declaredPaths.TryGetValue(table.Resource, out var declared))
        {
            names.Add(declared);
        }

        names.Add(table.Path);
        names.AddRange(table.Variants);
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            using var stream = openFile(name);
            if (stream is null)
            {
                continue;
            }

            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return table.Read(name, CsvFormat.ReadRecords(reader), _result.Problems);
        }

        if (essential)
        {
            _result.Problems.Add(new OrukCsvProblem(table.Path, 0, null, "the package has no such file"));
        }

        return [];
    }

    /// <summary>The files the package's own datapackage.json names for each resource, if it has one.</summary>
    private Dictionary<string, string> DeclaredPaths()
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = openFile(OrukCsvPackage.DataPackageFile);
        if (stream is null)
        {
            return paths;
        }

        try
        {
            using var document = JsonDocument.Parse(stream);
            if (document.RootElement.ValueKind == JsonValueKind.Object &&
                document.RootElement.TryGetProperty("resources", out var resources) &&
                resources.ValueKind == JsonValueKind.Array)
            {
                foreach (var resource in resources.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object))
                {
                    if (resource.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String &&
                        resource.TryGetProperty("path", out var path) && path.ValueKind == JsonValueKind.String)
                    {
                        paths.TryAdd(name.GetString()!, path.GetString()!);
                    }
                }
            }
        }
        catch (JsonException exception)
        {
            _result.Problems.Add(new OrukCsvProblem(OrukCsvPackage.DataPackageFile, 0, null, $"not valid JSON ({exception.Message}); the standard file names are used"));
        }

        return paths;
    }
}
