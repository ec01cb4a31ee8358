namespace Linkwell.Domain.Referrals;

/// <summary>Where a referral is in its life. See docs/glossary.md.</summary>
public enum ReferralStatus
{
    /// <summary>Received and waiting in the scheme's queue for triage.</summary>
    AwaitingTriage,

    /// <summary>Accepted and allocated to a link worker: an open episode on their caseload.</summary>
    Accepted,

    /// <summary>Not taken on, with a reason.</summary>
    Declined,

    /// <summary>The episode ended, with a reason and a summary. Can be reopened.</summary>
    Closed,
}

public enum Urgency
{
    Routine,
    Urgent,
}

/// <summary>How the referral reached the scheme (PRSB "Referral method").</summary>
public enum ReferralMethod
{
    WebForm,
    Api,
    Fhir,
    SelfReferral,
    Phone,
    Email,
    Letter,
}

/// <summary>The broad needs a referral names; a referral names one or more.</summary>
public enum NeedCategory
{
    Loneliness,
    MentalWellbeing,
    Money,
    Housing,
    Employment,
    PhysicalActivity,
    Carers,
    LongTermCondition,
    Bereavement,
    Other,
}

public enum DeclineReason
{
    /// <summary>The person declined: SNOMED 871711000000103 is recorded.</summary>
    PersonDeclined,
    NotEligible,
    WrongService,
    UnableToContact,
}

public enum CloseReason
{
    GoalsMet,
    PersonDisengaged,
    UnableToContact,
    ReferredElsewhere,
    MovedAway,
    Died,
    Other,
}

public enum ContactMethod
{
    FaceToFace,
    Phone,
    Video,
    HomeVisit,
    Group,
}

/// <summary>What happened on a referral, in order. The referrer sees the subset in <see cref="ReferralEvent.VisibleToReferrer"/>.</summary>
public enum ReferralEventKind
{
    Received,
    Accepted,
    Declined,
    Reallocated,
    FirstContact,
    ContactRecorded,
    ContactAttemptFailed,
    Closed,
    Reopened,
}
