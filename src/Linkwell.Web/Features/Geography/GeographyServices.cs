namespace Linkwell.Web.Features.Geography;

public static class GeographyServices
{
    /// <summary>Postcode geocoding from the imported ONS Postcode Directory, and its importer.</summary>
    public static IServiceCollection AddGeography(this IServiceCollection services)
    {
        services.AddSingleton<GeocoderCache>();
        services.AddScoped<IGeocoder, OnspdGeocoder>();
        services.AddScoped<OnspdImporter>();
        return services;
    }
}
