using System.Globalization;

namespace Linkwell.Web.Features.Shared;

/// <summary>
/// Times are stored in UTC and shown in UK time, which moves with British Summer Time; what a link worker
/// types is UK time too.
/// </summary>
public static class UkTime
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo London = FindLondon();

    /// <summary>"2 March 2026, 09:00".</summary>
    public static string Format(DateTime utc) => ToUk(utc).ToString("d MMMM yyyy, HH:mm", EnGb);

    /// <summary>"2 March 2026".</summary>
    public static string FormatDate(DateTime utc) => FormatDate(DateOnly.FromDateTime(ToUk(utc)));

    public static string FormatDate(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    public static DateTime ToUk(DateTime utc) =>
        // SQLite hands back Unspecified; every time in the model is UTC (ADR 0002).
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToUk(clock.GetUtcNow().UtcDateTime));

    /// <summary>Whole UK calendar days from the date of <paramref name="utc"/> to today.</summary>
    public static int DaysSince(DateTime utc, TimeProvider clock) =>
        Today(clock).DayNumber - DateOnly.FromDateTime(ToUk(utc)).DayNumber;

    /// <summary>
    /// A UK wall-clock time as UTC. False for a time skipped when the clocks go forward (01:00–01:59 on the
    /// last Sunday of March); in the hour repeated in October, GMT is assumed.
    /// </summary>
    public static bool TryToUtc(DateOnly date, TimeOnly time, out DateTime utc)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        utc = default;
        if (London.IsInvalidTime(local))
        {
            return false;
        }

        utc = TimeZoneInfo.ConvertTimeToUtc(local, London);
        return true;
    }

    private static TimeZoneInfo FindLondon()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            // Slim container images may lack tzdata; the UK rule (last Sunday of March to last Sunday of
            // October, since 1996) is stable enough to state here rather than show wrong times all summer.
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date,
                DateTime.MaxValue.Date,
                TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 1, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 10, 5, DayOfWeek.Sunday));
            return TimeZoneInfo.CreateCustomTimeZone("Europe/London", TimeSpan.Zero, "UK time", "GMT", "BST", [rule]);
        }
    }
}
