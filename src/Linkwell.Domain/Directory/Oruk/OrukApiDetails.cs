namespace Linkwell.Domain.Directory.Oruk;

/// <summary>The answer of the ORUK base path (<c>GET /</c>): which specification the API follows.</summary>
public sealed class OrukApiDetails
{
    /// <summary>The version conformance checkers read to pick the specification.</summary>
    public const string UkVersion = "HSDS-UK-3.0";

    public string Version { get; set; } = UkVersion;

    public string Profile { get; set; } = string.Empty;

    public string OpenapiUrl { get; set; } = string.Empty;
}
