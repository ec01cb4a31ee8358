using System.Globalization;
using Linkwell.Domain.Directory.Oruk;

namespace Linkwell.Domain.Directory.Search;

/// <summary>One session of a service: a day, with its opening hours when the schedule gives them.</summary>
public sealed record Session(DateOnly Date, TimeOnly? Opens, TimeOnly? Closes);

/// <summary>
/// When a service runs next, from its ORUK schedules (RFC 5545 recurrence parts): weekly on days ("TU,TH"),
/// every n weeks, monthly on a weekday of the month ("1TU", "-1FR") or a day of it ("15", "-1"), or once
/// on <c>dtstart</c>; always within <c>valid_from</c>, <c>valid_to</c>, <c>dtstart</c> and <c>until</c>.
/// Schedules are wall-clock times where the service runs, so "now" is UK wall-clock time too. <c>count</c>
/// is not applied: counting from an old <c>dtstart</c> costs more than the rare rule that uses it is worth.
/// </summary>
public static class NextSession
{
    /// <summary>A year and a little more: every rule that repeats at least yearly has a session within it.</summary>
    private const int HorizonDays = 400;

    /// <summary>The first session not yet over at <paramref name="ukNow"/> (one in progress counts), or null.</summary>
    public static Session? Find(IEnumerable<OrukSchedule> schedules, DateTime ukNow)
    {
        var today = DateOnly.FromDateTime(ukNow);
        var now = TimeOnly.FromDateTime(ukNow);
        Session? best = null;
        foreach (var schedule in schedules)
        {
            var last = best?.Date ?? today.AddDays(HorizonDays);
            for (var date = today; date <= last; date = date.AddDays(1))
            {
                if (!OccursOn(schedule, date) || (date == today && IsOver(schedule, now)))
                {
                    continue;
                }

                var session = new Session(date, schedule.OpensAt, schedule.ClosesAt);
                if (best is null || date < best.Date || (session.Opens ?? TimeOnly.MinValue) < (best.Opens ?? TimeOnly.MinValue))
                {
                    best = session;
                }

                break;
            }
        }

        return best;
    }

    /// <summary>Whether the schedule has a session on this date.</summary>
    public static bool OccursOn(OrukSchedule schedule, DateOnly date)
    {
        if (date < schedule.ValidFrom || date > schedule.ValidTo || date < schedule.DtStart || (Until(schedule) is { } until && date > until))
        {
            return false;
        }

        var days = Days(schedule.ByDay);
        var monthDays = MonthDays(schedule.ByMonthDay);
        var interval = schedule.Interval is >= 2 and <= 1000 ? (int)schedule.Interval.Value : 1;
        var anchor = schedule.DtStart ?? schedule.ValidFrom;
        switch (schedule.Freq?.ToUpperInvariant())
        {
            case OrukCodes.Monthly:
                if (days.Count == 0 && monthDays.Count == 0 && anchor is null)
                {
                    return false;
                }

                return (anchor is null || MonthsBetween(anchor.Value, date) % interval == 0)
                       && (days.Count == 0 || days.Exists(d => OnMonthlyDay(d, date)))
                       && (monthDays.Count == 0 || monthDays.Exists(d => OnMonthDay(d, date)))
                       && (days.Count > 0 || monthDays.Count > 0 || date.Day == anchor!.Value.Day);
            case OrukCodes.Weekly:
            case null when days.Count > 0:
                if (days.Count == 0 && anchor is null)
                {
                    return false;
                }

                return (anchor is null || WeeksBetween(anchor.Value, date) % interval == 0)
                       && (days.Count > 0 ? days.Exists(d => d.Day == Day(date)) : Day(date) == Day(anchor!.Value));
            case null:
                // No rule at all: a one-off session on its start date.
                return schedule.DtStart == date;
            default:
                return false;
        }
    }

    /// <summary>Today's session has ended (or, with no closing time, has started) by <paramref name="now"/>.</summary>
    private static bool IsOver(OrukSchedule schedule, TimeOnly now) =>
        schedule.ClosesAt is { } closes && closes > (schedule.OpensAt ?? TimeOnly.MinValue)
            ? closes <= now
            : schedule.OpensAt is { } opens && opens < now;

    /// <summary>"MO,TU", "1TU", "-1FR", "+2WE": the weekday (0 = Monday) and, for monthly rules, which one of the month.</summary>
    private static List<(int Day, int Ordinal)> Days(string? byDay)
    {
        var days = new List<(int, int)>();
        foreach (var part in (byDay ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length < 2)
            {
                continue;
            }

            var day = WeeklyHours.DayIndex(part[^2..]);
            var ordinal = 0;
            if (day < 0 || (part.Length > 2 && !int.TryParse(part[..^2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out ordinal)))
            {
                continue;
            }

            days.Add((day, ordinal));
        }

        return days;
    }

    private static List<int> MonthDays(string? byMonthDay) =>
        [.. (byMonthDay ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.TryParse(p, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d) ? d : 0)
            .Where(d => d is >= -31 and <= 31 and not 0)];

    private static bool OnMonthlyDay((int Day, int Ordinal) rule, DateOnly date)
    {
        if (rule.Day != Day(date))
        {
            return false;
        }

        var fromStart = ((date.Day - 1) / 7) + 1;
        var fromEnd = ((DateTime.DaysInMonth(date.Year, date.Month) - date.Day) / 7) + 1;
        return rule.Ordinal == 0 || rule.Ordinal == fromStart || rule.Ordinal == -fromEnd;
    }

    private static bool OnMonthDay(int monthDay, DateOnly date) =>
        monthDay > 0 ? date.Day == monthDay : date.Day == DateTime.DaysInMonth(date.Year, date.Month) + monthDay + 1;

    /// <summary>0 = Monday, as <see cref="WeeklyHours"/> counts.</summary>
    private static int Day(DateOnly date) => ((int)date.DayOfWeek + 6) % 7;

    private static int WeeksBetween(DateOnly anchor, DateOnly date) =>
        Math.Abs((date.AddDays(-Day(date)).DayNumber - anchor.AddDays(-Day(anchor)).DayNumber) / 7);

    private static int MonthsBetween(DateOnly anchor, DateOnly date) =>
        Math.Abs(((date.Year * 12) + date.Month) - ((anchor.Year * 12) + anchor.Month));

    /// <summary><c>until</c> is kept as written: a date, or a date-time whose date is what counts here.</summary>
    private static DateOnly? Until(OrukSchedule schedule) =>
        schedule.Until is { Length: >= 8 } text
        && (DateOnly.TryParseExact(text.Length >= 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || DateOnly.TryParseExact(text[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            ? date
            : null;
}
