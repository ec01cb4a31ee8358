using System.Globalization;
using Linkwell.Domain.Directory.Oruk;
using Linkwell.Domain.Directory.Search;
using Linkwell.Web.Features.Geography;

namespace Linkwell.Web.Features.Directory.Owners;

/// <summary>One weekly session: an ORUK day code (MO … SU) and its hours.</summary>
public sealed record ListingSession(string Day, TimeOnly Opens, TimeOnly Closes);

/// <summary>
/// What an owner can change about a listing, kept to what owners really change: its name and words, how to
/// get in touch, ages, cost, weekly sessions and the address of its main place. Read from an ORUK service
/// and written back part by part, so a change touches only the parts the owner changed and leaves the rest
/// of the record (other places, monthly schedules, taxonomy) as it was.
/// </summary>
public sealed class ListingDetails
{
    public string Name { get; init; } = string.Empty;

    public string? Description { get; init; }

    public string? Url { get; init; }

    public string? Email { get; init; }

    public decimal? MinimumAge { get; init; }

    public decimal? MaximumAge { get; init; }

    /// <summary>True when free, false when there is a charge, null when the listing does not say.</summary>
    public bool? Free { get; init; }

    /// <summary>What it costs, in the owner's words.</summary>
    public string? Fees { get; init; }

    public List<ListingSession> Sessions { get; init; } = [];

    public string? Address { get; init; }

    public string? Town { get; init; }

    public string? Postcode { get; init; }

    public static ListingDetails Of(OrukService service)
    {
        var address = AddressOf(MainLocation(service));
        return new ListingDetails
        {
            Name = service.Name,
            Description = Blank(service.Description),
            Url = Blank(service.Url),
            Email = Blank(service.Email),
            MinimumAge = service.MinimumAge,
            MaximumAge = service.MaximumAge,
            Free = FreeOf(service),
            Fees = Blank(service.Fees) ?? Blank(string.Join("; ", service.CostOptions.Select(Describe).Where(d => d.Length > 0))),
            Sessions = [.. service.Schedules.Where(IsWeekly).SelectMany(s => Days(s.ByDay).Select(d => new ListingSession(d, s.OpensAt!.Value, s.ClosesAt!.Value)))],
            Address = Blank(address?.Address1),
            Town = Blank(address?.City),
            Postcode = Blank(address?.PostalCode),
        };
    }

    /// <summary>The parts that differ, in the order the edit form asks for them.</summary>
    public static IReadOnlyList<ListingPart> Differences(ListingDetails a, ListingDetails b) =>
        [.. ListingPart.All.Where(p => p.Show(a) != p.Show(b))];

    /// <summary>Writes the parts where <paramref name="proposed"/> differs from <paramref name="before"/>; returns them.</summary>
    /// <param name="place">Where the proposed postcode is, when it changed and is known.</param>
    public static IReadOnlyList<ListingPart> Apply(OrukService service, ListingDetails before, ListingDetails proposed, GeoResult? place)
    {
        var parts = Differences(before, proposed);
        foreach (var part in parts)
        {
            part.Apply(service, proposed, place);
        }

        return parts;
    }

    /// <summary>"Tuesday".</summary>
    public static string DayName(string code) =>
        CultureInfo.InvariantCulture.DateTimeFormat.GetDayName((DayOfWeek)((WeeklyHours.DayIndex(code) + 1) % 7));

    internal static OrukLocation? MainLocation(OrukService service) =>
        service.ServiceAtLocations.Select(s => s.Location).FirstOrDefault(l => l is not null);

    internal static OrukAddress? AddressOf(OrukLocation? location) =>
        location?.Addresses.FirstOrDefault(a => a.AddressType != OrukCodes.Postal) ?? location?.Addresses.FirstOrDefault();

    /// <summary>A plain weekly session (every week, on whole days, with hours): the kind the form edits.</summary>
    internal static bool IsWeekly(OrukSchedule schedule) =>
        (schedule.Freq is null || schedule.Freq.Equals(OrukCodes.Weekly, StringComparison.OrdinalIgnoreCase))
        && schedule.Interval is null or 1
        && string.IsNullOrEmpty(schedule.ByMonthDay)
        && schedule is { OpensAt: not null, ClosesAt: not null }
        && Days(schedule.ByDay).Count > 0;

