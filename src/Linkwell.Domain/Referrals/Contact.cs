namespace Linkwell.Domain.Referrals;

/// <summary>
/// A contact between the link worker and the person (PRSB "Contacts with professionals"), or a failed
/// attempt to reach them.
/// </summary>
public sealed class Contact
{
    private Contact()
    {
    }

    internal Contact(ContactRecord record, string by)
    {
        Id = Guid.NewGuid();
        OccurredUtc = record.OccurredUtc;
        Method = record.Method;
        DurationMinutes = record.DurationMinutes;
        Notes = record.Notes;
        Outcome = record.Outcome;
        Succeeded = record.Succeeded;
        RecordedBy = by;
    }

    public Guid Id { get; private set; }

    public DateTime OccurredUtc { get; private set; }

    public ContactMethod Method { get; private set; }

    public int DurationMinutes { get; private set; }

    public string? Notes { get; private set; }

    public string? Outcome { get; private set; }

    /// <summary>False for an attempt that did not reach the person (no answer, not in).</summary>
    public bool Succeeded { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;
}

/// <summary>What a link worker records about a contact.</summary>
public sealed record ContactRecord(
    DateTime OccurredUtc,
    ContactMethod Method,
    int DurationMinutes,
    string? Notes,
    string? Outcome,
    bool Succeeded);
