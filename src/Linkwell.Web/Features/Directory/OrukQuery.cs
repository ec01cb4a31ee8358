using System.Globalization;
using Linkwell.Domain.Directory.Search;
using Linkwell.Web.Features.Geography;

namespace Linkwell.Web.Features.Directory;

/// <summary>How a list is to be written, besides which records it holds.</summary>
public sealed record OrukListShape(bool Full, bool Minimal, bool Ndjson, bool FullService);

/// <summary>
/// Reads the ORUK query parameters (and Linkwell's extras: ages, day and time). Each bad value becomes an
/// error naming its parameter, so a caller learns every mistake from one 400 answer.
/// </summary>
public sealed class OrukQuery
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 200;

    /// <summary>Minimal pages are a few dozen bytes an item; callers are told to fetch everything in one call.</summary>
    public const int MaxMinimalPerPage = 10_000;

    private readonly Dictionary<string, string[]> _errors = [];
    private readonly IQueryCollection _query;

    private OrukQuery(IQueryCollection query) => _query = query;

    public static async Task<(DirectoryQuery Query, OrukListShape Shape, Dictionary<string, string[]> Errors)> ParseAsync(
        IQueryCollection query, IGeocoder geocoder, CancellationToken ct)
    {
        var reader = new OrukQuery(query);
        var shape = new OrukListShape(
            reader.Bool("full"), reader.Bool("minimal"), reader.Format(), reader.Bool("full_service"));
        var (near, postcodeOk) = await reader.NearAsync(geocoder, ct);
        var parsed = new DirectoryQuery
        {
            Text = reader.Text("search"),
            TaxonomyTermIds = reader.Text("taxonomy_term_id") is { } term ? [term] : [],
            TaxonomyId = reader.Text("taxonomy_id"),
            OrganizationId = reader.Text("organization_id"),
            ModifiedAfter = reader.DateTime("modified_after"),
            Near = postcodeOk ? near : null,
            MinimumAge = reader.Age("minimum_age"),
            MaximumAge = reader.Age("maximum_age"),
            OpenDuring = reader.When(),
            Page = reader.Int("page", 1, int.MaxValue) ?? 1,
            PerPage = Math.Min(reader.Int("per_page", 1, int.MaxValue) ?? DefaultPerPage, shape.Minimal ? MaxMinimalPerPage : MaxPerPage),
        };
        if (parsed.MinimumAge > parsed.MaximumAge)
        {
            reader.Error("maximum_age", "maximum_age must not be less than minimum_age.");
        }

        return (parsed, shape, reader._errors);
    }

    private string? Text(string name) =>
        _query.TryGetValue(name, out var values) && values.ToString().Trim() is { Length: > 0 } text ? text : null;

    private bool Bool(string name)
    {
        if (Text(name) is not { } text)
        {
            return false;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Error(name, $"{name} must be true or false.");
        return false;
    }

    private bool Format()
    {
        switch (Text("format")?.ToLowerInvariant())
        {
            case null or "json":
                return false;
            case "ndjson":
                return true;
            default:
                Error("format", "format must be json or ndjson.");
                return false;
        }
    }

    private int? Int(string name, int min, int max)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Error(name, $"{name} must be a whole number, {min} or more.");
        return null;
    }

    private decimal? Age(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var age) && age <= 150)
        {
            return age;
        }

        Error(name, $"{name} must be an age in years, from 0 to 150.");
        return null;
    }

    private DateTimeOffset? DateTime(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value;
        }

        Error(name, $"{name} must be a date or date-time, for example 2026-11-01 or 2026-11-01T09:00:00Z.");
        return null;
    }

    private async Task<(Near? Near, bool Ok)> NearAsync(IGeocoder geocoder, CancellationToken ct)
    {
        var postcode = Text("postcode");
        double? radius = null;
        if (Text("proximity") is { } proximity)
        {
            if (double.TryParse(proximity, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var metres) && metres > 0 && metres <= 1_000_000)
            {
                radius = metres;
            }
            else
            {
                Error("proximity", "proximity must be a distance in metres, more than 0 and at most 1,000,000.");
            }

            if (postcode is null)
            {
                Error("proximity", "proximity needs a postcode to measure from.");
            }
        }

        if (postcode is null)
        {
            return (null, false);
        }

        var place = await geocoder.LocateAsync(postcode, ct);
        if (place is null)
        {
            Error("postcode", $"'{postcode}' is not a postcode we know. Check it, or use the first half only (for example LS1).");
            return (null, false);
        }

        return (new Near(place.Latitude, place.Longitude, radius), true);
    }

    /// <summary>day (MO,TU… or names) with start_time and end_time (HH:mm): sessions overlapping that window.</summary>
    private WeeklyHours? When()
    {
        var dayText = Text("day");
        var start = Time("start_time");
        var end = Time("end_time");
        if (dayText is null && start is null && end is null)
        {
            return null;
        }

        var days = new List<int>();
        foreach (var part in (dayText ?? "MO,TU,WE,TH,FR,SA,SU").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var day = WeeklyHours.DayIndex(part);
            if (day < 0)
            {
                Error("day", $"'{part}' is not a day. Use MO, TU, WE, TH, FR, SA or SU (several separated by commas).");
            }
            else
            {
                days.Add(day);
            }
        }

        if (start is not null && end is not null && end <= start)
        {
            Error("end_time", "end_time must be later than start_time.");
        }

        return WeeklyHours.Open(days, start ?? TimeOnly.MinValue, end ?? TimeOnly.MinValue);
    }

    private TimeOnly? Time(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        Error(name, $"{name} must be a time of day, for example 09:30.");
        return null;
    }

    private void Error(string name, string message) =>
        _errors[name] = _errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];
}
