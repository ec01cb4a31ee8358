using Linkwell.Domain.Shared;

namespace Linkwell.Domain.Referrals;

/// <summary>Who referred (PRSB "Referrer details"). Name, organisation and contact details are mandatory.</summary>
public sealed record Referrer
{
    public required string Name { get; init; }

    public string? Role { get; init; }

    public required string Organisation { get; init; }

    public required string Email { get; init; }

    public string? Phone { get; init; }

    /// <summary>The Linkwell account that referred, when a signed-in person did; null for API and FHIR.</summary>
    public string? UserId { get; init; }

    /// <summary>The API client that referred, when a machine did.</summary>
    public string? ClientId { get; init; }
}

/// <summary>One known risk (PRSB "Risks record entry"), e.g. "lives alone, history of falls".</summary>
public sealed record Risk
{
    public required string Description { get; init; }

    public string? Comment { get; init; }

    /// <summary>A safeguarding concern: shown prominently to whoever works with the person.</summary>
    public bool IsSafeguarding { get; init; }
}

/// <summary>Everything a referrer says when referring, validated by <see cref="Referral.Receive"/>.</summary>
public sealed record ReferralDetails
{
    public required string PracticeOdsCode { get; init; }

    public required string Reason { get; init; }

    public required IReadOnlyList<NeedCategory> Needs { get; init; }

    public required Referrer Referrer { get; init; }

    public Urgency Urgency { get; init; }

    /// <summary>The referrer's explicit "no known risks"; otherwise <see cref="Risks"/> has at least one entry.</summary>
    public bool NoKnownRisks { get; init; }

    public IReadOnlyList<Risk> Risks { get; init; } = [];

    public required bool ConsentGiven { get; init; }

    public string? ConsentNotGivenReason { get; init; }

    public ReferralMethod Method { get; init; }

    internal void Validate()
    {
        Guard.Required(PracticeOdsCode, "the GP practice");
        Guard.Required(Reason, "the reason for referral");
        Guard.Required(Referrer.Name, "the referrer's name");
        Guard.Required(Referrer.Organisation, "the referrer's organisation");
        Guard.Required(Referrer.Email, "the referrer's email address");
        if (Needs.Count == 0)
        {
            throw new DomainException("Select at least one need.");
        }

        if (NoKnownRisks == (Risks.Count > 0))
        {
            throw new DomainException("Say there are no known risks, or describe at least one risk.");
        }

        if (!ConsentGiven && string.IsNullOrWhiteSpace(ConsentNotGivenReason))
        {
            throw new DomainException("Say why consent to share information was not given.");
        }
    }
}
