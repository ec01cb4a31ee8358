using System.Text;
using System.Text.Json;
using T = Linkwell.Domain.Directory.Oruk.Csv.OrukCsvTables;

namespace Linkwell.Domain.Directory.Oruk.Csv;

/// <summary>
/// Walks organisations, services and taxonomies, collecting each row once (by id, first wins) with the links
/// its nesting gives it, then writes the tables and datapackage.json.
/// </summary>
internal sealed class OrukCsvWriter
{
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Rows<OrukOrganization> _organizations = new();
    private readonly Rows<OrukOrganizationIdentifier> _identifiers = new();
    private readonly Rows<OrukProgram> _programs = new();
    private readonly Rows<OrukService> _services = new();
    private readonly Rows<OrukUrl> _urls = new();
    private readonly Rows<OrukAttribute> _attributes = new();
    private readonly Rows<OrukServiceAtLocation> _serviceAtLocations = new();
    private readonly Rows<OrukLocation> _locations = new();
    private readonly Rows<OrukPhone> _phones = new();
    private readonly Rows<OrukContact> _contacts = new();
    private readonly Rows<OrukAddress> _addresses = new();
    private readonly Rows<OrukSchedule> _schedules = new();
    private readonly Rows<OrukFunding> _funding = new();
    private readonly Rows<OrukServiceArea> _serviceAreas = new();
    private readonly Rows<OrukLanguage> _languages = new();
    private readonly Rows<OrukAccessibility> _accessibility = new();
    private readonly Rows<OrukTaxonomyTerm> _terms = new();
    private readonly Rows<OrukCostOption> _costOptions = new();
    private readonly Rows<OrukTaxonomy> _taxonomies = new();
    private readonly Rows<OrukRequiredDocument> _requiredDocuments = new();
    private readonly Rows<OrukMetadata> _metadata = new();

    public static IReadOnlyList<string> Write(OrukDataSet data, Func<string, Stream> createFile)
    {
        var writer = new OrukCsvWriter();
        writer.Collect(data);
        return writer.WriteFiles(createFile);
    }

    private void Collect(OrukDataSet data)
    {
        foreach (var organization in data.Organizations)
        {
            AddOrganization(organization);
        }

        foreach (var service in data.Services)
        {
            AddService(service, null);
        }

        foreach (var taxonomy in data.Taxonomies.Where(t => _taxonomies.Add(t, t.Id)))
        {
            foreach (var term in taxonomy.TaxonomyTerms)
            {
                _terms.Add(term, term.Id, ("taxonomy_id", taxonomy.Id));
            }
        }

        foreach (var term in data.TaxonomyTerms)
        {
            _terms.Add(term, term.Id);
        }
    }

    private void AddOrganization(OrukOrganization organization)
    {
        if (!_organizations.Add(organization, organization.Id))
        {
            return;
        }

        var link = ("organization_id", organization.Id);
        AddWithAttributes(_identifiers, organization.OrganizationIdentifiers, i => i.Id, i => i.Attributes, "organization_identifier", link);

        _programs.AddAll(organization.Programs, p => p.Id, link);
        _urls.AddAll(organization.AdditionalWebsites, u => u.Id, link);
        AddAttributes(organization.Attributes, organization.Id, "organization");
        foreach (var service in organization.Services)
        {
            AddService(service, organization);
        }
    }

