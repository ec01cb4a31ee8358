using Linkwell.Domain.Shared;

namespace Linkwell.Domain.Referrals;

/// <summary>
/// A referral to the scheme and, once accepted, the episode of support that follows: allocation to a link
/// worker, contacts, closure and perhaps reopening. Its timeline is what the referrer is told.
/// </summary>
public sealed class Referral : ISchemeScoped, IVersioned
{
    /// <summary>Failed attempts after which "unable to contact" is a fair reason to decline or close.</summary>
    public const int ContactAttemptsBeforeGivingUp = 3;

    private readonly List<ReferralEvent> _events = [];
    private readonly List<Contact> _contacts = [];

    private Referral()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>A short reference people can read out on the phone ("LW-7K3M9Q2P"); unique.</summary>
    public string Reference { get; private set; } = string.Empty;

    public Guid SchemeId { get; private set; }

    public Guid Version { get; private set; }

    public Guid PersonId { get; private set; }

    public ReferralDetails Details { get; private set; } = null!;

    public ReferralStatus Status { get; private set; }

    /// <summary>Copied from the details so the queue can sort urgent first in the database.</summary>
    public Urgency Urgency { get; private set; }

    /// <summary>The signed-in referrer, if any: they may follow this referral's timeline.</summary>
    public string? ReferredByUserId { get; private set; }

    /// <summary>When anything last happened; every verb sets it, so every change renews <see cref="Version"/>.</summary>
    public DateTime LastActivityUtc { get; private set; }

    public DateTime ReceivedUtc { get; private set; }

    public DateTime? AcceptedUtc { get; private set; }

    public DateTime? FirstContactUtc { get; private set; }

    public DateTime? ClosedUtc { get; private set; }

    public string? LinkWorkerId { get; private set; }

    public string? LinkWorkerName { get; private set; }

    public DeclineReason? DeclineReason { get; private set; }

    public CloseReason? CloseReason { get; private set; }

    public DateOnly? NextContactDue { get; private set; }

    public IReadOnlyList<ReferralEvent> Events => _events;

    public IReadOnlyList<Contact> Contacts => _contacts;

    public int FailedContactAttempts => _contacts.Count(c => !c.Succeeded);

    public bool HasSafeguardingConcern => Details.Risks.Any(r => r.IsSafeguarding);

    public static Referral Receive(Guid schemeId, Guid personId, ReferralDetails details, string reference, DateTime nowUtc)
    {
        details.Validate();
        var referral = new Referral
        {
            Id = Guid.NewGuid(),
            Reference = Guard.Required(reference, "a reference"),
            SchemeId = schemeId,
            Version = Guid.NewGuid(),
            PersonId = personId,
            Details = details,
            Status = ReferralStatus.AwaitingTriage,
            Urgency = details.Urgency,
            ReferredByUserId = details.Referrer.UserId,
            ReceivedUtc = Guard.Utc(nowUtc),
        };
        referral.Record(ReferralEventKind.Received, nowUtc, details.Referrer.Name, null);
        return referral;
    }

    /// <summary>
    /// The scheme takes the person on and allocates a link worker. Records SNOMED 871731000000106 once per
    /// episode: a reopened episode is the same episode and is not coded again.
    /// </summary>
    public void Accept(string linkWorkerId, string linkWorkerName, string by, DateTime nowUtc)
    {
        Require(ReferralStatus.AwaitingTriage, "accepted");
        Guard.Utc(nowUtc);
        LinkWorkerId = Guard.Required(linkWorkerId, "the link worker");
        Status = ReferralStatus.Accepted;
        AcceptedUtc = Guard.Utc(nowUtc);
        LinkWorkerName = linkWorkerName;
        Record(ReferralEventKind.Accepted, nowUtc, by, $"Allocated to {linkWorkerName}", SnomedCodes.ReferralToSocialPrescribing);
    }

    public void Decline(DeclineReason reason, string? note, string by, DateTime nowUtc)
    {
        Require(ReferralStatus.AwaitingTriage, "declined");
        Guard.Utc(nowUtc);
        Status = ReferralStatus.Declined;
        DeclineReason = reason;
        ClosedUtc = Guard.Utc(nowUtc);
        var code = reason == Referrals.DeclineReason.PersonDeclined ? SnomedCodes.SocialPrescribingDeclined : null;
        Record(ReferralEventKind.Declined, nowUtc, by, Join(Text.Of(reason), note), code);
    }

