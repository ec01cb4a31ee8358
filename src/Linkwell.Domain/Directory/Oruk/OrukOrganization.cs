using System.Text.Json.Serialization;

namespace Linkwell.Domain.Directory.Oruk;

/// <summary>
/// ORUK <c>organization</c>: who delivers services. As a full organisation (<c>GET /organizations/{id}</c>)
/// it carries its services; inside a service it does not.
/// </summary>
public sealed class OrukOrganization
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string? Email { get; set; }

    public string? Website { get; set; }

    public string? Logo { get; set; }

    public string? Uri { get; set; }

    public string? ParentOrganizationId { get; set; }

    public List<OrukOrganizationIdentifier> OrganizationIdentifiers { get; set; } = [];

    public List<OrukAttribute> Attributes { get; set; } = [];

    /// <summary>Only in the full organisation; each service here has no <c>organization</c>.</summary>
    public List<OrukService> Services { get; set; } = [];

    /// <summary>HSDS 3.0, not in the UK profile (from <c>programs.csv</c>).</summary>
    public List<OrukProgram> Programs { get; set; } = [];

    /// <summary>HSDS 3.0, not in the UK profile (<c>url</c> objects from <c>urls.csv</c>).</summary>
    public List<OrukUrl> AdditionalWebsites { get; set; } = [];
}

/// <summary>ORUK <c>organization_identifier</c>: a register number, e.g. scheme GB-COH, a company number.</summary>
public sealed class OrukOrganizationIdentifier
{
    public string Id { get; set; } = string.Empty;

    public string? OrganizationId { get; set; }

    public string? IdentifierScheme { get; set; }

    public string IdentifierType { get; set; } = string.Empty;

    public string Identifier { get; set; } = string.Empty;

    public List<OrukAttribute> Attributes { get; set; } = [];
}

/// <summary>HSDS 3.0 <c>program</c> (not in the UK profile): a group of services under one name.</summary>
public sealed class OrukProgram
{
    public string Id { get; set; } = string.Empty;

    public string? OrganizationId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? AlternateName { get; set; }

    public string? Description { get; set; }
}

/// <summary>HSDS 3.0 <c>url</c> (not in the UK profile): a further web address of a service or organisation.</summary>
public sealed class OrukUrl
{
    public string Id { get; set; } = string.Empty;

    public string? Label { get; set; }

    [JsonPropertyName("url")]
    public string Url { get; set; } = string.Empty;

    public string? OrganizationId { get; set; }

    public string? ServiceId { get; set; }
}
