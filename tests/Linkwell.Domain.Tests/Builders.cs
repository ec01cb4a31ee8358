using Linkwell.Domain.People;
using Linkwell.Domain.Referrals;
using ContactMethod = Linkwell.Domain.Referrals.ContactMethod;
using PersonAggregate = Linkwell.Domain.People.Person;
using ReferralAggregate = Linkwell.Domain.Referrals.Referral;

namespace Linkwell.Domain.Tests;

/// <summary>Fixed UTC instants in a referral's life, in order, so tests never read the clock.</summary>
internal static class Times
{
    public static readonly DateTime Received = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime Triaged = new(2026, 3, 3, 10, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime FirstCall = new(2026, 3, 4, 14, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime SecondCall = new(2026, 3, 11, 14, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime Closed = new(2026, 5, 1, 16, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime Reopened = new(2026, 6, 1, 11, 0, 0, DateTimeKind.Utc);
}

/// <summary>
/// Test data with sensible defaults, so a test states only what matters to it:
/// <c>A.ReferralDetails() with { NoKnownRisks = false }</c>.
/// </summary>
internal static class A
{
    public const string Reference = "LW-TEST2345";
    public const string ReferrerName = "Dr Priya Shah";
    public const string LinkWorkerId = "worker-1";
    public const string LinkWorkerName = "Sam Okafor";
    public const string TriageLead = "Jo Triage";

    public static readonly Guid SchemeId = new("11111111-1111-1111-1111-111111111111");
    public static readonly Guid PersonId = new("22222222-2222-2222-2222-222222222222");

    public static PersonDetails PersonDetails() => new()
    {
        GivenName = "Ada",
        FamilyName = "Lovelace",
        DateOfBirth = new DateOnly(1950, 12, 10),
        Postcode = "LS1 4AP",
    };

    public static Person Person(PersonDetails? details = null) =>
        PersonAggregate.Register(SchemeId, details ?? PersonDetails(), Times.Received);

    public static Referrer Referrer() => new()
    {
        Name = ReferrerName,
        Organisation = "Leeds City Medical Practice",
        Email = "priya.shah@nhs.net",
    };

    public static ReferralDetails ReferralDetails() => new()
    {
        PracticeOdsCode = "A81001",
        Reason = "Feeling isolated since moving to the area.",
        Needs = [NeedCategory.Loneliness],
        Referrer = Referrer(),
        NoKnownRisks = true,
        ConsentGiven = true,
    };

    /// <summary>A referral just received: awaiting triage.</summary>
    public static ReferralAggregate Referral(ReferralDetails? details = null) =>
        ReferralAggregate.Receive(SchemeId, PersonId, details ?? ReferralDetails(), Reference, Times.Received);

    /// <summary>A referral accepted and allocated to <see cref="LinkWorkerId"/> at <see cref="Times.Triaged"/>.</summary>
    public static ReferralAggregate AcceptedReferral()
    {
        var referral = Referral();
        referral.Accept(LinkWorkerId, LinkWorkerName, TriageLead, Times.Triaged);
        return referral;
    }

    /// <summary>An accepted referral closed with goals met at <see cref="Times.Closed"/>.</summary>
    public static ReferralAggregate ClosedReferral()
    {
        var referral = AcceptedReferral();
        referral.Close(CloseReason.GoalsMet, "Joined the walking group and feels less alone.", LinkWorkerName, Times.Closed);
        return referral;
    }

    /// <summary>A declined referral.</summary>
    public static ReferralAggregate DeclinedReferral(DeclineReason reason = DeclineReason.NotEligible)
    {
        var referral = Referral();
        referral.Decline(reason, null, TriageLead, Times.Triaged);
        return referral;
    }

    public static ContactRecord Contact(DateTime occurredUtc, bool succeeded = true, int durationMinutes = 30) =>
        new(occurredUtc, ContactMethod.Phone, durationMinutes, "Talked about local groups.", null, succeeded);
}
