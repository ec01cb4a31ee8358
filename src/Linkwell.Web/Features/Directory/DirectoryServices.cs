namespace Linkwell.Web.Features.Directory;

public static class DirectoryServices
{
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddSingleton<DirectoryIndex>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectoryIndex>());
        services.AddScoped<DirectoryWriter>();
        services.AddScoped<DirectoryImporter>();
        services.AddOptions<DirectorySearchOptions>().BindConfiguration(DirectorySearchOptions.Section)
            .Validate(o => o.FlagAfterMonths > 0 && o.HideAfterMonths > 0, "Directory:FlagAfterMonths and Directory:HideAfterMonths must be at least 1.")
            .ValidateOnStart();
        return services;
    }
}
