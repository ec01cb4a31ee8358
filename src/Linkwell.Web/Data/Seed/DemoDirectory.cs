using System.Globalization;
using Linkwell.Domain.Directory.Oruk;
using Linkwell.Domain.Geography;
using Linkwell.Domain.Referrals;
using Linkwell.Web.Features.Directory;
using Linkwell.Web.Features.Geography;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Data.Seed;

/// <summary>
/// The demo's community service directory: about 150 services from some forty Leeds organizations across every
/// need, at postcodes of the imported postcode directory, with weekly and monthly sessions, free and paid, every
/// capacity status, a few not confirmed for over six months (flagged) and a few for over a year (left out of
/// searches). Written through <see cref="DirectoryWriter"/> like any import, so every search index picks it up.
/// The same seed gives the same directory, with its dates relative to today.
/// </summary>
internal sealed class DemoDirectory(Random random, DateTime nowUtc)
{
    /// <summary>
    /// The walk the browser journey looks for: the one walking group on Tuesday mornings within two miles of every
    /// district the demo scheme covers (LS1, LS2, LS6 and LS7), so whichever person a link worker starts from, it is
    /// the answer. Set between those districts.
    /// </summary>
    public const string JourneyWalk = "Woodhouse Health Walk";

    private static readonly (double Latitude, double Longitude) JourneyWalkPlace = (53.8111, -1.5485);

    private static readonly DemoProgramme Journey = new("walks", JourneyWalk, [NeedCategory.PhysicalActivity, NeedCategory.Loneliness],
        "A friendly walking group for all abilities: an hour round Woodhouse Moor and back at an easy pace, led by a trained volunteer, then tea at the community centre.",
        "free", [("LS2", "TU 10:00-11:30")], Access: ["Step-free access", "Seating available throughout"]);

    /// <summary>A Tuesday-morning walk nobody has confirmed for over a year: searches leave it out.</summary>
    private static readonly DemoProgramme Unconfirmed = new("walks", "Meanwood Valley Health Walk", [NeedCategory.PhysicalActivity],
        "A walking group along the Meanwood Valley Trail, about an hour and a half with some slopes.", "free", [("LS7", "TU 10:00-11:30")]);

    private readonly DateOnly _today = DateOnly.FromDateTime(nowUtc);

    public List<OrukService> Services { get; } = [];

    /// <summary>The capacity status each service's owner set, by service id (some never set one).</summary>
    public Dictionary<string, string> Capacities { get; } = [];

    /// <summary>Adds the demo directory when the directory has no services yet.</summary>
    public static async Task EnsureAsync(IServiceProvider scopedServices, DateTime nowUtc, CancellationToken ct = default)
    {
        var db = scopedServices.GetRequiredService<AppDbContext>();
        if (await db.Set<DirectoryServiceRecord>().AnyAsync(ct))
        {
            return;
        }

        var postcodes = await db.PostcodeLocations.AsNoTracking()
            .Where(p => p.Postcode.StartsWith("LS") && !p.Terminated)
            .Select(p => new DemoPostcode(p.Postcode, p.Latitude, p.Longitude))
            .ToListAsync(ct);
        var directory = new DemoDirectory(new Random(2026), nowUtc);
        directory.Build(postcodes);
        var writer = scopedServices.GetRequiredService<DirectoryWriter>();
        await writer.UpsertAsync(new DirectoryBatch([], directory.Services, [], []), null, ct);
        foreach (var (serviceId, capacity) in directory.Capacities)
        {
            await writer.SetCapacityAsync(serviceId, capacity, ct);
        }
    }

