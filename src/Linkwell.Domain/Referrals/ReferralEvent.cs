namespace Linkwell.Domain.Referrals;

/// <summary>One entry in a referral's timeline. Append-only.</summary>
public sealed class ReferralEvent
{
    private ReferralEvent()
    {
    }

    internal ReferralEvent(ReferralEventKind kind, DateTime atUtc, string by, string? note, string? snomedCode)
    {
        Kind = kind;
        AtUtc = atUtc;
        By = by;
        Note = note;
        SnomedCode = snomedCode;
    }

    public long Id { get; private set; }

    public ReferralEventKind Kind { get; private set; }

    public DateTime AtUtc { get; private set; }

    /// <summary>Display name of whoever caused the event (a person, an API client, "Linkwell").</summary>
    public string By { get; private set; } = string.Empty;

    /// <summary>A reason or summary the event carries. Contact notes stay on the contact, not here.</summary>
    public string? Note { get; private set; }

    /// <summary>The SNOMED CT concept this event recorded, if any (for GP write-back and national returns).</summary>
    public string? SnomedCode { get; private set; }

    /// <summary>The referrer learns what happened, not the content of conversations.</summary>
    public bool VisibleToReferrer => Kind switch
    {
        ReferralEventKind.Received or ReferralEventKind.Accepted or ReferralEventKind.Declined
            or ReferralEventKind.FirstContact or ReferralEventKind.Closed or ReferralEventKind.Reopened => true,
        ReferralEventKind.Reallocated or ReferralEventKind.ContactRecorded
            or ReferralEventKind.ContactAttemptFailed => false,
    };
}
