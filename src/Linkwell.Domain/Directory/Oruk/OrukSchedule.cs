using System.Text.Json.Serialization;

namespace Linkwell.Domain.Directory.Oruk;

/// <summary>
/// ORUK <c>schedule</c>: when a service is open, as RFC 5545 recurrence parts (<c>freq</c>, <c>byday</c>...)
/// and opening times. The HSDS-only parts are those the <c>schedules.csv</c> variant carries.
/// </summary>
public sealed class OrukSchedule
{
    public string Id { get; set; } = string.Empty;

    public string? ServiceId { get; set; }

    /// <summary>HSDS 3.0, not in the UK profile.</summary>
    public string? LocationId { get; set; }

    public string? ServiceAtLocationId { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    [JsonPropertyName("dtstart")]
    public DateOnly? DtStart { get; set; }

    /// <summary>HSDS 3.0, not in the UK profile.</summary>
    public decimal? Timezone { get; set; }

    /// <summary>HSDS 3.0, not in the UK profile; kept as written (a date or a date-time).</summary>
    public string? Until { get; set; }

    /// <summary>HSDS 3.0, not in the UK profile.</summary>
    public decimal? Count { get; set; }

    /// <summary>HSDS 3.0, not in the UK profile: the first day of the week (MO..SU).</summary>
    public string? Wkst { get; set; }

    /// <summary>One of <see cref="OrukCodes.Frequencies"/>.</summary>
    public string? Freq { get; set; }

    public decimal? Interval { get; set; }

    /// <summary>Comma-separated RFC 5545 days ("TH,FR").</summary>
    [JsonPropertyName("byday")]
    public string? ByDay { get; set; }

    /// <summary>HSDS 3.0, not in the UK profile.</summary>
    [JsonPropertyName("byweekno")]
    public string? ByWeekNo { get; set; }

    [JsonPropertyName("bymonthday")]
    public string? ByMonthDay { get; set; }

    /// <summary>HSDS 3.0, not in the UK profile.</summary>
    [JsonPropertyName("byyearday")]
    public string? ByYearDay { get; set; }

    public string? Description { get; set; }

    /// <summary>Written "HH:mm:ss".</summary>
    public TimeOnly? OpensAt { get; set; }

    /// <summary>Written "HH:mm:ss".</summary>
    public TimeOnly? ClosesAt { get; set; }

    public string? ScheduleLink { get; set; }

    public string? AttendingType { get; set; }

    public string? Notes { get; set; }
}
