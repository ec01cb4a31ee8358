namespace Linkwell.Domain.Shared;

/// <summary>SNOMED CT concepts Linkwell records (UK edition; see docs/glossary.md).</summary>
public static class SnomedCodes
{
    public const string System = "http://snomed.info/sct";

    /// <summary>Referral to social prescribing service: recorded once per episode, when the person accepts.</summary>
    public const string ReferralToSocialPrescribing = "871731000000106";

    /// <summary>Social prescribing declined: the person declined the referral.</summary>
    public const string SocialPrescribingDeclined = "871711000000103";
}
