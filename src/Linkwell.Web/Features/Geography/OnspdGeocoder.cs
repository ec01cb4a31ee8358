using Linkwell.Domain.People;
using Linkwell.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Linkwell.Web.Features.Geography;

/// <summary>
/// Geocodes from the imported ONS Postcode Directory. A full postcode that is unknown or terminated, or an outward
/// code on its own, falls back to the district's centroid.
/// </summary>
internal sealed class OnspdGeocoder(AppDbContext db, GeocoderCache cache) : IGeocoder
{
    public async ValueTask<GeoResult?> LocateAsync(string postcodeOrDistrict, CancellationToken ct)
    {
        var full = Postcode.TryNormalise(postcodeOrDistrict, out var key);
        if (!full && !Postcode.TryNormaliseDistrict(postcodeOrDistrict, out key))
        {
            return null;
        }

        if (cache.TryGet(key, out var cached))
        {
            return cached;
        }

        var result = full ? await PostcodeAsync(key, ct) : null;
        result ??= await DistrictAsync(full ? Postcode.District(key) : key, ct);
        cache.Set(key, result);
        return result;
    }

    private Task<GeoResult?> PostcodeAsync(string postcode, CancellationToken ct) =>
        db.PostcodeLocations.AsNoTracking()
            .Where(p => p.Postcode == postcode && !p.Terminated)
            .Select(p => new GeoResult(p.Latitude, p.Longitude, GeoPrecision.Postcode, p.Lsoa, p.ImdDecile))
            .SingleOrDefaultAsync(ct);

    private Task<GeoResult?> DistrictAsync(string district, CancellationToken ct) =>
        db.PostcodeDistricts.AsNoTracking()
            .Where(d => d.District == district)
            .Select(d => new GeoResult(d.Latitude, d.Longitude, GeoPrecision.District, null, null))
            .SingleOrDefaultAsync(ct);
}

/// <summary>
/// Recent answers, unknown postcodes included, so a search does not ask the database each time. Its own cache with
/// a size limit (not the shared IMemoryCache, where a limit would bind every other user); emptied by each import.
/// </summary>
public sealed class GeocoderCache : IDisposable
{
    public const int Capacity = 20_000;

    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private static readonly object Unknown = new();

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public bool TryGet(string key, out GeoResult? result)
    {
        var found = _cache.TryGetValue(key, out var value);
        result = value as GeoResult;
        return found;
    }

    public void Set(string key, GeoResult? result) =>
        _cache.Set(key, result ?? Unknown, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });

    public void Clear() => _cache.Clear();

    public void Dispose() => _cache.Dispose();
}
