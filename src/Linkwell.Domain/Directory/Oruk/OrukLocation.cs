using System.Text.Json.Serialization;

namespace Linkwell.Domain.Directory.Oruk;

/// <summary>ORUK <c>service_at_location</c>: a service delivered at a location.</summary>
public sealed class OrukServiceAtLocation
{
    public string Id { get; set; } = string.Empty;

    public string? ServiceId { get; set; }

    public string? LocationId { get; set; }

    public OrukLocation? Location { get; set; }

    /// <summary>Only in <c>GET /service_at_locations</c> answers: the service, without its locations.</summary>
    public OrukService? Service { get; set; }

    /// <summary>HSDS 3.0, not in the UK profile (schedules with only a <c>service_at_location_id</c>).</summary>
    public List<OrukSchedule> Schedules { get; set; } = [];
}

/// <summary>ORUK <c>location</c>: a place services are delivered from (or a postal or virtual one).</summary>
public sealed class OrukLocation
{
    public string Id { get; set; } = string.Empty;

    /// <summary>One of <see cref="OrukCodes.LocationTypes"/>.</summary>
    public string LocationType { get; set; } = string.Empty;

    public string? Name { get; set; }

    public string? Description { get; set; }

    public decimal? Latitude { get; set; }

    public decimal? Longitude { get; set; }

    /// <summary>E.g. a UPRN, with <see cref="ExternalIdentifierType"/> "UPRN".</summary>
    public string? ExternalIdentifier { get; set; }

    public string? ExternalIdentifierType { get; set; }

    public List<OrukAddress> Addresses { get; set; } = [];

    public List<OrukAccessibility> Accessibility { get; set; } = [];

    public List<OrukAttribute> Attributes { get; set; } = [];

    /// <summary>HSDS 3.0, not in the UK profile.</summary>
    public List<OrukPhone> Phones { get; set; } = [];

    /// <summary>HSDS 3.0, not in the UK profile.</summary>
    public List<OrukSchedule> Schedules { get; set; } = [];

    /// <summary>HSDS 3.0, not in the UK profile.</summary>
    public List<OrukLanguage> Languages { get; set; } = [];
}

/// <summary>ORUK <c>address</c> of a location.</summary>
public sealed class OrukAddress
{
    public string Id { get; set; } = string.Empty;

    public string? LocationId { get; set; }

    public string? Attention { get; set; }

    [JsonPropertyName("address_1")]
    public string Address1 { get; set; } = string.Empty;

    /// <summary>HSDS 3.0, not in the UK profile (the <c>addresses.csv</c> variant has it).</summary>
    [JsonPropertyName("address_2")]
    public string? Address2 { get; set; }

    public string City { get; set; } = string.Empty;

    public string? Region { get; set; }

    public string StateProvince { get; set; } = string.Empty;

    public string PostalCode { get; set; } = string.Empty;

    public string Country { get; set; } = string.Empty;

    /// <summary>One of <see cref="OrukCodes.AddressTypes"/>.</summary>
    public string AddressType { get; set; } = string.Empty;

    public List<OrukAttribute> Attributes { get; set; } = [];
}

/// <summary>ORUK <c>accessibility</c> of a location.</summary>
public sealed class OrukAccessibility
{
    public string Id { get; set; } = string.Empty;

    public string? LocationId { get; set; }

    public string? Description { get; set; }

    public string? Details { get; set; }

    public string? Url { get; set; }

    public string? Accessibility { get; set; }

    public List<OrukAttribute> Attributes { get; set; } = [];
}
