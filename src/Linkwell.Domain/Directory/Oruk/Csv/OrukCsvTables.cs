namespace Linkwell.Domain.Directory.Oruk.Csv;

/// <summary>
/// The tables of the ORUK CSV data package (datapackage.json of the standard: its file names and columns),
/// then the HSDS 3.0 columns and tables beyond the UK profile that the model keeps. Variants are other names
/// the same table is found under (the standard's own examples have address.csv and addresses.csv).
/// </summary>
internal static class OrukCsvTables
{
    public static readonly CsvTable<OrukOrganization> Organizations =
        new CsvTable<OrukOrganization>("organization", "organizations.csv", ["organization.csv"])
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Text("name", x => x.Name, (x, v) => x.Name = v!, required: true)
            .Text("description", x => x.Description, (x, v) => x.Description = v!, required: true)
            .Text("email", x => x.Email, (x, v) => x.Email = v, format: "email")
            .Text("website", x => x.Website, (x, v) => x.Website = v, format: "uri")
            .Text("logo", x => x.Logo, (x, v) => x.Logo = v)
            .Text("uri", x => x.Uri, (x, v) => x.Uri = v, format: "uri")
            .Link("parent_organization_id", x => x.ParentOrganizationId, (x, v) => x.ParentOrganizationId = v);

    public static readonly CsvTable<OrukOrganizationIdentifier> OrganizationIdentifiers =
        new CsvTable<OrukOrganizationIdentifier>("organization_identifier", "organization_identifiers.csv", ["organization_identifier.csv"])
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Link("organization_id", x => x.OrganizationId, (x, v) => x.OrganizationId = v, references: "organization", required: true)
            .Text("identifier_scheme", x => x.IdentifierScheme, (x, v) => x.IdentifierScheme = v)
            .Text("identifier_type", x => x.IdentifierType, (x, v) => x.IdentifierType = v!, required: true)
            .Text("identifier", x => x.Identifier, (x, v) => x.Identifier = v!, required: true);

    public static readonly CsvTable<OrukProgram> Programs =
        new CsvTable<OrukProgram>("program", "programs.csv", ["program.csv"], extension: true)
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Link("organization_id", x => x.OrganizationId, (x, v) => x.OrganizationId = v, references: "organization", required: true)
            .Text("name", x => x.Name, (x, v) => x.Name = v!, required: true)
            .Text("alternate_name", x => x.AlternateName, (x, v) => x.AlternateName = v)
            .Text("description", x => x.Description, (x, v) => x.Description = v);

    public static readonly CsvTable<OrukService> Services =
        new CsvTable<OrukService>("service", "services.csv", ["service.csv"])
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Link("organization_id", x => x.OrganizationId, (x, v) => x.OrganizationId = v, references: "organization", required: true)
            .Link("program_id", x => x.ProgramId, (x, v) => x.ProgramId = v, extension: true)
            .Text("name", x => x.Name, (x, v) => x.Name = v!, required: true)
            .Text("description", x => x.Description, (x, v) => x.Description = v)
            .Text("url", x => x.Url, (x, v) => x.Url = v, format: "uri")
            .Text("email", x => x.Email, (x, v) => x.Email = v, format: "email")
            .Text("status", x => x.Status, (x, v) => x.Status = v!, required: true, allowed: OrukCodes.ServiceStatuses)
            .Text("fees", x => x.Fees, (x, v) => x.Fees = v)
            .Text("accreditations", x => x.Accreditations, (x, v) => x.Accreditations = v)
            .Number("minimum_age", x => x.MinimumAge, (x, v) => x.MinimumAge = v)
            .Number("maximum_age", x => x.MaximumAge, (x, v) => x.MaximumAge = v)
            .Date("assured_date", x => x.AssuredDate, (x, v) => x.AssuredDate = v)
            .Text("assurer_email", x => x.AssurerEmail, (x, v) => x.AssurerEmail = v, format: "email")
            .Text("alert", x => x.Alert, (x, v) => x.Alert = v)
            .DateTime("last_modified", x => x.LastModified, (x, v) => x.LastModified = v);

