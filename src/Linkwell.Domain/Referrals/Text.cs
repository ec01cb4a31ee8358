namespace Linkwell.Domain.Referrals;

/// <summary>Plain-words labels for the referral enums, used by pages, e-mails and the API.</summary>
public static class Text
{
    public static string Of(ReferralStatus status) => status switch
    {
        ReferralStatus.AwaitingTriage => "Waiting for triage",
        ReferralStatus.Accepted => "Accepted",
        ReferralStatus.Declined => "Declined",
        ReferralStatus.Closed => "Closed",
    };

    public static string Of(DeclineReason reason) => reason switch
    {
        DeclineReason.PersonDeclined => "The person declined social prescribing",
        DeclineReason.NotEligible => "Not eligible for the scheme",
        DeclineReason.WrongService => "Wrong service for this need",
        DeclineReason.UnableToContact => "Unable to contact after several attempts",
    };

    public static string Of(CloseReason reason) => reason switch
    {
        CloseReason.GoalsMet => "Goals met",
        CloseReason.PersonDisengaged => "The person chose to stop",
        CloseReason.UnableToContact => "Unable to contact",
        CloseReason.ReferredElsewhere => "Referred to another service",
        CloseReason.MovedAway => "Moved out of the area",
        CloseReason.Died => "Died",
        CloseReason.Other => "Other",
    };

    public static string Of(ContactMethod method) => method switch
    {
        ContactMethod.FaceToFace => "Face to face",
        ContactMethod.Phone => "Phone",
        ContactMethod.Video => "Video",
        ContactMethod.HomeVisit => "Home visit",
        ContactMethod.Group => "Group session",
    };

    public static string Of(NeedCategory need) => need switch
    {
        NeedCategory.Loneliness => "Loneliness or isolation",
        NeedCategory.MentalWellbeing => "Low mood, stress or anxiety",
        NeedCategory.Money => "Money, debt or benefits",
        NeedCategory.Housing => "Housing",
        NeedCategory.Employment => "Work, training or volunteering",
        NeedCategory.PhysicalActivity => "Physical activity",
        NeedCategory.Carers => "Caring for someone",
        NeedCategory.LongTermCondition => "Living with a long-term condition",
        NeedCategory.Bereavement => "Bereavement",
        NeedCategory.Other => "Something else",
    };

    public static string Of(ReferralEventKind kind) => kind switch
    {
        ReferralEventKind.Received => "Referral received",
        ReferralEventKind.Accepted => "Accepted by the scheme",
        ReferralEventKind.Declined => "Declined",
        ReferralEventKind.Reallocated => "Link worker changed",
        ReferralEventKind.FirstContact => "First contact with the person",
        ReferralEventKind.ContactRecorded => "Contact",
        ReferralEventKind.ContactAttemptFailed => "Contact attempt, no answer",
        ReferralEventKind.Closed => "Closed",
        ReferralEventKind.Reopened => "Reopened",
    };

    public static string Of(Urgency urgency) => urgency switch
    {
        Urgency.Routine => "Routine",
        Urgency.Urgent => "Urgent",
    };

    public static string Of(ReferralMethod method) => method switch
    {
        ReferralMethod.WebForm => "Linkwell web form",
        ReferralMethod.Api => "Linkwell API",
        ReferralMethod.Fhir => "GP system (FHIR)",
        ReferralMethod.SelfReferral => "Self-referral",
        ReferralMethod.Phone => "Phone",
        ReferralMethod.Email => "Email",
        ReferralMethod.Letter => "Letter",
    };
}