    private static List<string> Days(string? byDay)
    {
        var parts = (byDay ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var days = parts.Where(p => p.Length == 2 && WeeklyHours.DayIndex(p) >= 0).Select(p => p.ToUpperInvariant()).ToList();
        return days.Count == parts.Length ? days : [];
    }

    private static bool? FreeOf(OrukService service)
    {
        if (service.CostOptions.Any(c => c.Amount > 0))
        {
            return false;
        }

        if (service.CostOptions.Any(c => c.Amount == 0 || Says(c.Option, "free")))
        {
            return true;
        }

        if (service.CostOptions.Count > 0)
        {
            return false;
        }

        return Blank(service.Fees) is { } fees ? Says(fees, "free") : null;
    }

    private static string Describe(OrukCostOption cost) => string.Join(' ', new[]
    {
        cost.Amount > 0 ? "£" + cost.Amount.Value.ToString("0.00", CultureInfo.InvariantCulture) : null,
        Says(cost.Option, "free") ? null : cost.Option,
        cost.AmountDescription,
    }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static bool Says(string? text, string word) => text?.Contains(word, StringComparison.OrdinalIgnoreCase) == true;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>
/// One part of <see cref="ListingDetails"/>: its name for people, how it reads (two details differ in a part
/// when they read differently), and how it is written to an ORUK service.
/// </summary>
public sealed class ListingPart
{
    private ListingPart(string label, Func<ListingDetails, string> show, Action<OrukService, ListingDetails, GeoResult?> apply) =>
        (Label, Show, Apply) = (label, show, apply);

    public string Label { get; }

    public Func<ListingDetails, string> Show { get; }

    public Action<OrukService, ListingDetails, GeoResult?> Apply { get; }

    public static IReadOnlyList<ListingPart> All { get; } =
    [
        new("Name", d => d.Name, (s, d, _) => s.Name = d.Name),
        new("Description", d => d.Description ?? string.Empty, (s, d, _) => s.Description = d.Description),
        new("Website", d => d.Url ?? string.Empty, (s, d, _) => s.Url = d.Url),
        new("Email", d => d.Email ?? string.Empty, (s, d, _) => s.Email = d.Email),
        new("Ages", Ages, (s, d, _) => (s.MinimumAge, s.MaximumAge) = (d.MinimumAge, d.MaximumAge)),
        new("Cost", Cost, ApplyCost),
        new("Weekly sessions", Sessions, ApplySessions),
        new("Address", d => string.Join(", ", new[] { d.Address, d.Town, d.Postcode }.OfType<string>()), ApplyAddress),
    ];

    private static string Ages(ListingDetails d) => (d.MinimumAge, d.MaximumAge) switch
    {
        (null, null) => string.Empty,
        ({ } min, null) => $"From {Number(min)}",
        (null, { } max) => $"Up to {Number(max)}",
        ({ } min, { } max) => $"{Number(min)} to {Number(max)}",
    };

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Cost(ListingDetails d) => d.Free switch
    {
        true => d.Fees is null ? "Free" : $"Free ({d.Fees})",
        false => $"There is a charge: {d.Fees}",
        null => string.Empty,
    };

    private static string Sessions(ListingDetails d) => string.Join("; ", d.Sessions
        .OrderBy(s => WeeklyHours.DayIndex(s.Day)).ThenBy(s => s.Opens).ThenBy(s => s.Closes)
        .Select(s => $"{ListingDetails.DayName(s.Day)} {Time(s.Opens)} to {Time(s.Closes)}"));

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static void ApplyCost(OrukService service, ListingDetails d, GeoResult? place)
    {
        service.Fees = d.Fees;
        service.CostOptions = d.Free switch
        {
            true => [new OrukCostOption { Id = NewId(), ServiceId = service.Id, Option = "Free", Amount = 0, AmountDescription = d.Fees }],
            false => [new OrukCostOption { Id = NewId(), ServiceId = service.Id, AmountDescription = d.Fees }],
            null => [],
        };
    }

    /// <summary>Replaces the plain weekly sessions; monthly and other schedules stay.</summary>
    private static void ApplySessions(OrukService service, ListingDetails d, GeoResult? place) =>
        service.Schedules =
        [
            .. service.Schedules.Where(s => !ListingDetails.IsWeekly(s)),
            .. d.Sessions.Select(s => new OrukSchedule
            {
                Id = NewId(),
                ServiceId = service.Id,
                Freq = OrukCodes.Weekly,
                ByDay = s.Day,
                OpensAt = s.Opens,
                ClosesAt = s.Closes,
            }),
        ];

    /// <summary>The address of the main place (made when there is none); a known new postcode moves it on the map.</summary>
    private static void ApplyAddress(OrukService service, ListingDetails d, GeoResult? place)
    {
        var blank = d.Address is null && d.Town is null && d.Postcode is null;
        var location = ListingDetails.MainLocation(service);
        if (location is null)
        {
            if (blank)
            {
                return;
            }

            location = new OrukLocation { Id = NewId(), LocationType = OrukCodes.Physical, Name = service.Name };
            service.ServiceAtLocations.Add(new OrukServiceAtLocation { Id = NewId(), ServiceId = service.Id, LocationId = location.Id, Location = location });
        }

        var address = ListingDetails.AddressOf(location);
        if (blank)
        {
            location.Addresses.Remove(address!);
            return;
        }

        if (address is null)
        {
            address = new OrukAddress { Id = NewId(), LocationId = location.Id, Country = "GB", AddressType = OrukCodes.Physical };
            location.Addresses.Add(address);
        }

        address.Address1 = d.Address ?? string.Empty;
        address.City = d.Town ?? string.Empty;
        address.PostalCode = d.Postcode ?? string.Empty;
        if (place is not null)
        {
            location.Latitude = Math.Round((decimal)place.Latitude, 6);
            location.Longitude = Math.Round((decimal)place.Longitude, 6);
        }
    }

    private static string NewId() => Guid.NewGuid().ToString();
}
