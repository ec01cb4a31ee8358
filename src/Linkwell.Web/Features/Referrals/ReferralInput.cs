using System.Text.Json.Serialization;
using Linkwell.Domain.People;
using Linkwell.Domain.Referrals;

namespace Linkwell.Web.Features.Referrals;

/// <summary>
/// A referral as typed into the web form or posted to the API: everything is kept as given (strings),
/// so a form with a mistake comes back with every value still in place.
/// </summary>
public sealed class ReferralInput
{
    public PersonInput Person { get; set; } = new();

    public string? PracticeOdsCode { get; set; }

    public string? Reason { get; set; }

    public List<NeedCategory> Needs { get; set; } = [];

    public Urgency Urgency { get; set; }

    public bool NoKnownRisks { get; set; }

    public List<RiskInput> Risks { get; set; } = [];

    /// <summary>True, false, or not answered.</summary>
    public bool? ConsentGiven { get; set; }

    public string? ConsentNotGivenReason { get; set; }

    public ReferrerInput Referrer { get; set; } = new();
}

public sealed class PersonInput
{
    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public string? PreferredName { get; set; }

    /// <summary>ISO date (yyyy-MM-dd). The web form fills it from three boxes.</summary>
    public string? DateOfBirth { get; set; }

    [JsonIgnore]
    public DateParts DateOfBirthParts { get; set; } = new();

    public string? NhsNumber { get; set; }

    public Sex Sex { get; set; }

    public string? Gender { get; set; }

    public string? EthnicCategory { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public ContactPreference PreferredContactMethod { get; set; }

    public string? CommunicationNeeds { get; set; }
}

/// <summary>The NHS date pattern: day, month and year in separate boxes.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public string? ToIso() => IsEmpty ? null : $"{Year?.Trim()}-{Month?.Trim().PadLeft(2, '0')}-{Day?.Trim().PadLeft(2, '0')}";
}

public sealed class ReferrerInput
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Organisation { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}

public sealed class RiskInput
{
    public string? Description { get; set; }

    public string? Comment { get; set; }

    public bool IsSafeguarding { get; set; }

    [JsonIgnore]
    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Comment) && !IsSafeguarding;
}
