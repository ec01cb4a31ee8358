namespace Linkwell.Web.Features.Directory.Owners;

public static class OwnerServices
{
    /// <summary>Owners keeping listings fresh: edits and approvals, reports, and the daily reminders.</summary>
    public static IServiceCollection AddDirectoryOwners(this IServiceCollection services)
    {
        services.AddSingleton<ListingFreshness>();
        services.AddScoped<OwnerMail>();
        services.AddScoped<ListingChanges>();
        services.AddScoped<ListingReports>();
        services.AddSingleton<FreshnessReminders>();
        services.AddHostedService<FreshnessSchedule>();
        return services;
    }
}
