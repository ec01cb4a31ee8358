namespace Linkwell.Web.Features.Plans;

/// <summary>The "what matters" conversation, the care and support plan and suggestions: their services.</summary>
public static class PlansModule
{
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddScoped<NeedDomainCatalog>();
        return services;
    }
}
