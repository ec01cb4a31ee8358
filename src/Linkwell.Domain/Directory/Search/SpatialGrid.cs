using Linkwell.Domain.Geography;

namespace Linkwell.Domain.Directory.Search;

/// <summary>
/// Places bucketed into cells of about 2 km, so "within 2 miles" visits a dozen cells and measures only the
/// places in them, instead of measuring every place in the country.
/// </summary>
public sealed class SpatialGrid
{
    private const double CellLatitude = 0.02;
    private const double CellLongitude = 0.03;

    private readonly Dictionary<long, (int Entry, int Place, double Lat, double Lon)[]> _cells;

    public SpatialGrid(IEnumerable<(int Entry, int Place, double Lat, double Lon)> points) =>
        _cells = points.GroupBy(p => Key(p.Lat, p.Lon)).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>How many places the cells around the circle hold: what <see cref="Within"/> would measure.</summary>
    public int CountNear(double latitude, double longitude, double radiusMetres)
    {
        var count = 0;
        var box = Geo.BoundingBox(latitude, longitude, radiusMetres);
        for (var row = Row(box.MinLatitude); row <= Row(box.MaxLatitude); row++)
        {
            for (var column = Column(box.MinLongitude); column <= Column(box.MaxLongitude); column++)
            {
                count += _cells.TryGetValue(Key(row, column), out var points) ? points.Length : 0;
            }
        }

        return count;
    }

    /// <summary>Each entry with a place within the radius, and the distance in metres to its nearest such place.</summary>
    public Dictionary<int, double> Within(double latitude, double longitude, double radiusMetres)
    {
        var found = new Dictionary<int, double>();
        var measure = Geo.From(latitude, longitude);
        var box = Geo.BoundingBox(latitude, longitude, radiusMetres);
        for (var row = Row(box.MinLatitude); row <= Row(box.MaxLatitude); row++)
        {
            for (var column = Column(box.MinLongitude); column <= Column(box.MaxLongitude); column++)
            {
                if (!_cells.TryGetValue(Key(row, column), out var points))
                {
                    continue;
                }

                foreach (var p in points)
                {
                    var d = measure.DistanceMetres(p.Lat, p.Lon);
                    if (d <= radiusMetres && (!found.TryGetValue(p.Entry, out var best) || d < best))
                    {
                        found[p.Entry] = d;
                    }
                }
            }
        }

        return found;
    }

    private static long Row(double latitude) => (long)Math.Floor(latitude / CellLatitude);

    private static long Column(double longitude) => (long)Math.Floor(longitude / CellLongitude);

    private static long Key(double latitude, double longitude) => Key(Row(latitude), Column(longitude));

    private static long Key(long row, long column) => (row << 32) ^ (column & 0xffffffffL);
}