    public void Build(IReadOnlyList<DemoPostcode> postcodes)
    {
        var byDistrict = postcodes.GroupBy(p => p.Postcode.Split(' ')[0]).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Postcode, StringComparer.Ordinal).ToList());
        var organizations = DemoDirectoryText.Organizations.ToDictionary(o => o.Key, o => (o, Organization(o)));
        foreach (var programme in DemoDirectoryText.Programmes)
        {
            AddServices(programme, organizations[programme.Organization], byDistrict, stale: null);
        }

        AddServices(Journey, organizations[Journey.Organization], byDistrict, stale: false, place: JourneyWalkPlace);
        AddServices(Unconfirmed, organizations[Unconfirmed.Organization], byDistrict, stale: true);
        Capacities[Services.First(s => s.Name == JourneyWalk).Id] = "capacity";
    }

    /// <summary>One service per district the programme runs in (or one with no place), each with its sessions there.</summary>
    private void AddServices(DemoProgramme programme, (DemoOrganization Words, OrukOrganization Record) organization, Dictionary<string, List<DemoPostcode>> postcodes, bool? stale, (double, double)? place = null)
    {
        var districts = programme.Places.GroupBy(p => p.District).ToList();
        if (districts.Count == 0)
        {
            Services.Add(Service(programme, organization, programme.Name, [], stale));
            return;
        }

        foreach (var district in districts)
        {
            var area = DemoDirectoryText.Areas[district.Key];
            var name = programme.Name.Contains("{Area}", StringComparison.Ordinal) || districts.Count == 1
                ? programme.Name.Replace("{Area}", area, StringComparison.Ordinal)
                : $"{programme.Name} ({area})";
            var service = Service(programme, organization, name, [.. district.Select(p => p.When)], stale);
            service.ServiceAtLocations.Add(Place(service, programme, district.Key, area, postcodes, place));
            Services.Add(service);
        }
    }

    private OrukService Service(DemoProgramme programme, (DemoOrganization Words, OrukOrganization Record) organization, string name, List<string> sessions, bool? stale)
    {
        var id = NewId();
        var assured = Assured(stale);
        var service = new OrukService
        {
            Id = id,
            OrganizationId = organization.Record.Id,
            Organization = organization.Record,
            Name = name,
            Description = programme.Description,
            Status = OrukCodes.Active,
            Email = $"{Slug(name)}@{Slug(organization.Record.Name)}.example.org",
            Url = $"{organization.Record.Website}/{Slug(name)}",
            MinimumAge = programme.MinimumAge ?? 18,
            MaximumAge = programme.MaximumAge,
            AssuredDate = assured,
            LastModified = new DateTimeOffset(assured.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
            Attributes = [.. programme.Needs.Select(n => new OrukAttribute { Id = NewId(), LinkId = id, LinkType = "service", TaxonomyTermId = LinkwellTaxonomy.NeedTermId(n) })],
            CostOptions = [Cost(id, programme.Cost)],
            Languages = [.. (programme.Languages ?? ["English"]).Select(l => new OrukLanguage { Id = NewId(), ServiceId = id, Name = l })],
            Contacts =
            [
                new OrukContact
                {
                    Id = NewId(),
                    ServiceId = id,
                    Name = DemoText.Pick(random, DemoDirectoryText.ContactNames),
                    Title = organization.Words.Contact,
                    Phones = [new OrukPhone { Id = NewId(), Number = $"0113 496 0{random.Next(0, 1000):000}" }],
                },
            ],
        };
        service.Schedules = [.. sessions.Where(s => s.Length > 0).Select(s => Schedule(id, s))];

        // One in twelve owners has not said how full they are; the rest mostly have room.
        var roll = random.Next(100);
        var capacity = roll switch
        {
            < 8 => null,
            < 62 => "capacity",
            < 80 => "waitlist",
            < 92 => "no-capacity",
            _ => "additional-assessment-required",
        };
        if (capacity is not null)
        {
            Capacities[id] = capacity;
        }

        return service;
    }

    /// <summary>Mostly confirmed in the last five months; one in ten 6 to 11 months ago (flagged); one in twenty over a year (hidden).</summary>
    private DateOnly Assured(bool? stale)
    {
        var roll = random.Next(100);
        var monthsAgo = stale switch
        {
            true => 14,
            false => 0,
            null => roll < 5 ? random.Next(13, 20) : roll < 15 ? random.Next(6, 12) : random.Next(0, 5),
        };
        return _today.AddMonths(-monthsAgo).AddDays(-random.Next(0, 25));
    }

    private OrukServiceAtLocation Place(OrukService service, DemoProgramme programme, string district, string area, Dictionary<string, List<DemoPostcode>> postcodes, (double Latitude, double Longitude)? fixedPlace)
    {
        var known = postcodes.GetValueOrDefault(district) ?? [];
        var postcode = fixedPlace is { } at && known.Count > 0
            ? known.MinBy(p => Geo.DistanceMetres(at.Latitude, at.Longitude, p.Latitude, p.Longitude))
            : known.Count > 0 ? DemoText.Pick(random, known) : null;
        var centroid = OnspdSample.Districts.Single(d => d.Code == district);
        var (latitude, longitude) = fixedPlace ?? (postcode is null ? (centroid.Latitude, centroid.Longitude) : (postcode.Latitude, postcode.Longitude));
        var venue = programme.Venue.Replace("{Area}", area, StringComparison.Ordinal);
        var locationId = NewId();
        var access = programme.Access ?? [.. DemoDirectoryText.AccessChoices.Where(_ => random.Next(3) > 0)];
        return new OrukServiceAtLocation
        {
            Id = NewId(),
            ServiceId = service.Id,
            LocationId = locationId,
            Location = new OrukLocation
            {
                Id = locationId,
                LocationType = OrukCodes.Physical,
                Name = venue,
                Latitude = (decimal)Math.Round(latitude, 6),
                Longitude = (decimal)Math.Round(longitude, 6),
                Addresses =
                [
                    new OrukAddress
                    {
                        Id = NewId(),
                        LocationId = locationId,
                        Address1 = venue,
                        City = "Leeds",
                        StateProvince = "West Yorkshire",
                        PostalCode = postcode?.Postcode ?? district,
                        Country = "GB",
                        AddressType = OrukCodes.Physical,
                    },
                ],
                Accessibility = [.. access.Select(a => new OrukAccessibility { Id = NewId(), LocationId = locationId, Description = a })],
            },
        };
    }

    /// <summary>"TU 10:00-11:30", "MO,TH 12:00-14:00", or monthly "1TU 10:00-12:00" and "-1FR 14:00-16:00".</summary>
    private OrukSchedule Schedule(string serviceId, string when)
    {
        var (days, hours) = (when.Split(' ')[0], when.Split(' ')[1].Split('-'));
        return new OrukSchedule
        {
            Id = NewId(),
            ServiceId = serviceId,
            Freq = char.IsLetter(days[0]) ? OrukCodes.Weekly : OrukCodes.Monthly,
            ByDay = days,
            OpensAt = TimeOnly.Parse(hours[0], CultureInfo.InvariantCulture),
            ClosesAt = TimeOnly.Parse(hours[1], CultureInfo.InvariantCulture),
            ValidFrom = _today.AddYears(-1),
        };
    }

    private OrukCostOption Cost(string serviceId, string cost) =>
        cost == "free"
            ? new OrukCostOption { Id = NewId(), ServiceId = serviceId, Option = "Free", Amount = 0, AmountDescription = "Free" }
            : new OrukCostOption
            {
                Id = NewId(),
                ServiceId = serviceId,
                Option = "Per session",
                Amount = decimal.Parse(cost, CultureInfo.InvariantCulture),
                AmountDescription = $"£{decimal.Parse(cost, CultureInfo.InvariantCulture):0.00} a session",
            };

    private OrukOrganization Organization(DemoOrganization o) => new()
    {
        Id = NewId(),
        Name = o.Name,
        Description = o.Description,
        Email = $"hello@{Slug(o.Name)}.example.org",
        Website = $"https://{Slug(o.Name)}.example.org",
    };

    /// <summary>A version 4 UUID from the seeded random, so the same seed gives the same ids.</summary>
    private string NewId()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }

    private static string Slug(string name) =>
        string.Concat(name.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == ' ')).Replace(' ', '-');
}

/// <summary>A postcode of the imported postcode directory where a demo service can be.</summary>
internal sealed record DemoPostcode(string Postcode, double Latitude, double Longitude);