    public static readonly CsvTable<OrukUrl> Urls =
        new CsvTable<OrukUrl>("url", "urls.csv", ["url.csv"], extension: true)
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Text("label", x => x.Label, (x, v) => x.Label = v)
            .Text("url", x => x.Url, (x, v) => x.Url = v!, required: true, format: "uri")
            .Link("organization_id", x => x.OrganizationId, (x, v) => x.OrganizationId = v, references: "organization")
            .Link("service_id", x => x.ServiceId, (x, v) => x.ServiceId = v, references: "service");

    public static readonly CsvTable<OrukAttribute> Attributes =
        new CsvTable<OrukAttribute>("attribute", "attribute.csv", ["attributes.csv"])
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Link("link_id", x => x.LinkId, (x, v) => x.LinkId = v, required: true)
            .Link("taxonomy_term_id", x => x.TaxonomyTermId, (x, v) => x.TaxonomyTermId = v, references: "taxonomy_term", required: true)
            .Text("link_type", x => x.LinkType, (x, v) => x.LinkType = v)
            .Text("link_entity", x => x.LinkEntity, (x, v) => x.LinkEntity = v, extension: true);

    public static readonly CsvTable<OrukServiceAtLocation> ServiceAtLocations =
        new CsvTable<OrukServiceAtLocation>("service_at_location", "service_at_location.csv", ["service_at_locations.csv"])
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Link("service_id", x => x.ServiceId, (x, v) => x.ServiceId = v, references: "service", required: true)
            .Link("location_id", x => x.LocationId, (x, v) => x.LocationId = v, references: "location", required: true);

    public static readonly CsvTable<OrukLocation> Locations =
        new CsvTable<OrukLocation>("location", "locations.csv", ["location.csv"])
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Text("location_type", x => x.LocationType, (x, v) => x.LocationType = v!, required: true, allowed: OrukCodes.LocationTypes)
            .Text("name", x => x.Name, (x, v) => x.Name = v)
            .Text("description", x => x.Description, (x, v) => x.Description = v)
            .Number("latitude", x => x.Latitude, (x, v) => x.Latitude = v)
            .Number("longitude", x => x.Longitude, (x, v) => x.Longitude = v)
            .Text("external_identifier", x => x.ExternalIdentifier, (x, v) => x.ExternalIdentifier = v)
            .Text("external_identifier_type", x => x.ExternalIdentifierType, (x, v) => x.ExternalIdentifierType = v);

    public static readonly CsvTable<OrukPhone> Phones =
        new CsvTable<OrukPhone>("phone", "phones.csv", ["phone.csv"])
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Link("contact_id", x => x.ContactId, (x, v) => x.ContactId = v)
            .Link("service_id", x => x.ServiceId, (x, v) => x.ServiceId = v, extension: true)
            .Link("location_id", x => x.LocationId, (x, v) => x.LocationId = v, extension: true)
            .Text("number", x => x.Number, (x, v) => x.Number = v!, required: true)
            .Text("description", x => x.Description, (x, v) => x.Description = v);

    public static readonly CsvTable<OrukContact> Contacts =
        new CsvTable<OrukContact>("contact", "contacts.csv", ["contact.csv"])
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Link("service_id", x => x.ServiceId, (x, v) => x.ServiceId = v, references: "service")
            .Text("name", x => x.Name, (x, v) => x.Name = v)
            .Text("title", x => x.Title, (x, v) => x.Title = v);

    public static readonly CsvTable<OrukAddress> Addresses =
        new CsvTable<OrukAddress>("address", "address.csv", ["addresses.csv"])
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Link("location_id", x => x.LocationId, (x, v) => x.LocationId = v, references: "location")
            .Text("attention", x => x.Attention, (x, v) => x.Attention = v)
            .Text("address_1", x => x.Address1, (x, v) => x.Address1 = v!, required: true)
            .Text("address_2", x => x.Address2, (x, v) => x.Address2 = v, extension: true)
            .Text("city", x => x.City, (x, v) => x.City = v!, required: true)
            .Text("region", x => x.Region, (x, v) => x.Region = v)
            .Text("state_province", x => x.StateProvince, (x, v) => x.StateProvince = v!, required: true)
            .Text("postal_code", x => x.PostalCode, (x, v) => x.PostalCode = v!, required: true)
            .Text("country", x => x.Country, (x, v) => x.Country = v!, required: true)
            .Text("address_type", x => x.AddressType, (x, v) => x.AddressType = v!, required: true, allowed: OrukCodes.AddressTypes);

