namespace Linkwell.Domain.Directory.Oruk;

/// <summary>The closed value lists of ORUK 3.0 (schema <c>enum</c>s).</summary>
public static class OrukCodes
{
    public const string Active = "active";
    public const string Inactive = "inactive";
    public const string Defunct = "defunct";
    public const string TemporarilyClosed = "temporarily closed";

    public const string Physical = "physical";
    public const string Postal = "postal";
    public const string Virtual = "virtual";

    public const string Weekly = "WEEKLY";
    public const string Monthly = "MONTHLY";

    /// <summary><c>service.status</c>.</summary>
    public static IReadOnlyList<string> ServiceStatuses { get; } = [Active, Inactive, Defunct, TemporarilyClosed];

    /// <summary><c>location.location_type</c>.</summary>
    public static IReadOnlyList<string> LocationTypes { get; } = [Physical, Postal, Virtual];

    /// <summary><c>address.address_type</c>.</summary>
    public static IReadOnlyList<string> AddressTypes { get; } = [Physical, Postal, Virtual];

    /// <summary><c>schedule.freq</c>.</summary>
    public static IReadOnlyList<string> Frequencies { get; } = [Weekly, Monthly];
}
