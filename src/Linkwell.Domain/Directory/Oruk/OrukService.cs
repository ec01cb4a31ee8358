namespace Linkwell.Domain.Directory.Oruk;

/// <summary>
/// ORUK <c>service</c>, nested as the full service of <c>GET /services/{id}</c> (compiled/service.json).
/// In a list page only the scalar fields and <c>organization</c> are set; empty lists are not written.
/// </summary>
public sealed class OrukService
{
    public string Id { get; set; } = string.Empty;

    public string? OrganizationId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public string? Url { get; set; }

    public string? Email { get; set; }

    /// <summary>One of <see cref="OrukCodes.ServiceStatuses"/>.</summary>
    public string Status { get; set; } = string.Empty;

    /// <summary>Deprecated by ORUK in favour of <see cref="CostOptions"/>.</summary>
    public string? Fees { get; set; }

    public string? Accreditations { get; set; }

    public decimal? MinimumAge { get; set; }

    public decimal? MaximumAge { get; set; }

    /// <summary>When the information was last checked.</summary>
    public DateOnly? AssuredDate { get; set; }

    public string? AssurerEmail { get; set; }

    public string? Alert { get; set; }

    public DateTimeOffset? LastModified { get; set; }

    /// <summary>HSDS 3.0, not in the UK profile.</summary>
    public string? ProgramId { get; set; }

    public OrukOrganization? Organization { get; set; }

    public List<OrukServiceAtLocation> ServiceAtLocations { get; set; } = [];

    public List<OrukSchedule> Schedules { get; set; } = [];

    public List<OrukServiceArea> ServiceAreas { get; set; } = [];

    public List<OrukLanguage> Languages { get; set; } = [];

    public List<OrukFunding> Funding { get; set; } = [];

    public List<OrukCostOption> CostOptions { get; set; } = [];

    public List<OrukContact> Contacts { get; set; } = [];

    public List<OrukAttribute> Attributes { get; set; } = [];

    /// <summary>HSDS 3.0, not in the UK profile (phones.csv rows with a <c>service_id</c>).</summary>
    public List<OrukPhone> Phones { get; set; } = [];

    /// <summary>HSDS 3.0, not in the UK profile.</summary>
    public OrukProgram? Program { get; set; }

    /// <summary>HSDS 3.0, not in the UK profile.</summary>
    public List<OrukRequiredDocument> RequiredDocuments { get; set; } = [];

    /// <summary>HSDS 3.0, not in the UK profile.</summary>
    public List<OrukUrl> AdditionalUrls { get; set; } = [];

    /// <summary>HSDS 3.0, not in the UK profile: the change history of this service.</summary>
    public List<OrukMetadata> Metadata { get; set; } = [];
}

/// <summary>ORUK <c>cost_option</c>: what the service costs in a period.</summary>
public sealed class OrukCostOption
{
    public string Id { get; set; } = string.Empty;

    public string? ServiceId { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public string? Option { get; set; }

    public decimal? Amount { get; set; }

    public string? AmountDescription { get; set; }
}

/// <summary>ORUK <c>funding</c>: where the service's money comes from.</summary>
public sealed class OrukFunding
{
    public string Id { get; set; } = string.Empty;

    public string? ServiceId { get; set; }

    public string? Source { get; set; }
}

/// <summary>ORUK <c>service_area</c>: the area the service is available to.</summary>
public sealed class OrukServiceArea
{
    public string Id { get; set; } = string.Empty;

    public string? ServiceId { get; set; }

    public string? Name { get; set; }

    public string? Extent { get; set; }

    public string? ExtentType { get; set; }

    public string? Uri { get; set; }

    public string? ServiceArea { get; set; }
}

/// <summary>HSDS 3.0 <c>required_document</c> (not in the UK profile): what a person must bring.</summary>
public sealed class OrukRequiredDocument
{
    public string Id { get; set; } = string.Empty;

    public string? ServiceId { get; set; }

    public string? Document { get; set; }

    public string? Uri { get; set; }
}

/// <summary>HSDS 3.0 <c>metadata</c> (not in the UK profile): one recorded change to a resource.</summary>
public sealed class OrukMetadata
{
    public string Id { get; set; } = string.Empty;

    public string? ResourceId { get; set; }

    public string? ResourceType { get; set; }

    public DateOnly? LastActionDate { get; set; }

    public string LastActionType { get; set; } = string.Empty;

    public string FieldName { get; set; } = string.Empty;

    public string PreviousValue { get; set; } = string.Empty;

    public string ReplacementValue { get; set; } = string.Empty;

    public string UpdatedBy { get; set; } = string.Empty;
}
