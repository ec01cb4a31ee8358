namespace Linkwell.Domain.Directory.Oruk;

/// <summary>ORUK <c>contact</c>: a named person for a service.</summary>
public sealed class OrukContact
{
    public string Id { get; set; } = string.Empty;

    public string? ServiceId { get; set; }

    public string? Name { get; set; }

    public string? Title { get; set; }

    public List<OrukAttribute> Attributes { get; set; } = [];

    /// <summary>HSDS 3.0, not in the UK profile: ORUK phones link to contacts only through <c>contact_id</c>.</summary>
    public List<OrukPhone> Phones { get; set; } = [];
}

/// <summary>ORUK <c>phone</c>. The UK profile links a phone only to a contact.</summary>
public sealed class OrukPhone
{
    public string Id { get; set; } = string.Empty;

    public string? ContactId { get; set; }

    /// <summary>HSDS 3.0, not in the UK profile.</summary>
    public string? ServiceId { get; set; }

    /// <summary>HSDS 3.0, not in the UK profile.</summary>
    public string? LocationId { get; set; }

    public string Number { get; set; } = string.Empty;

    public string? Description { get; set; }

    public List<OrukLanguage> Languages { get; set; } = [];
}

/// <summary>
/// ORUK <c>language</c> of a service or phone. The UK profile has only the links; the HSDS name, code and
/// note are kept so a directory can say which language it is.
/// </summary>
public sealed class OrukLanguage
{
    public string Id { get; set; } = string.Empty;

    public string? ServiceId { get; set; }

    public string? PhoneId { get; set; }

    /// <summary>HSDS 3.0, not in the UK profile.</summary>
    public string? LocationId { get; set; }

    /// <summary>HSDS 3.0, not in the UK profile.</summary>
    public string? Name { get; set; }

    /// <summary>HSDS 3.0, not in the UK profile: ISO 639-1 or 639-3.</summary>
    public string? Code { get; set; }

    /// <summary>HSDS 3.0, not in the UK profile.</summary>
    public string? Note { get; set; }
}
