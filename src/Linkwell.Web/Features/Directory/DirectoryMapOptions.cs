namespace Linkwell.Web.Features.Directory;

/// <summary>
/// The map beside Find services' results (section <c>Directory</c>): its tile server. There is none by default,
/// so the map draws its markers on a plain background and the browser asks nobody else for anything.
/// </summary>
public sealed class DirectoryMapOptions
{
    public const string Section = "Directory";

    /// <summary>A Leaflet tile URL template, for example <c>https://tile.openstreetmap.org/{z}/{x}/{y}.png</c>.</summary>
    public string? MapTiles { get; set; }

    /// <summary>The credit the tile server asks for, shown as text under the map.</summary>
    public string? MapAttribution { get; set; }

    /// <summary>
    /// Where the tiles come from as a Content-Security-Policy source ("https://*.tile.example.org" for a
    /// <c>{s}</c> subdomain), or null without tiles. A template that is not an http(s) address stops the start.
    /// </summary>
    public string? TileSource
    {
        get
        {
            if (string.IsNullOrWhiteSpace(MapTiles))
            {
                return null;
            }

            // Placeholders are not valid in a host name; {s} stands for any subdomain.
            var probe = MapTiles.Trim().Replace("{s}", "s", StringComparison.Ordinal);
            if (!Uri.TryCreate(probe, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Host.Contains('{', StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    "Directory:MapTiles must be an http or https tile address, for example https://tile.openstreetmap.org/{z}/{x}/{y}.png.");
            }

            var host = MapTiles.Contains("//{s}.", StringComparison.Ordinal) ? "*." + uri.Host[2..] : uri.Host;
            return $"{uri.Scheme}://{host}{(uri.IsDefaultPort ? string.Empty : $":{uri.Port}")}";
        }
    }
}
