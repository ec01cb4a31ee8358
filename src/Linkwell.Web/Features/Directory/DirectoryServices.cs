namespace Linkwell.Web.Features.Directory;

public static class DirectoryServices
{
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddSingleton<DirectoryIndex>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectoryIndex>());
        services.AddScoped<DirectoryWriter>();
        services.AddScoped<DirectoryImporter>();
        services.AddOptions<DirectoryMapOptions>().BindConfiguration(DirectoryMapOptions.Section);
        return services;
    }
}
