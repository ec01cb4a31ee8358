using System.Globalization;
using Linkwell.Domain.Directory.Oruk;
using Linkwell.Domain.Directory.Search;
using Linkwell.Web.Features.Shared;

namespace Linkwell.Web.Features.Directory;

/// <summary>A listing's facts in the words and tags the search results and the service page show.</summary>
public static class ListingText
{
    public const double MetresPerMile = 1_609.344;

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Cost(CostKind cost) => cost switch
    {
        CostKind.Free => "Free",
        CostKind.Paid => "Paid",
        CostKind.NotStated => "Not stated",
    };

    /// <summary>"1.6 miles": one decimal, as a link worker would say it to the person.</summary>
    public static string Miles(double metres) => (metres / MetresPerMile).ToString("0.0", EnGb) + " miles";

    /// <summary>"Today, 10:00 to 11:30", "Tomorrow, 18:00", "Tuesday 1 December, 10:00 to 12:00".</summary>
    public static string Session(Session? session, DateOnly today)
    {
        if (session is null)
        {
            return "No dates given: ask the service";
        }

        var day = session.Date == today ? "Today"
            : session.Date == today.AddDays(1) ? "Tomorrow"
            : session.Date.ToString(session.Date.Year == today.Year ? "dddd d MMMM" : "dddd d MMMM yyyy", EnGb);
        return session.Opens is null ? day : $"{day}, {Hours(session.Opens, session.Closes)}";
    }

    /// <summary>"Every Tuesday, 10:00 to 11:30", "First Tuesday of the month, 10:00", "On 5 December 2026, 14:00 to 16:00".</summary>
    public static string Schedule(OrukSchedule schedule, DateOnly today)
    {
        var when = Recurrence(schedule);
        var hours = schedule.OpensAt is null ? null : Hours(schedule.OpensAt, schedule.ClosesAt);
        var text = string.Join(", ", new[] { when, hours }.Where(s => s is not null));

        // A start already passed is not worth saying; an end always is.
        var from = schedule.ValidFrom > today ? schedule.ValidFrom : null;
        var bounds = (from, schedule.ValidTo) switch
        {
            ({ } start, { } end) => $" (from {UkTime.FormatDate(start)} to {UkTime.FormatDate(end)})",
            ({ } start, null) => $" (from {UkTime.FormatDate(start)})",
            (null, { } end) => $" (until {UkTime.FormatDate(end)})",
            _ => string.Empty,
        };
        return text.Length == 0 ? schedule.Description ?? "Times not given" : text + bounds;
    }

    /// <summary>What the service says it costs, beyond free or paid: "£3.00 a session".</summary>
    public static IEnumerable<string> CostDetails(OrukService service) =>
        service.CostOptions
            .Select(c => c.AmountDescription ?? string.Join(" ", new[] { c.Option, c.Amount is { } a ? $"£{a:0.00}" : null }.Where(s => !string.IsNullOrWhiteSpace(s))))
            .Append(service.Fees ?? string.Empty)
            .Where(s => s.Length > 0 && !string.Equals(s, Cost(CostKind.Free), StringComparison.OrdinalIgnoreCase))
            .Distinct();

    /// <summary>Whole months from <paramref name="date"/> to <paramref name="today"/>.</summary>
    public static int MonthsSince(DateOnly date, DateOnly today)
    {
        var months = ((today.Year - date.Year) * 12) + today.Month - date.Month;
        return today.Day < date.Day ? months - 1 : months;
    }

    /// <summary>"Confirmed 3 months ago"; a listing its owner never confirmed counts from its last change.</summary>
    public static string Confirmed(Listing listing, DateOnly today)
    {
        if (listing.ConfirmedOn is not { } on)
        {
            return "Never confirmed";
        }

        var ago = Ago(on, today);
        return listing.AssuredDate is null ? $"Not confirmed; last changed {ago}" : $"Confirmed {ago}";
    }

    /// <summary>"less than a month ago", "1 month ago", "3 months ago".</summary>
    public static string Ago(DateOnly date, DateOnly today) => MonthsSince(date, today) switch
    {
        <= 0 => "less than a month ago",
        1 => "1 month ago",
        var months => $"{months} months ago",
    };

    private static string Hours(TimeOnly? opens, TimeOnly? closes) =>
        closes is { } c && c > opens ? $"{opens:HH:mm} to {c:HH:mm}" : $"from {opens:HH:mm}";

    private static string? Recurrence(OrukSchedule schedule)
    {
        var days = (schedule.ByDay ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var monthly = string.Equals(schedule.Freq, OrukCodes.Monthly, StringComparison.OrdinalIgnoreCase);
        if (days.Length > 0)
        {
            var names = days.Select(d => monthly ? OfTheMonth(d) : DayName(d)).OfType<string>().ToList();
            if (names.Count == 0)
            {
                return null;
            }

            var list = names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";
            var every = schedule.Interval is >= 2 ? $"Every {schedule.Interval:0} {(monthly ? "months" : "weeks")} on " : monthly ? string.Empty : "Every ";
            return monthly ? $"{every}{list} of the month" : $"{every}{list}";
        }

        if (monthly && schedule.ByMonthDay is { Length: > 0 } monthDays)
        {
            return $"Monthly, on day {monthDays.Replace("-1", "last", StringComparison.Ordinal)} of the month";
        }

        return schedule.Freq is null && schedule.DtStart is { } once ? $"On {UkTime.FormatDate(once)}" : null;
    }

    private static string? DayName(string code)
    {
        var day = WeeklyHours.DayIndex(code.Length > 2 ? code[^2..] : code);
        return day < 0 ? null : CultureInfo.InvariantCulture.DateTimeFormat.GetDayName((DayOfWeek)((day + 1) % 7));
    }

    /// <summary>"1TU" → "first Tuesday", "-1FR" → "last Friday", "TU" → "every Tuesday".</summary>
    private static string? OfTheMonth(string code)
    {
        var name = DayName(code);
        if (name is null)
        {
            return null;
        }

        var ordinal = code.Length > 2 ? code[..^2] : string.Empty;
        var which = ordinal switch
        {
            "" => "Every",
            "1" or "+1" => "First",
            "2" or "+2" => "Second",
            "3" or "+3" => "Third",
            "4" or "+4" => "Fourth",
            "5" or "+5" => "Fifth",
            "-1" => "Last",
            "-2" => "Second to last",
            _ => ordinal,
        };
        return $"{which} {name}";
    }
}
