using System.Buffers;
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

    private readonly int _entryCount;

    public SpatialGrid(int entryCount, IEnumerable<(int Entry, int Place, double Lat, double Lon)> points)
    {
        _entryCount = entryCount;
        _cells = points.GroupBy(p => Key(p.Lat, p.Lon)).ToDictionary(g => g.Key, g => g.ToArray());
    }

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

    /// <summary>
    /// Each entry with a place within the radius, with the distance to its nearest such place. Dispose the set:
    /// its buffers are pooled, so a busy search allocates next to nothing here.
    /// </summary>
    public NearbySet Within(double latitude, double longitude, double radiusMetres)
    {
        var found = new NearbySet(_entryCount);
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
                    if (d <= radiusMetres)
                    {
                        found.Add(p.Entry, d);
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

/// <summary>Entries found near a point: a bitset for "is it here?" and the entries with their distances, in pooled buffers.</summary>
public sealed class NearbySet : IDisposable
{
    private readonly ulong[] _bits;
    private int[] _entries = ArrayPool<int>.Shared.Rent(256);
    private double[] _distances = ArrayPool<double>.Shared.Rent(256);

    internal NearbySet(int entryCount)
    {
        var words = (entryCount + 63) / 64;
        _bits = ArrayPool<ulong>.Shared.Rent(Math.Max(1, words));
        Array.Clear(_bits, 0, Math.Max(1, words));
    }

    public int Count { get; private set; }

    public bool Contains(int entry) => (_bits[entry >> 6] & (1UL << (entry & 63))) != 0;

    /// <summary>Each entry once, with its nearest distance.</summary>
    public IEnumerable<(int Entry, double? Distance)> Found()
    {
        for (var k = 0; k < Count; k++)
        {
            yield return (_entries[k], _distances[k]);
        }
    }

    internal void Add(int entry, double distance)
    {
        if (Contains(entry))
        {
            // A second place of the same service (rare): keep the nearer.
            var k = Array.LastIndexOf(_entries, entry, Count - 1, Count);
            _distances[k] = Math.Min(_distances[k], distance);
            return;
        }

        _bits[entry >> 6] |= 1UL << (entry & 63);
        if (Count == _entries.Length)
        {
            _entries = Grow(_entries, Count);
            _distances = Grow(_distances, Count);
        }

        _entries[Count] = entry;
        _distances[Count] = distance;
        Count++;
    }

    public void Dispose()
    {
        ArrayPool<ulong>.Shared.Return(_bits);
        ArrayPool<int>.Shared.Return(_entries);
        ArrayPool<double>.Shared.Return(_distances);
    }

    private static T[] Grow<T>(T[] array, int count)
    {
        var bigger = ArrayPool<T>.Shared.Rent(array.Length * 2);
        Array.Copy(array, bigger, count);
        ArrayPool<T>.Shared.Return(array);
        return bigger;
    }
}