    public static readonly CsvTable<OrukSchedule> Schedules =
        new CsvTable<OrukSchedule>("schedule", "schedule.csv", ["schedules.csv"])
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Link("service_id", x => x.ServiceId, (x, v) => x.ServiceId = v, references: "service")
            .Link("location_id", x => x.LocationId, (x, v) => x.LocationId = v, extension: true)
            .Link("service_at_location_id", x => x.ServiceAtLocationId, (x, v) => x.ServiceAtLocationId = v)
            .Date("valid_from", x => x.ValidFrom, (x, v) => x.ValidFrom = v)
            .Date("valid_to", x => x.ValidTo, (x, v) => x.ValidTo = v)
            .Date("dtstart", x => x.DtStart, (x, v) => x.DtStart = v)
            .Number("timezone", x => x.Timezone, (x, v) => x.Timezone = v, extension: true)
            .Text("until", x => x.Until, (x, v) => x.Until = v, extension: true)
            .Number("count", x => x.Count, (x, v) => x.Count = v, extension: true)
            .Text("wkst", x => x.Wkst, (x, v) => x.Wkst = v, extension: true)
            .Text("freq", x => x.Freq, (x, v) => x.Freq = v, allowed: OrukCodes.Frequencies)
            .Number("interval", x => x.Interval, (x, v) => x.Interval = v)
            .Text("byday", x => x.ByDay, (x, v) => x.ByDay = v)
            .Text("byweekno", x => x.ByWeekNo, (x, v) => x.ByWeekNo = v, extension: true)
            .Text("bymonthday", x => x.ByMonthDay, (x, v) => x.ByMonthDay = v)
            .Text("byyearday", x => x.ByYearDay, (x, v) => x.ByYearDay = v, extension: true)
            .Text("description", x => x.Description, (x, v) => x.Description = v)
            .Time("opens_at", x => x.OpensAt, (x, v) => x.OpensAt = v)
            .Time("closes_at", x => x.ClosesAt, (x, v) => x.ClosesAt = v)
            .Text("schedule_link", x => x.ScheduleLink, (x, v) => x.ScheduleLink = v, format: "uri")
            .Text("attending_type", x => x.AttendingType, (x, v) => x.AttendingType = v)
            .Text("notes", x => x.Notes, (x, v) => x.Notes = v);

    public static readonly CsvTable<OrukFunding> Funding =
        new CsvTable<OrukFunding>("funding", "funding.csv", ["fundings.csv"])
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Link("service_id", x => x.ServiceId, (x, v) => x.ServiceId = v, references: "service")
            .Text("source", x => x.Source, (x, v) => x.Source = v);

    public static readonly CsvTable<OrukServiceArea> ServiceAreas =
        new CsvTable<OrukServiceArea>("service_area", "service_areas.csv", ["service_area.csv"])
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Link("service_id", x => x.ServiceId, (x, v) => x.ServiceId = v, references: "service")
            .Text("name", x => x.Name, (x, v) => x.Name = v)
            .Text("extent", x => x.Extent, (x, v) => x.Extent = v)
            .Text("extent_type", x => x.ExtentType, (x, v) => x.ExtentType = v)
            .Text("uri", x => x.Uri, (x, v) => x.Uri = v)
            .Text("service_area", x => x.ServiceArea, (x, v) => x.ServiceArea = v);

    public static readonly CsvTable<OrukLanguage> Languages =
        new CsvTable<OrukLanguage>("language", "languages.csv", ["language.csv"])
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Link("service_id", x => x.ServiceId, (x, v) => x.ServiceId = v, references: "service")
            .Link("location_id", x => x.LocationId, (x, v) => x.LocationId = v, extension: true)
            .Link("phone_id", x => x.PhoneId, (x, v) => x.PhoneId = v, references: "phone")
            .Text("name", x => x.Name, (x, v) => x.Name = v, extension: true)
            .Text("code", x => x.Code, (x, v) => x.Code = v, extension: true)
            .Text("note", x => x.Note, (x, v) => x.Note = v, extension: true);