    public void Allocate(string linkWorkerId, string linkWorkerName, string by, DateTime nowUtc)
    {
        Require(ReferralStatus.Accepted, "reallocated");
        Guard.Utc(nowUtc);
        if (linkWorkerId == LinkWorkerId)
        {
            return;
        }

        LinkWorkerId = Guard.Required(linkWorkerId, "the link worker");
        LinkWorkerName = linkWorkerName;
        Record(ReferralEventKind.Reallocated, nowUtc, by, $"Allocated to {linkWorkerName}");
    }

    public Contact RecordContact(ContactRecord record, string by, DateTime nowUtc)
    {
        Require(ReferralStatus.Accepted, "given a contact");
        Guard.Utc(nowUtc);
        Guard.Utc(record.OccurredUtc);
        if (record.OccurredUtc > nowUtc.AddMinutes(5))
        {
            throw new DomainException("A contact cannot be in the future.");
        }

        if (record.OccurredUtc < ReceivedUtc.AddDays(-1))
        {
            throw new DomainException("A contact cannot be before the referral was received.");
        }

        if (record.DurationMinutes is < 0 or > 600)
        {
            throw new DomainException("Duration must be between 0 and 600 minutes.");
        }

        var contact = new Contact(record, by);
        _contacts.Add(contact);
        if (!record.Succeeded)
        {
            Record(ReferralEventKind.ContactAttemptFailed, record.OccurredUtc, by, Text.Of(record.Method));
        }
        else if (FirstContactUtc is null)
        {
            FirstContactUtc = record.OccurredUtc;
            Record(ReferralEventKind.FirstContact, record.OccurredUtc, by, Text.Of(record.Method));
        }
        else
        {
            Record(ReferralEventKind.ContactRecorded, record.OccurredUtc, by, Text.Of(record.Method));
        }

        return contact;
    }

    public void ScheduleNextContact(DateOnly? due)
    {
        NextContactDue = Status == ReferralStatus.Accepted || due is null
            ? due
            : throw new DomainException("Only an open episode can have a next contact.");
        Version = Guid.NewGuid();
    }

    public void Close(CloseReason reason, string summary, string by, DateTime nowUtc)
    {
        Require(ReferralStatus.Accepted, "closed");
        Guard.Utc(nowUtc);
        summary = Guard.Required(summary, "a short summary");
        Status = ReferralStatus.Closed;
        CloseReason = reason;
        ClosedUtc = Guard.Utc(nowUtc);
        NextContactDue = null;
        Record(ReferralEventKind.Closed, nowUtc, by, Join(Text.Of(reason), summary));
    }

    public void Reopen(string note, string by, DateTime nowUtc)
    {
        Require(ReferralStatus.Closed, "reopened");
        Guard.Utc(nowUtc);
        note = Guard.Required(note, "why the episode is reopened");
        Status = ReferralStatus.Accepted;
        CloseReason = null;
        ClosedUtc = null;
        Record(ReferralEventKind.Reopened, nowUtc, by, note);
    }

    /// <summary>Move the referral to the record of the same person found by duplicate checking.</summary>
    public void MoveToPerson(Guid personId)
    {
        PersonId = personId;
        Version = Guid.NewGuid();
    }

    private void Require(ReferralStatus expected, string verb)
    {
        if (Status != expected)
        {
            throw new DomainException($"This referral is {Text.Of(Status).ToLowerInvariant()}, so it cannot be {verb}.");
        }
    }

    private void Record(ReferralEventKind kind, DateTime atUtc, string by, string? note, string? snomedCode = null)
    {
        _events.Add(new ReferralEvent(kind, Guard.Utc(atUtc), by, note, snomedCode));
        LastActivityUtc = LastActivityUtc > atUtc ? LastActivityUtc : atUtc;
        Version = Guid.NewGuid();
    }

    private static string Join(string reason, string? note) =>
        string.IsNullOrWhiteSpace(note) ? reason : $"{reason}: {note.Trim()}";
}