    private void AddService(OrukService service, OrukOrganization? parent)
    {
        var organization = service.Organization ?? parent;
        if (organization is not null)
        {
            AddOrganization(organization);
        }

        if (!_services.Add(service, service.Id, ("organization_id", organization?.Id), ("program_id", service.Program?.Id)))
        {
            return;
        }

        var link = ("service_id", service.Id);
        if (service.Program is { } program)
        {
            _programs.Add(program, program.Id, ("organization_id", organization?.Id));
        }

        foreach (var serviceAtLocation in service.ServiceAtLocations)
        {
            _serviceAtLocations.Add(serviceAtLocation, serviceAtLocation.Id, link, ("location_id", serviceAtLocation.Location?.Id));
            _schedules.AddAll(serviceAtLocation.Schedules, s => s.Id, ("service_at_location_id", serviceAtLocation.Id));
            if (serviceAtLocation.Location is { } location)
            {
                AddLocation(location);
            }
        }

        _schedules.AddAll(service.Schedules, s => s.Id, link);
        _serviceAreas.AddAll(service.ServiceAreas, a => a.Id, link);
        _languages.AddAll(service.Languages, l => l.Id, link);
        _funding.AddAll(service.Funding, f => f.Id, link);
        _costOptions.AddAll(service.CostOptions, c => c.Id, link);
        _requiredDocuments.AddAll(service.RequiredDocuments, d => d.Id, link);
        _urls.AddAll(service.AdditionalUrls, u => u.Id, link);
        _metadata.AddAll(service.Metadata, m => m.Id, ("resource_id", service.Id), ("resource_type", "service"));
        foreach (var contact in service.Contacts.Where(c => _contacts.Add(c, c.Id, link)))
        {
            AddPhones(contact.Phones, ("contact_id", contact.Id));
            AddAttributes(contact.Attributes, contact.Id, "contact");
        }

        AddPhones(service.Phones, link);
        AddAttributes(service.Attributes, service.Id, "service");
    }

    private void AddLocation(OrukLocation location)
    {
        if (!_locations.Add(location, location.Id))
        {
            return;
        }

        var link = ("location_id", location.Id);
        AddWithAttributes(_addresses, location.Addresses, a => a.Id, a => a.Attributes, "address", link);
        AddWithAttributes(_accessibility, location.Accessibility, a => a.Id, a => a.Attributes, "accessibility", link);

        _schedules.AddAll(location.Schedules, s => s.Id, link);
        _languages.AddAll(location.Languages, l => l.Id, link);
        AddPhones(location.Phones, link);
        AddAttributes(location.Attributes, location.Id, "location");
    }

    private void AddPhones(List<OrukPhone> phones, (string, string?) link)
    {
        foreach (var phone in phones.Where(p => _phones.Add(p, p.Id, link)))
        {
            _languages.AddAll(phone.Languages, l => l.Id, ("phone_id", phone.Id));
        }
    }

    private void AddWithAttributes<TItem>(
        Rows<TItem> rows,
        List<TItem> items,
        Func<TItem, string> id,
        Func<TItem, List<OrukAttribute>> attributes,
        string entity,
        (string, string?) link)
    {
        foreach (var item in items.Where(i => rows.Add(i, id(i), link)))
        {
            AddAttributes(attributes(item), id(item), entity);
        }
    }

    private void AddAttributes(List<OrukAttribute> attributes, string ownerId, string entity)
    {
        foreach (var attribute in attributes)
        {
            _attributes.Add(attribute, attribute.Id, ("link_id", ownerId), ("taxonomy_term_id", attribute.TaxonomyTerm?.Id), ("link_entity", entity));
            if (attribute.TaxonomyTerm is { } term)
            {
                _terms.Add(term, term.Id);
            }
        }
    }

    private List<string> WriteFiles(Func<string, Stream> createFile)
    {
        var resources = new List<Resource>();
        WriteTable(T.Organizations, _organizations, createFile, resources);
        WriteTable(T.Services, _services, createFile, resources);
        WriteTable(T.Attributes, _attributes, createFile, resources);
        WriteTable(T.ServiceAtLocations, _serviceAtLocations, createFile, resources);
        WriteTable(T.Locations, _locations, createFile, resources);
        WriteTable(T.Phones, _phones, createFile, resources);
        WriteTable(T.Contacts, _contacts, createFile, resources);
        WriteTable(T.Addresses, _addresses, createFile, resources);
        WriteTable(T.Schedules, _schedules, createFile, resources);
        WriteTable(T.Funding, _funding, createFile, resources);
        WriteTable(T.ServiceAreas, _serviceAreas, createFile, resources);
        WriteTable(T.Languages, _languages, createFile, resources);
        WriteTable(T.Accessibility, _accessibility, createFile, resources);
        WriteTable(T.TaxonomyTerms, _terms, createFile, resources);
        WriteTable(T.CostOptions, _costOptions, createFile, resources);
        WriteTable(T.OrganizationIdentifiers, _identifiers, createFile, resources);
        WriteTable(T.Taxonomies, _taxonomies, createFile, resources);
        WriteTable(T.Programs, _programs, createFile, resources);
        WriteTable(T.RequiredDocuments, _requiredDocuments, createFile, resources);
        WriteTable(T.Urls, _urls, createFile, resources);
        WriteTable(T.Metadata, _metadata, createFile, resources);
        using (var stream = createFile(OrukCsvPackage.DataPackageFile))
        {
            WriteDataPackage(stream, resources);
        }

        return [.. resources.Select(r => r.Path), OrukCsvPackage.DataPackageFile];
    }

