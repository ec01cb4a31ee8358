using System.Security.Cryptography;
using Linkwell.Domain.Schemes;
using Linkwell.Web.Auth;
using Linkwell.Web.Features.Directory;
using Linkwell.Web.Features.Geography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Data.Seed;

/// <summary>A demo account: the part of the address before @demo.linkwell.test, who they are, and their one role.</summary>
internal sealed record DemoAccount(string Login, string Name, string Role, bool InScheme, string? JobTitle, string? Organisation)
{
    public string Email => $"{Login}@{DemoData.EmailDomain}";
}

/// <summary>
/// The demo scheme (started with --demo): a Leeds PCN with its practices, one user per role, 50 people
/// whose referrals are in every state, and a community service directory around Leeds (<see cref="DemoDirectory"/>).
/// Created once, in one transaction; a second start adds nothing.
/// </summary>
public static class DemoData
{
    public const string SchemeName = "Leeds Central PCN Social Prescribing";
    public const string EmailDomain = "demo.linkwell.test";

    internal static readonly DemoAccount[] Accounts =
    [
        new("referrer", "Dr Amira Hussain", Roles.Referrer, true, "GP", "Park Lane Medical Practice"),
        new("linkworker", "Sam Okafor", Roles.LinkWorker, true, "Social prescribing link worker", "Leeds Central PCN"),
        new("linkworker2", "Priya Sharma", Roles.LinkWorker, true, "Social prescribing link worker", "Leeds Central PCN"),
        new("manager", "Helen Walsh", Roles.SchemeManager, true, "Social prescribing lead", "Leeds Central PCN"),
        new("provider", "Tom Brennan", Roles.ServiceProvider, true, "Volunteer coordinator", "Hyde Park Community Garden"),
        new("commissioner", "Grace Adeyemi", Roles.Commissioner, false, "Commissioning manager", "West Yorkshire ICB"),
        new("admin", "Linkwell Administrator", Roles.Admin, false, null, null),
        new("directory", "Jo Lindqvist", Roles.DirectoryManager, false, "Directory manager", "Leeds Voluntary Action"),
    ];

    public static async Task EnsureAsync(IServiceProvider services, IConfiguration configuration)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<SchemeScope>().Widen();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await OnspdSample.ImportIfEmptyAsync(scope.ServiceProvider);
        await DemoDirectory.EnsureAsync(scope.ServiceProvider, now);
        if (await db.Schemes.AnyAsync(s => s.Name == SchemeName))
        {
            await LinkDemoOwnerAsync(db);
            return;
        }

        // Identity's stores share this context, so accounts, people and referrals commit or fail together.
        await using var transaction = await db.Database.BeginTransactionAsync();
        var scheme = Scheme.Create(SchemeName, "Leeds Central Primary Care Network", ["LS1", "LS2", "LS6", "LS7"], $"socialprescribing@{EmailDomain}");
        db.Schemes.Add(scheme);
        var practices = Practices(scheme.Id);
        db.Practices.AddRange(practices);
        await db.SaveChangesAsync();

        var configured = configuration["Demo:Password"];
        var password = string.IsNullOrEmpty(configured) ? GeneratePassword() : configured;
        var staff = await CreateAccountsAsync(scope.ServiceProvider, scheme.Id, password);
        var story = new DemoStory(new Random(2026), now, scheme.Id, practices, staff);
        story.Tell();
        db.People.AddRange(story.People);
        db.Referrals.AddRange(story.Referrals);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await LinkDemoOwnerAsync(db);
        Announce(string.IsNullOrEmpty(configured) ? password : null);
    }

    /// <summary>
    /// The demo service provider keeps the listings of the organization their account names (Hyde Park Community
    /// Garden, in the demo directory), or else a Leeds one (the first by name; any organization when none is in
    /// Leeds). Left unlinked while the directory is empty, and linked on a later start once it has organizations.
    /// </summary>
    private static async Task LinkDemoOwnerAsync(AppDbContext db)
    {
        var provider = await db.Users.SingleOrDefaultAsync(u => u.Email == $"provider@{EmailDomain}");
        if (provider is null || provider.DirectoryOrganizationId is not null)
        {
            return;
        }

        var organizations = await db.Set<DirectoryOrganizationRecord>().Where(o => !o.Removed).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync();
        var own = Accounts.Single(a => a.Login == "provider").Organisation;
        var chosen = organizations.FirstOrDefault(o => o.Name == own)
            ?? organizations.FirstOrDefault(o => o.Name.Contains("Leeds", StringComparison.OrdinalIgnoreCase)) ?? organizations.FirstOrDefault();
        if (chosen is not null)
        {
            provider.DirectoryOrganizationId = chosen.Id;
            await db.SaveChangesAsync();
        }
    }

    private static List<GpPractice> Practices(Guid schemeId) =>
    [
        GpPractice.Create("B86001", "Park Lane Medical Practice", schemeId, "LS1 4AP"),
        GpPractice.Create("B86002", "Woodhouse Health Centre", schemeId, "LS2 9JT"),
        GpPractice.Create("B86003", "Hyde Park Surgery", schemeId, "LS6 1BN"),
        GpPractice.Create("B86004", "Chapeltown Family Practice", schemeId, "LS7 3HB"),
    ];

    private static async Task<DemoStaff> CreateAccountsAsync(IServiceProvider services, Guid schemeId, string password)
    {
        var accounts = services.GetRequiredService<AccountService>();
        var users = services.GetRequiredService<UserManager<LinkwellUser>>();
        var ids = new Dictionary<string, string>();
        foreach (var account in Accounts)
        {
            var result = await accounts.CreateAsync(
                new NewAccount(account.Email, account.Name, account.InScheme ? schemeId : null, [account.Role], account.JobTitle, account.Organisation), password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Could not create demo user {account.Email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }

            ids[account.Login] = (await users.FindByEmailAsync(account.Email))!.Id;
        }

        return new DemoStaff(
            Referrer: new DemoPerson(ids["referrer"], Accounts[0].Name),
            LinkWorkers: [new DemoPerson(ids["linkworker"], Accounts[1].Name), new DemoPerson(ids["linkworker2"], Accounts[2].Name)],
            Manager: new DemoPerson(ids["manager"], Accounts[3].Name));
    }

    /// <summary>20 characters with every class Identity requires; never the same twice.</summary>
    private static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnpqrstuvwxyz";
        const string digits = "23456789";
        const string symbols = "!#%+-=?@^_";
        char[] chars =
        [
            .. RandomNumberGenerator.GetString(upper, 5), .. RandomNumberGenerator.GetString(lower, 7),
            .. RandomNumberGenerator.GetString(digits, 4), .. RandomNumberGenerator.GetString(symbols, 4),
        ];
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    /// <summary>
    /// Straight to the console, not the logger: the password must not reach log files or a log service,
    /// and it is printed only on the start that created it.
    /// </summary>
    private static void Announce(string? generatedPassword)
    {
        Console.WriteLine();
        Console.WriteLine($"Demo scheme '{SchemeName}' created. Demo users:");
        foreach (var account in Accounts)
        {
            Console.WriteLine($"  {account.Email,-40} {Roles.Describe(account.Role)}");
        }

        Console.WriteLine(generatedPassword is null
            ? "Their password is the one set in Demo:Password."
            : $"Their password (shown only now): {generatedPassword}");
        Console.WriteLine();
    }
}