    public static readonly CsvTable<OrukAccessibility> Accessibility =
        new CsvTable<OrukAccessibility>("accessibility", "accessibility.csv", ["accessibilities.csv"])
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Link("location_id", x => x.LocationId, (x, v) => x.LocationId = v, references: "location")
            .Text("description", x => x.Description, (x, v) => x.Description = v)
            .Text("details", x => x.Details, (x, v) => x.Details = v)
            .Text("url", x => x.Url, (x, v) => x.Url = v, format: "uri")
            .Text("accessibility", x => x.Accessibility, (x, v) => x.Accessibility = v);

    public static readonly CsvTable<OrukTaxonomyTerm> TaxonomyTerms =
        new CsvTable<OrukTaxonomyTerm>("taxonomy_term", "taxonomy_terms.csv", ["taxonomy_term.csv"])
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Text("name", x => x.Name, (x, v) => x.Name = v!, required: true)
            .Text("description", x => x.Description, (x, v) => x.Description = v!, required: true)
            .Link("parent_id", x => x.ParentId, (x, v) => x.ParentId = v)
            .Text("taxonomy", x => x.Taxonomy, (x, v) => x.Taxonomy = v)
            .Link("taxonomy_id", x => x.TaxonomyId, (x, v) => x.TaxonomyId = v, references: "taxonomy")
            .Text("term_uri", x => x.TermUri, (x, v) => x.TermUri = v, format: "uri")
            .Text("term", x => x.Term, (x, v) => x.Term = v);

    public static readonly CsvTable<OrukCostOption> CostOptions =
        new CsvTable<OrukCostOption>("cost_option", "cost_options.csv", ["cost_option.csv"])
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Link("service_id", x => x.ServiceId, (x, v) => x.ServiceId = v, references: "service", required: true)
            .Date("valid_from", x => x.ValidFrom, (x, v) => x.ValidFrom = v)
            .Date("valid_to", x => x.ValidTo, (x, v) => x.ValidTo = v)
            .Text("option", x => x.Option, (x, v) => x.Option = v)
            .Number("amount", x => x.Amount, (x, v) => x.Amount = v)
            .Text("amount_description", x => x.AmountDescription, (x, v) => x.AmountDescription = v);

    public static readonly CsvTable<OrukTaxonomy> Taxonomies =
        new CsvTable<OrukTaxonomy>("taxonomy", "taxonomies.csv", ["taxonomy.csv"])
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Text("name", x => x.Name, (x, v) => x.Name = v!, required: true)
            .Text("description", x => x.Description, (x, v) => x.Description = v!, required: true)
            .Text("uri", x => x.Uri, (x, v) => x.Uri = v, format: "uri")
            .Text("version", x => x.Version, (x, v) => x.Version = v);

    public static readonly CsvTable<OrukRequiredDocument> RequiredDocuments =
        new CsvTable<OrukRequiredDocument>("required_document", "required_documents.csv", ["required_document.csv"], extension: true)
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Link("service_id", x => x.ServiceId, (x, v) => x.ServiceId = v, references: "service", required: true)
            .Text("document", x => x.Document, (x, v) => x.Document = v)
            .Text("uri", x => x.Uri, (x, v) => x.Uri = v, format: "uri");

    public static readonly CsvTable<OrukMetadata> Metadata =
        new CsvTable<OrukMetadata>("metadata", "metadata.csv", [], extension: true)
            .Text("id", x => x.Id, (x, v) => x.Id = v!, required: true, format: "uuid")
            .Link("resource_id", x => x.ResourceId, (x, v) => x.ResourceId = v, required: true)
            .Text("resource_type", x => x.ResourceType, (x, v) => x.ResourceType = v, required: true)
            .Date("last_action_date", x => x.LastActionDate, (x, v) => x.LastActionDate = v, required: true)
            .Text("last_action_type", x => x.LastActionType, (x, v) => x.LastActionType = v!, required: true)
            .Text("field_name", x => x.FieldName, (x, v) => x.FieldName = v!, required: true)
            .Text("previous_value", x => x.PreviousValue, (x, v) => x.PreviousValue = v ?? string.Empty)
            .Text("replacement_value", x => x.ReplacementValue, (x, v) => x.ReplacementValue = v ?? string.Empty)
            .Text("updated_by", x => x.UpdatedBy, (x, v) => x.UpdatedBy = v!, required: true);
}
