using Linkwell.Web;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Data.Seed;
using Linkwell.Web.Features.Directory;
using Linkwell.Web.Features.Directory.Owners;
using Linkwell.Web.Features.Geography;
using Linkwell.Web.Features.Plans;
using Linkwell.Web.Features.Referrals;
using Linkwell.Web.Infrastructure;

// Linkwell: one deployable. Read top to bottom: command line, services, pipeline, endpoints.
var command = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(command.HostArgs);
if (command.Demo)
{
    builder.Configuration["Demo:Enabled"] = "true";
}

var dataFolder = new DataFolder(builder.Configuration["Data:Folder"] ?? "data");
builder.Services.AddSingleton(dataFolder);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<SchemeScope>();
builder.Services.AddLinkwellDatabase(builder.Configuration, dataFolder);
builder.AddLinkwellAccounts(dataFolder);
builder.AddLinkwellWeb();
builder.AddLinkwellInfrastructure();
builder.Services.AddReferrals();
builder.Services.AddGeography();
builder.Services.AddDirectory(builder.Configuration);
builder.Services.AddDirectoryOwners();
builder.Services.AddPlans();

var app = builder.Build();

if (command.Name is not null)
{
    return await CommandLine.RunAsync(command, app);
}

await DatabaseSetup.PrepareAsync(app.Services, app.Configuration);
if (app.Configuration.GetValue<bool>("Demo:Enabled"))
{
    await DemoData.EnsureAsync(app.Services, app.Configuration);
}

app.UseLinkwellPipeline();
app.MapLinkwellEndpoints();
await app.RunAsync();
return 0;

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
