using System.Globalization;
using Linkwell.Web.Features.Referrals;

namespace Linkwell.Web.Features.Shared;

/// <summary>Reads what was typed into form fields that are kept as strings, so a mistake can be shown back.</summary>
public static class FormValues
{
    public static bool TryDate(DateParts parts, out DateOnly date) =>
        DateOnly.TryParseExact(parts.ToIso(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>24-hour "14:30"; "9:05" and "14.30" are accepted because people type them.</summary>
    public static bool TryTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact((text ?? string.Empty).Trim().Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static bool TryWholeNumber(string? text, out int value) =>
        int.TryParse((text ?? string.Empty).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value);

    public static DateParts PartsOf(DateOnly date) => new()
    {
        Day = date.Day.ToString(CultureInfo.InvariantCulture),
        Month = date.Month.ToString(CultureInfo.InvariantCulture),
        Year = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    public static string? Trimmed(string? text) => IsBlank(text) ? null : text!.Trim();
}
