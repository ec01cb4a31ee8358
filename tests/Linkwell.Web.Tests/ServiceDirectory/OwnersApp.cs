using System.Globalization;
using System.Text.Json;
using Linkwell.Domain.Directory.Oruk;
using Linkwell.Web.Auth;
using Linkwell.Web.Features.Directory;
using Linkwell.Web.Features.Directory.Owners;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Tests.Geography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Linkwell.Web.Tests.ServiceDirectory;

/// <summary>An organization of the directory made for one test, with its services and an owner.</summary>
public sealed record TestOrganization(string Id, string Name, string OwnerEmail, IReadOnlyList<string> Services)
{
    public string Service => Services[0];
}

/// <summary>
/// The application for owners' tests: each test makes its own organizations, services and people, so tests
/// share nothing. The daily reminder schedule is off; tests run the reminders with a clock of their own.
/// </summary>
public sealed class OwnersApp : LinkwellApp
{
    private static int _sequence;

    public static DateOnly Today => UkTime.Today(TimeProvider.System);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await this.ImportPostcodesAsync(TestOnspd.Csv);
    }

    /// <summary>An organization with imported services (confirmed on the dates given) and an owner who can sign in.</summary>
    public async Task<TestOrganization> NewOrganizationAsync(params DateOnly?[] confirmed)
    {
        var n = Interlocked.Increment(ref _sequence);
        var organization = new OrukOrganization { Id = Guid.NewGuid().ToString(), Name = $"Community Trust {n}", Description = "Groups for everyone." };
        var services = (confirmed.Length == 0 ? [Today] : confirmed).Select((on, i) => Service(organization, $"Walking group {n}-{i + 1}", on)).ToList();
        await using (var scope = Services.CreateAsyncScope())
        {
            var json = string.Join('\n', services.Select(s => OrukJson.Serialize(s)));
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
            var report = await scope.ServiceProvider.GetRequiredService<DirectoryImporter>().ImportJsonAsync($"owners-{n}.ndjson", stream, null, null, null, default);
            Assert.Equal(DirectoryImportState.Succeeded, report.State);
        }

        var owner = await NewUserAsync(Roles.ServiceProvider, organization.Id);
        return new TestOrganization(organization.Id, organization.Name, owner, [.. services.Select(s => s.Id)]);
    }

    /// <summary>A user with one role who can sign in with <see cref="TestScheme.Password"/>; returns their e-mail.</summary>
    public async Task<string> NewUserAsync(string role, string? directoryOrganizationId = null)
    {
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@example.org";
        await using var scope = WideScope(out _);
        var created = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateAsync(new NewAccount(email, $"{role} {email[..12]}", null, [role], null, null, directoryOrganizationId), TestScheme.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return email;
    }

    /// <summary>GET /oruk/services/{id} as JSON.</summary>
    public async Task<JsonElement> OrukServiceAsync(string id)
    {
        using var http = CreateClient();
        var json = await http.GetStringAsync(new Uri($"/oruk/services/{id}", UriKind.Relative));
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    public Task<List<string>> OutboxSubjectsToAsync(string email) =>
        WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.CreatedUtc).Select(m => m.Subject).ToListAsync());

    public Task<List<DirectoryChangeRequest>> ChangeRequestsAsync(string serviceId) =>
        WithDbAsync(db => db.Set<DirectoryChangeRequest>().AsNoTracking().Where(r => r.ServiceId == serviceId).ToListAsync());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var schedule = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(FreshnessSchedule));
            services.Remove(schedule);
        });
    }

    /// <summary>An active service meeting on Tuesday mornings in Leeds.</summary>
    private static OrukService Service(OrukOrganization organization, string name, DateOnly? confirmed)
    {
        var id = Guid.NewGuid().ToString();
        var location = new OrukLocation
        {
            Id = Guid.NewGuid().ToString(),
            LocationType = OrukCodes.Physical,
            Name = "Park Lane hall",
            Latitude = 53.7996m,
            Longitude = -1.5491m,
            Addresses = [new OrukAddress { Id = Guid.NewGuid().ToString(), Address1 = "1 Park Lane", City = "Leeds", StateProvince = "West Yorkshire", PostalCode = "LS1 4AP", Country = "GB", AddressType = OrukCodes.Physical }],
        };
        return new OrukService
        {
            Id = id,
            OrganizationId = organization.Id,
            Organization = organization,
            Name = name,
            Description = "A gentle walk and a cup of tea.",
            Status = OrukCodes.Active,
            AssuredDate = confirmed,
            LastModified = DateTimeOffset.Parse("2024-01-01T09:00:00Z", CultureInfo.InvariantCulture),
            Schedules = [new OrukSchedule { Id = Guid.NewGuid().ToString(), Freq = OrukCodes.Weekly, ByDay = "TU", OpensAt = new TimeOnly(10, 0), ClosesAt = new TimeOnly(11, 30) }],
            ServiceAtLocations = [new OrukServiceAtLocation { Id = Guid.NewGuid().ToString(), ServiceId = id, Location = location }],
        };
    }
}