    private static void WriteTable<TItem>(CsvTable<TItem> table, Rows<TItem> rows, Func<string, Stream> createFile, List<Resource> resources)
        where TItem : new()
    {
        if (table.Extension && rows.List.Count == 0)
        {
            return;
        }

        var columns = table.ColumnsFor(rows.List);
        using (var stream = createFile(table.Path))
        using (var writer = new StreamWriter(stream, _utf8))
        {
            CsvTable<TItem>.Write(writer, columns, rows.List);
        }

        var names = columns.Select(c => c.Name).ToHashSet();
        resources.Add(new Resource(
            table.Resource,
            table.Path,
            columns.Select(c => new Field(c.Name, c.Type, c.Format, c.Required)).ToList(),
            table.ForeignKeys.Where(k => names.Contains(k.Field)).ToList()));
    }

    private static void WriteDataPackage(Stream stream, List<Resource> resources)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("name", "human_services_data");
        json.WriteString("title", "Human Services Data Specification");
        json.WriteString("profile", "tabular-data-package");
        json.WriteString("version", "3.0.0");
        json.WriteStartArray("resources");
        foreach (var resource in resources)
        {
            json.WriteStartObject();
            json.WriteString("name", resource.Name);
            json.WriteString("path", resource.Path);
            json.WriteString("profile", "tabular-data-resource");
            json.WriteString("format", "csv");
            json.WriteString("mediatype", "text/csv");
            json.WriteString("encoding", "utf-8");
            json.WriteStartObject("schema");
            json.WriteStartArray("fields");
            foreach (var field in resource.Fields)
            {
                json.WriteStartObject();
                json.WriteString("name", field.Name);
                json.WriteString("type", field.Type);
                if (field.Format is not null)
                {
                    json.WriteString("format", field.Format);
                }

                json.WriteStartObject("constraints");
                json.WriteBoolean("required", field.Required);
                if (field.Name == "id")
                {
                    json.WriteBoolean("unique", true);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("primaryKey", "id");
            json.WriteStartArray("foreignKeys");
            foreach (var (field, reference) in resource.ForeignKeys)
            {
                json.WriteStartObject();
                json.WriteString("fields", field);
                json.WriteStartObject("reference");
                json.WriteString("resource", reference);
                json.WriteString("fields", "id");
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private sealed record Field(string Name, string Type, string? Format, bool Required);

    private sealed record Resource(string Name, string Path, List<Field> Fields, List<(string Field, string Resource)> ForeignKeys);

    /// <summary>The rows of one table, each id once.</summary>
    private sealed class Rows<TItem>
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        public List<CsvOutRow<TItem>> List { get; } = [];

        /// <summary>Adds the item unless its id is already in; false when it was.</summary>
        public bool Add(TItem item, string id, params (string Column, string? Value)[] links)
        {
            if (!_ids.Add(id))
            {
                return false;
            }

            List.Add(new CsvOutRow<TItem>(item, links.ToDictionary(l => l.Column, l => l.Value)));
            return true;
        }

        public void AddAll(IEnumerable<TItem> items, Func<TItem, string> id, params (string Column, string? Value)[] links)
        {
            foreach (var item in items)
            {
                Add(item, id(item), links);
            }
        }
    }
}
