using System.Text.Json;
using Linkwell.Domain.Directory.Oruk;

namespace Linkwell.Domain.Directory.Search;

/// <summary>
/// Draws a <see cref="Listing"/> from an ORUK service: its places, weekly hours, ages, cost, languages,
/// accessibility and taxonomy, and writes the ORUK JSON each endpoint serves for it.
/// </summary>
public sealed class ListingBuilder(IReadOnlyDictionary<string, OrukTaxonomyTerm> terms, DateOnly today)
{
    /// <param name="service">The full service; its <c>organization</c> is replaced by <paramref name="organization"/>.</param>
    /// <param name="capacity">The capacity status the owner set, if any.</param>
    public Listing Build(OrukService service, OrukOrganization? organization, string? capacity)
    {
        var shallowOrganization = organization is null ? null : Shallow(organization);
        service.Organization = shallowOrganization;
        var termIds = AttributesOf(service).Select(a => a.TaxonomyTermId ?? a.TaxonomyTerm?.Id).OfType<string>().Distinct().ToList();
        var termsUsed = termIds.Select(id => terms.GetValueOrDefault(id)).OfType<OrukTaxonomyTerm>().ToList();
        var locations = service.ServiceAtLocations.Select(s => s.Location).OfType<OrukLocation>().ToList();
        var schedules = SchedulesOf(service);
        return new Listing
        {
            Id = service.Id,
            Name = service.Name,
            OrganizationId = service.OrganizationId ?? organization?.Id,
            OrganizationName = organization?.Name,
            Description = service.Description,
            Status = service.Status,
            LastModified = service.LastModified,
            AssuredDate = service.AssuredDate,
            Capacity = capacity,
            TaxonomyTermIds = termIds,
            TaxonomyIds = [.. termsUsed.Select(t => t.TaxonomyId).OfType<string>().Distinct()],
            TaxonomyTermNames = [.. termsUsed.Select(t => t.Name).Concat(AttributesOf(service).Select(a => a.TaxonomyTerm?.Name).OfType<string>()).Distinct()],
            Places = [.. service.ServiceAtLocations
                .Where(s => s.Location is { Latitude: not null, Longitude: not null })
                .Select(s => new ListingPlace(s.Id, (double)s.Location!.Latitude!.Value, (double)s.Location.Longitude!.Value))],
            MinimumAge = service.MinimumAge,
            MaximumAge = service.MaximumAge,
            Hours = HoursOf(schedules),
            Schedules = schedules,
            Cost = CostOf(service),
            Languages = [.. service.Languages.Concat(locations.SelectMany(l => l.Languages))
                .SelectMany(l => new[] { l.Name, l.Code }).OfType<string>().Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct()],
            Accessibility = [.. locations.SelectMany(l => l.Accessibility).SelectMany(a => new[] { a.Description, a.Details, a.Accessibility }).OfType<string>()],
            FullJson = JsonSerializer.SerializeToUtf8Bytes(service, OrukJson.Options),
            ListJson = JsonSerializer.SerializeToUtf8Bytes(ListItem(service, shallowOrganization), OrukJson.Options),
            MinimalJson = JsonSerializer.SerializeToUtf8Bytes(new OrukService { Id = service.Id, Name = service.Name, Status = service.Status, LastModified = service.LastModified }, OrukJson.Options),
            ServiceAtLocationIds = [.. service.ServiceAtLocations.Select(s => s.Id)],
        };
    }

    /// <summary>The scalars of a service and its organization: an item of a /services page.</summary>
    public static OrukService ListItem(OrukService s, OrukOrganization? organization) => new()
    {
        Id = s.Id,
        OrganizationId = s.OrganizationId,
        Name = s.Name,
        Description = s.Description,
        Url = s.Url,
        Email = s.Email,
        Status = s.Status,
        Fees = s.Fees,
        Accreditations = s.Accreditations,
        MinimumAge = s.MinimumAge,
        MaximumAge = s.MaximumAge,
        AssuredDate = s.AssuredDate,
        AssurerEmail = s.AssurerEmail,
        Alert = s.Alert,
        LastModified = s.LastModified,
        Organization = organization,
    };

    /// <summary>An organization's own fields: an item of an /organizations page.</summary>
    public static OrukOrganization ListItem(OrukOrganization o) => new()
    {
        Id = o.Id,
        Name = o.Name,
        Description = o.Description,
        Email = o.Email,
        Website = o.Website,
        Logo = o.Logo,
        Uri = o.Uri,
        ParentOrganizationId = o.ParentOrganizationId,
    };

    /// <summary>An organization without its services, as it appears inside a service.</summary>
    public static OrukOrganization Shallow(OrukOrganization o)
    {
        var shallow = ListItem(o);
        shallow.OrganizationIdentifiers = o.OrganizationIdentifiers;
        shallow.Attributes = o.Attributes;
        return shallow;
    }

    /// <summary>GET /service_at_locations/{id}: the place, and the service without its other places.</summary>
    public static OrukServiceAtLocation ServiceAtLocation(OrukServiceAtLocation sal, OrukService service)
    {
        var item = ListItem(service, service.Organization);
        item.Schedules = service.Schedules;
        item.ServiceAreas = service.ServiceAreas;
        item.Languages = service.Languages;
        item.Funding = service.Funding;
        item.CostOptions = service.CostOptions;
        item.Contacts = service.Contacts;
        item.Attributes = service.Attributes;
        return new OrukServiceAtLocation
        {
            Id = sal.Id,
            ServiceId = service.Id,
            LocationId = sal.LocationId ?? sal.Location?.Id,
            Location = sal.Location,
            Service = item,
            Schedules = sal.Schedules,
        };
    }

    private static IEnumerable<OrukAttribute> AttributesOf(OrukService service) => service.Attributes;

    private static List<OrukSchedule> SchedulesOf(OrukService service) =>
    [
        .. service.Schedules,
        .. service.ServiceAtLocations.SelectMany(s => s.Schedules),
        .. service.ServiceAtLocations.Select(s => s.Location).OfType<OrukLocation>().SelectMany(l => l.Schedules),
    ];

    /// <summary>Weekly (and monthly, counted on their weekday) sessions still valid today.</summary>
    private WeeklyHours HoursOf(List<OrukSchedule> schedules)
    {
        var hours = WeeklyHours.None;
        foreach (var schedule in schedules)
        {
            if (schedule.ValidTo < today || string.IsNullOrWhiteSpace(schedule.ByDay))
            {
                continue;
            }

            // "MO,WE", and for monthly rules "1TU" or "-1FR": the weekday is what a person plans around.
            var days = schedule.ByDay.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(d => WeeklyHours.DayIndex(d.TrimStart('+', '-', '0', '1', '2', '3', '4', '5')))
                .Where(d => d >= 0).ToList();
            hours = hours.Union(WeeklyHours.Open(days, schedule.OpensAt ?? TimeOnly.MinValue, schedule.ClosesAt ?? TimeOnly.MinValue));
        }

        return hours;
    }

    private static CostKind CostOf(OrukService service)
    {
        if (service.CostOptions.Any(c => c.Amount > 0))
        {
            return CostKind.Paid;
        }

        if (service.CostOptions.Any(c => c.Amount == 0 || Says(c.Option, "free") || Says(c.AmountDescription, "free")) || Says(service.Fees, "free"))
        {
            return CostKind.Free;
        }

        return service.CostOptions.Count > 0 || !string.IsNullOrWhiteSpace(service.Fees) ? CostKind.Paid : CostKind.NotStated;
    }

    private static bool Says(string? text, string word) => text?.Contains(word, StringComparison.OrdinalIgnoreCase) == true;
}
