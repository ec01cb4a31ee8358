using System.Reflection;

namespace Linkwell.Web.Features.Directory;

public static class DirectoryServices
{
    public static IServiceCollection AddDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DirectoryIndex>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectoryIndex>());
        services.AddScoped<DirectoryWriter>();
        services.AddScoped<DirectoryImporter>();
        services.AddScoped<DirectoryExport>();
        services.AddSingleton<DirectoryDuplicates>();
        services.AddSingleton<DirectoryJobs>();
        services.AddHostedService<DirectoryImportWorker>();
        services.AddSingleton<FeedScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedScheduler>());
        services.AddScoped<FeedSync>();
        var version = typeof(DirectoryServices).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0";
        services.AddHttpClient<OrukFeedClient>(http =>
        {
            http.Timeout = configuration.GetValue("Directory:FeedTimeout", TimeSpan.FromSeconds(30));
            http.MaxResponseContentBufferSize = 64 * 1024 * 1024;
            http.DefaultRequestHeaders.UserAgent.ParseAdd($"Linkwell/{version} (ORUK feed sync)");
            http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        });
        services.AddOptions<DirectoryMapOptions>().BindConfiguration(DirectoryMapOptions.Section);
        return services;
    }
}
