namespace Linkwell.Web.Data.Seed;

/// <summary>The demo scheme (started with --demo). Filled in by the demo work item.</summary>
public static class DemoData
{
    public static Task EnsureAsync(IServiceProvider services, IConfiguration configuration) => Task.CompletedTask;
}
