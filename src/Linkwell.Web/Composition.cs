using System.Text.Json.Serialization;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Account;
using Linkwell.Web.Features.Directory;
using Linkwell.Web.Features.Referrals;
using Linkwell.Web.Infrastructure;
using Linkwell.Web.Infrastructure.Audit;
using Linkwell.Web.Infrastructure.Email;
using Linkwell.Web.Infrastructure.Errors;
using Linkwell.Web.Infrastructure.Logging;
using Linkwell.Web.Infrastructure.Throttling;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Linkwell.Web;

/// <summary>The composition root's parts, in the order Program.cs calls them.</summary>
public static class Composition
{
    /// <summary>Largest request body accepted anywhere; a referral is a few kilobytes.</summary>
    public const long MaxRequestBodyBytes = 256 * 1024;

    public static void AddLinkwellAccounts(this WebApplicationBuilder builder, DataFolder dataFolder)
    {
        builder.Services.AddIdentity<LinkwellUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Password.RequiredUniqueChars = 6;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<LinkwellClaimsFactory>();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "linkwell";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/Account/SignIn";
            o.LogoutPath = "/Account/SignOut";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        var authentication = builder.Services.AddAuthentication()
            .AddBearerToken(TokenEndpoint.BearerScheme, o => o.BearerTokenExpiration = TokenEndpoint.Lifetime);
        ExternalSignIn.AddIfConfigured(authentication, builder.Configuration);
        builder.Services.AddAuthorizationBuilder().AddLinkwellPolicies();
        builder.Services.AddScoped<AccountService>();
        builder.Services.AddScoped<PasswordEmails>();
        builder.Services.AddDataProtection()
            .SetApplicationName("Linkwell")
            .PersistKeysToFileSystem(new DirectoryInfo(dataFolder.Resolve("keys")));
    }

    public static void AddLinkwellWeb(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.Configure<FormOptions>(o => o.ValueLengthLimit = (int)MaxRequestBodyBytes);
        builder.Services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AuthorizeFolder("/Referrals", Policies.CanRefer);
            o.Conventions.AuthorizeFolder("/Triage", Policies.CanTriage);
            o.Conventions.AuthorizeFolder("/Caseload", Policies.CanManageCaseload);
            o.Conventions.AuthorizeFolder("/People", Policies.CanManageCaseload);
            o.Conventions.AuthorizeFolder("/Audit", Policies.CanViewAudit);
            o.Conventions.AuthorizeFolder("/Admin", Policies.CanAdminister);
            o.Conventions.AuthorizePage("/Directory/Index", Policies.CanSearchDirectory);
            o.Conventions.AuthorizePage("/Directory/Service", Policies.CanSearchDirectory);
            o.Conventions.AuthorizeFolder("/Directory/Mine", Policies.CanOwnListings);
            o.Conventions.AuthorizeFolder("/Directory/Changes", Policies.CanManageDirectory);
            o.Conventions.AuthorizePage("/Directory/Services/Report", Policies.CanReportListings);
            o.Conventions.AuthorizeFolder("/Directory/Manage", Policies.CanManageDirectory);
            o.Conventions.AuthorizeFolder("/Account/Manage");
        });
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            // Enums by name only: a bare number such as "urgency": 42 is a mistake, not a value.
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddOpenApi("v1");
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }

    public static void AddLinkwellInfrastructure(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.Configure<EmailOptions>(builder.Configuration.GetSection("Email"));
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<EmailOutbox>();
        var delivery = builder.Configuration.GetValue("Email:Delivery", EmailDelivery.Folder);
        if (delivery == EmailDelivery.Smtp)
        {
            builder.Services.AddSingleton<IEmailTransport, SmtpEmailTransport>();
        }
        else
        {
            builder.Services.AddSingleton<IEmailTransport, FolderEmailTransport>();
        }

        builder.Services.AddSingleton<OutboxSender>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));
        builder.Services.AddLinkwellRateLimits(builder.Configuration);
        builder.AddLinkwellLogging();
    }

    public static void UseLinkwellPipeline(this WebApplication app)
    {
        app.UseMiddleware<RequestLogging>();
        app.UseExceptionHandler("/Error");
        app.UseWhen(c => MachinePaths.IsMachine(c.Request.Path), b => b.UseStatusCodePages());
        app.UseWhen(c => !MachinePaths.IsMachine(c.Request.Path), b => b.UseStatusCodePagesWithReExecute("/Status/{0}"));
        app.Use(SecurityHeaders.For(app.Services.GetRequiredService<IOptions<DirectoryMapOptions>>().Value.TileSource));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
    }

    public static void MapLinkwellEndpoints(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapTokenEndpoint();
        var api = app.MapGroup("/api/v1").WithTags("Linkwell API v1");
        api.MapReferralsApi();
        app.MapOrukApi();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealthChecks("/health");
    }
}
