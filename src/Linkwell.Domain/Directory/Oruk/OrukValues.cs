using System.Globalization;

namespace Linkwell.Domain.Directory.Oruk;

/// <summary>
/// The text forms of ORUK's dates, times, date-times and numbers, shared by the JSON converters and the CSV
/// package so both read and write the same: dates <c>yyyy-MM-dd</c>, times <c>HH:mm:ss</c>, date-times
/// ISO 8601 with <c>Z</c> for UTC.
/// </summary>
public static class OrukValues
{
    private static readonly string[] _timeFormats = ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss", "HH:mm:ss.FFFFFFF"];

    public static string FormatDate(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParseDate(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    public static string FormatTime(TimeOnly value) =>
        value.ToString(value.Ticks % TimeSpan.TicksPerSecond == 0 ? "HH:mm:ss" : "HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    /// <summary>Reads <c>HH:mm</c>, <c>HH:mm:ss</c> or <c>HH:mm:ss.fff</c>.</summary>
    public static bool TryParseTime(string text, out TimeOnly value) =>
        TimeOnly.TryParseExact(text, _timeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>ISO 8601, <c>Z</c> for UTC, fractions of a second only as far as they go ("10:30:45.123Z").</summary>
    public static string FormatDateTime(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) + "Z"
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    /// <summary>Reads an ISO 8601 date-time ("2023-03-15T10:30:45.123Z"); one without an offset is taken as UTC.</summary>
    public static bool TryParseDateTime(string text, out DateTimeOffset value)
    {
        value = default;
        return text.Length > 10 && text[4] == '-' && text[7] == '-' && text[10] is 'T' or 't' or ' ' &&
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    public static string FormatNumber(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static bool TryParseNumber(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
