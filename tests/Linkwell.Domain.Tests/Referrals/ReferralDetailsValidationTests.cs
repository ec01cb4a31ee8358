using Linkwell.Domain.Referrals;
using Linkwell.Domain.Shared;

namespace Linkwell.Domain.Tests.Referrals;

/// <summary><see cref="ReferralDetails"/> is validated when a referral is received.</summary>
public sealed class ReferralDetailsValidationTests
{
    private static readonly Risk _livesAlone = new() { Description = "Lives alone, history of falls" };

    [Fact]
    public void Complete_details_are_received()
    {
        var referral = A.Referral(A.ReferralDetails());

        Assert.Equal(ReferralStatus.AwaitingTriage, referral.Status);
        Assert.False(referral.HasSafeguardingConcern);
    }

    [Fact]
    public void Risks_must_be_described_when_known_risks_are_not_ruled_out()
    {
        var details = A.ReferralDetails() with { NoKnownRisks = false, Risks = [] };

        var error = Assert.Throws<DomainException>(() => A.Referral(details));
        Assert.Contains("risk", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void No_known_risks_cannot_come_with_risks()
    {
        var details = A.ReferralDetails() with { NoKnownRisks = true, Risks = [_livesAlone] };

        var error = Assert.Throws<DomainException>(() => A.Referral(details));
        Assert.Contains("risk", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Described_risks_are_received()
    {
        var details = A.ReferralDetails() with { NoKnownRisks = false, Risks = [_livesAlone] };

        var referral = A.Referral(details);

        Assert.Single(referral.Details.Risks);
        Assert.False(referral.HasSafeguardingConcern);
    }

    [Fact]
    public void Safeguarding_risk_raises_a_safeguarding_concern()
    {
        var details = A.ReferralDetails() with
        {
            NoKnownRisks = false,
            Risks = [_livesAlone, new Risk { Description = "Possible financial abuse by a relative", IsSafeguarding = true }],
        };

        var referral = A.Referral(details);

        Assert.True(referral.HasSafeguardingConcern);
    }

    [Fact]
    public void At_least_one_need_is_required()
    {
        var details = A.ReferralDetails() with { Needs = [] };

        var error = Assert.Throws<DomainException>(() => A.Referral(details));
        Assert.Contains("need", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Consent_not_given_needs_a_reason(string? reason)
    {
        var details = A.ReferralDetails() with { ConsentGiven = false, ConsentNotGivenReason = reason };

        var error = Assert.Throws<DomainException>(() => A.Referral(details));
        Assert.Contains("consent", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Consent_not_given_with_a_reason_is_received()
    {
        var details = A.ReferralDetails() with
        {
            ConsentGiven = false,
            ConsentNotGivenReason = "Lacks capacity; best-interests referral by the GP.",
        };

        var referral = A.Referral(details);

        Assert.False(referral.Details.ConsentGiven);
    }

    [Fact]
    public void Consent_given_needs_no_reason()
    {
        var referral = A.Referral(A.ReferralDetails() with { ConsentGiven = true, ConsentNotGivenReason = null });

        Assert.True(referral.Details.ConsentGiven);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Reason_for_referral_is_required(string reason)
    {
        var details = A.ReferralDetails() with { Reason = reason };

        var error = Assert.Throws<DomainException>(() => A.Referral(details));
        Assert.Contains("reason", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Practice_is_required(string odsCode)
    {
        var details = A.ReferralDetails() with { PracticeOdsCode = odsCode };

        Assert.Throws<DomainException>(() => A.Referral(details));
    }

    [Fact]
    public void Referrer_name_is_required()
    {
        var details = A.ReferralDetails() with { Referrer = A.Referrer() with { Name = " " } };

        Assert.Throws<DomainException>(() => A.Referral(details));
    }

    [Fact]
    public void Referrer_organisation_is_required()
    {
        var details = A.ReferralDetails() with { Referrer = A.Referrer() with { Organisation = "" } };

        Assert.Throws<DomainException>(() => A.Referral(details));
    }

    [Fact]
    public void Referrer_email_is_required()
    {
        var details = A.ReferralDetails() with { Referrer = A.Referrer() with { Email = "" } };

        Assert.Throws<DomainException>(() => A.Referral(details));
    }
}
