using System.Globalization;
using System.Text.Json;
using Linkwell.Domain.Directory.Oruk;
using Linkwell.Domain.Referrals;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Geography;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory;

/// <summary>
/// A generated national directory for benchmarks: services of believable kinds at real postcodes from the
/// imported postcode directory, with weekly sessions, ages, costs, needs, capacity and confirmed dates.
/// Deterministic for a given seed and postcode table.
/// </summary>
public static class DirectorySample
{
    private static readonly (string Activity, NeedCategory Need)[] Kinds =
    [
        ("Walking Group", NeedCategory.PhysicalActivity), ("Community Choir", NeedCategory.Loneliness), ("Men's Shed", NeedCategory.Loneliness),
        ("Debt Advice Clinic", NeedCategory.Money), ("Food Bank", NeedCategory.Money), ("Befriending Service", NeedCategory.Loneliness),
        ("Chair Yoga", NeedCategory.PhysicalActivity), ("Art Class", NeedCategory.MentalWellbeing), ("Gardening Club", NeedCategory.MentalWellbeing),
        ("Knit and Natter", NeedCategory.Loneliness), ("Bereavement Support Group", NeedCategory.Bereavement), ("Carers' Cafe", NeedCategory.Carers),
        ("Digital Skills Drop-in", NeedCategory.Employment), ("Job Club", NeedCategory.Employment), ("Dementia Cafe", NeedCategory.Carers),
        ("Swimming for Over 60s", NeedCategory.PhysicalActivity), ("Cooking on a Budget", NeedCategory.Money), ("Anxiety Peer Support", NeedCategory.MentalWellbeing),
        ("Housing Advice", NeedCategory.Housing), ("Volunteering Hub", NeedCategory.Employment), ("Diabetes Support Group", NeedCategory.LongTermCondition),
        ("Breathe Easy Group", NeedCategory.LongTermCondition), ("Tai Chi", NeedCategory.PhysicalActivity), ("Community Allotment", NeedCategory.MentalWellbeing),
    ];

    private static readonly string[] Names =
    [
        "Riverside", "Oakfield", "St Mary's", "Northgate", "Hillside", "Parkview", "Millbrook", "Greenway", "Station Road", "Market Place",
        "Victoria", "Albion", "Meadow", "Beechwood", "Church Lane", "Castle", "Harbour", "Moorland", "Valley", "Old Town",
    ];

    private static readonly string[] Days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>Writes <paramref name="count"/> services as ndjson, placed at random live postcodes from the database.</summary>
    public static async Task<int> WriteAsync(AppDbContext db, TextWriter output, int count, int seed, DateOnly today, CancellationToken ct)
    {
        var postcodes = await db.Set<PostcodeLocation>().AsNoTracking().Where(p => !p.Terminated)
            .OrderBy(p => p.Postcode).Select(p => new { p.Postcode, p.Latitude, p.Longitude }).ToListAsync(ct);
        if (postcodes.Count == 0)
        {
            throw new InvalidOperationException("There are no postcodes to place services at: run import-postcodes first.");
        }

        var random = new Random(seed);
        var organizations = Math.Max(1, count / 3);
        for (var i = 0; i < count; i++)
        {
            // Spread a few kilometres around the postcode: the sample's postcodes sit close to district centres.
            var place = postcodes[random.Next(postcodes.Count)];
            var lat = place.Latitude + ((random.NextDouble() - 0.5) * 0.06);
            var lon = place.Longitude + ((random.NextDouble() - 0.5) * 0.1);
            var service = Service(i, i % organizations, random, place.Postcode, lat, lon, today);
            await output.WriteLineAsync(JsonSerializer.Serialize(service, OrukJson.Options));
        }

        return count;
    }

    private static OrukService Service(int n, int org, Random random, string postcode, double lat, double lon, DateOnly today)
    {
        var (activity, need) = Kinds[random.Next(Kinds.Length)];
        var name = $"{Names[random.Next(Names.Length)]} {activity}";
        var day = Days[random.Next(Days.Length)];
        var opens = new TimeOnly(9 + random.Next(11), random.Next(2) * 30);
        var id = Uuid(1, n);
        var organization = new OrukOrganization
        {
            Id = Uuid(2, org),
            Name = $"{Names[org % Names.Length]} Community Trust {org.ToString(CultureInfo.InvariantCulture)}",
            Description = "A local charity running groups and advice in its neighbourhood.",
        };
        return new OrukService
        {
            Id = id,
            OrganizationId = organization.Id,
            Organization = organization,
            Name = name,
            Description = $"{activity} for local people. Come along to meet others, get support and try something new. Everyone welcome; no need to book.",
            Status = random.Next(50) == 0 ? OrukCodes.TemporarilyClosed : OrukCodes.Active,
            Email = $"hello{n.ToString(CultureInfo.InvariantCulture)}@example.org",
            MinimumAge = random.Next(10) switch { 0 => 60, 1 or 2 => 18, _ => null },
            MaximumAge = null,
            AssuredDate = today.AddDays(-random.Next(540)),
            LastModified = new DateTimeOffset(today.AddDays(-random.Next(700)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Attributes = [new OrukAttribute { Id = Uuid(3, n), TaxonomyTermId = LinkwellTaxonomy.NeedTermId(need) }],
            CostOptions = random.Next(10) switch
            {
                < 6 => [new OrukCostOption { Id = Uuid(4, n), Option = "Free", Amount = 0 }],
                < 9 => [new OrukCostOption { Id = Uuid(4, n), Option = "Per session", Amount = 2 + random.Next(9) }],
                _ => [],
            },
            Schedules = [new OrukSchedule { Id = Uuid(5, n), Freq = OrukCodes.Weekly, ByDay = day, OpensAt = opens, ClosesAt = opens.AddHours(1 + random.Next(3)), Description = $"Every week, {opens:HH:mm}" }],
            ServiceAtLocations =
            [
                new OrukServiceAtLocation
                {
                    Id = Uuid(6, n),
                    Location = new OrukLocation
                    {
                        Id = Uuid(7, n),
                        LocationType = OrukCodes.Physical,
                        Name = $"{Names[random.Next(Names.Length)]} Community Centre",
                        Latitude = (decimal)Math.Round(lat, 6),
                        Longitude = (decimal)Math.Round(lon, 6),
                        Addresses = [new OrukAddress { Id = Uuid(8, n), Address1 = $"{1 + random.Next(200)} High Street", City = "Town", StateProvince = "England", PostalCode = postcode, Country = "GB", AddressType = OrukCodes.Physical }],
                        Accessibility = random.Next(3) == 0 ? [new OrukAccessibility { Id = Uuid(9, n), Description = "Step-free access and an accessible toilet; hearing loop." }] : [],
                    },
                },
            ],
        };
    }

    private static string Uuid(int kind, int n) => $"{kind:D8}-5a5a-4000-8000-{n.ToString("D12", CultureInfo.InvariantCulture)}";
}
