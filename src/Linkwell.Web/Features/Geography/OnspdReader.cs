using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Linkwell.Domain.People;

namespace Linkwell.Web.Features.Geography;

/// <summary>
/// Reads the ONS Postcode Directory CSV a row at a time. Columns are found by header name, case-insensitively and in
/// the spellings of different editions (<c>ctry</c> or <c>ctry25cd</c>, <c>lsoa21</c> or <c>lsoa21cd</c>, <c>imd</c>
/// or <c>imd19ind</c>); each row becomes a <see cref="PostcodeLocation"/> or a reason to skip it.
/// </summary>
internal sealed class OnspdReader : IDisposable
{
    /// <summary>The English Indices of Deprivation rank 32,844 LSOAs; Wales, Scotland and Northern Ireland rank their own.</summary>
    public const int EnglishLsoaCount = 32_844;

    private static readonly Column PostcodeColumn = new("pcds", "^pcds$");
    private static readonly Column LatitudeColumn = new("lat", "^lat$");
    private static readonly Column LongitudeColumn = new("long", "^long$");
    private static readonly Column TerminatedColumn = new("doterm", "^doterm$");
    private static readonly Column CountryColumn = new("ctry", "^ctry([0-9]{2}cd)?$");
    private static readonly Column LsoaColumn = new("lsoa21", "^lsoa21(cd)?$", "^lsoa11(cd)?$");
    private static readonly Column ImdColumn = new("imd", "^imd([0-9]{2}ind)?$");

    private readonly Stream _stream;
    private readonly StreamReader _reader;
    private readonly Range[] _fields;
    private readonly int _postcode;
    private readonly int _latitude;
    private readonly int _longitude;
    private readonly int _terminated;
    private readonly int _country;
    private readonly int _lsoa;
    private readonly int _imd;

    // Postcodes already read, packed into numbers: a few tens of megabytes for the whole directory.
    private readonly HashSet<long> _seen = [];

    private OnspdReader(Stream stream, StreamReader reader, IReadOnlyList<string> header)
    {
        _stream = stream;
        _reader = reader;
        var missing = new[] { PostcodeColumn, LatitudeColumn, LongitudeColumn }.Where(c => c.IndexIn(header) < 0).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException(
                $"This is not an ONS Postcode Directory CSV file: its first row has no {string.Join(", ", missing)} column. " +
                "Use the single-file CSV of the ONSPD (columns pcds, lat, long, lsoa21, imd, ...).");
        }

        _postcode = PostcodeColumn.IndexIn(header);
        _latitude = LatitudeColumn.IndexIn(header);
        _longitude = LongitudeColumn.IndexIn(header);
        _terminated = TerminatedColumn.IndexIn(header);
        _country = CountryColumn.IndexIn(header);
        _lsoa = LsoaColumn.IndexIn(header);
        _imd = ImdColumn.IndexIn(header);
        _fields = new Range[new[] { _postcode, _latitude, _longitude, _terminated, _country, _lsoa, _imd }.Max() + 1];
    }

    /// <summary>Data rows read so far (blank lines aside).</summary>
    public long RowsRead { get; private set; }

    /// <summary>How far into the stream the reader has got; 0 when the stream cannot tell.</summary>
    public long BytesRead => _stream.CanSeek ? _stream.Position : 0;

    public long? TotalBytes => _stream.CanSeek ? _stream.Length : null;

    /// <summary>Reads the header row; refuses a file without the postcode and coordinate columns.</summary>
    public static OnspdReader Open(Stream stream)
    {
        var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        try
        {
            var line = reader.ReadLine() ?? throw new InvalidDataException("The file is empty: expected the ONS Postcode Directory CSV, starting with its header row.");
            var fields = new Range[1024];
            var count = CsvLine.Split(line, fields);
            var header = fields[..count].Select(f => line[f].Trim()).ToList();
            return new OnspdReader(stream, reader, header);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The next row: false at the end of the file; otherwise <paramref name="location"/> is the row to load, or null
    /// and <paramref name="skipped"/> says why not.
    /// </summary>
    public bool Read(out PostcodeLocation? location, out SkipReason skipped)
    {
        location = null;
        skipped = default;
        string? line;
        do
        {
            line = _reader.ReadLine();
            if (line is null)
            {
                return false;
            }
        }
        while (line.Length == 0);

        RowsRead++;
        if (CsvLine.Split(line, _fields) < _fields.Length)
        {
            skipped = SkipReason.MalformedRow;
            return true;
        }

        if (!Postcode.TryNormalise(Field(line, _postcode).ToString(), out var postcode))
        {
            skipped = SkipReason.MalformedPostcode;
            return true;
        }

        var coordinates = Coordinates(Field(line, _latitude), Field(line, _longitude), out var latitude, out var longitude);
        if (coordinates is not null)
        {
            skipped = coordinates.Value;
            return true;
        }

        if (!_seen.Add(Pack(postcode)))
        {
            skipped = SkipReason.DuplicatePostcode;
            return true;
        }

        var lsoa = Field(line, _lsoa);
        var country = Field(line, _country);
        var england = _country >= 0 ? country.StartsWith("E92", StringComparison.Ordinal) : lsoa.StartsWith("E", StringComparison.Ordinal);
        location = new PostcodeLocation
        {
            Postcode = postcode,
            Latitude = latitude,
            Longitude = longitude,
            Lsoa = lsoa.Length is > 0 and <= 9 ? lsoa.ToString() : null,
            ImdDecile = england ? ImdDecile(Field(line, _imd)) : null,
            Terminated = !Field(line, _terminated).IsEmpty,
        };
        return true;
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>1 for the most deprived tenth of English LSOAs (ranks 1 to 3,284) to 10 for the least.</summary>
    internal static byte? ImdDecile(ReadOnlySpan<char> rank) =>
        int.TryParse(rank, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= EnglishLsoaCount
            ? (byte)(((r * 10L) + EnglishLsoaCount - 1) / EnglishLsoaCount)
            : null;

    /// <summary>Null when both are usable; the directory writes 99.999999, 0.000000 where there is no grid reference.</summary>
    private static SkipReason? Coordinates(ReadOnlySpan<char> lat, ReadOnlySpan<char> lon, out double latitude, out double longitude)
    {
        longitude = 0;
        if (!double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out latitude))
        {
            return lat.IsEmpty ? SkipReason.NoCoordinates : SkipReason.MalformedRow;
        }

        if (latitude is > 90 or < -90)
        {
            return SkipReason.NoCoordinates;
        }

        if (!double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out longitude))
        {
            return lon.IsEmpty ? SkipReason.NoCoordinates : SkipReason.MalformedRow;
        }

        return longitude is > 180 or < -180 ? SkipReason.MalformedRow : null;
    }

    private ReadOnlySpan<char> Field(string line, int index) => index < 0 ? [] : line.AsSpan(_fields[index]).Trim();

    /// <summary>A normalised postcode (at most 8 of A–Z, 0–9 and space) as a number, uniquely.</summary>
    private static long Pack(string postcode)
    {
        long packed = 0;
        foreach (var c in postcode)
        {
            packed = (packed * 37) + (c == ' ' ? 0 : char.IsAsciiDigit(c) ? c - '0' + 1 : c - 'A' + 11);
        }

        return packed;
    }

    /// <summary>A column and the header names it goes by, in order of preference.</summary>
    private sealed class Column(string name, params string[] patterns)
    {
        private readonly Regex[] _patterns = [.. patterns.Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))];

        public string Name => name;

        public int IndexIn(IReadOnlyList<string> header)
        {
            foreach (var pattern in _patterns)
            {
                for (var i = 0; i < header.Count; i++)
                {
                    if (pattern.IsMatch(header[i]))
                    {
                        return i;
                    }
                }
            }

            return -1;
        }
    }
}

/// <summary>
/// Splits a CSV line into fields without copying. Quoted fields may hold commas and doubled quotes; a field that
/// spans lines is not supported (the ONSPD has none).
/// </summary>
internal static class CsvLine
{
    /// <summary>Fills <paramref name="fields"/> from the left (quotes excluded) and returns how many it filled.</summary>
    public static int Split(ReadOnlySpan<char> line, Span<Range> fields)
    {
        var count = 0;
        var position = 0;
        while (count < fields.Length)
        {
            int start;
            int end;
            if (position < line.Length && line[position] == '"')
            {
                start = position + 1;
                end = ClosingQuote(line, start);
                position = end + 1;
                var comma = line[Math.Min(position, line.Length)..].IndexOf(',');
                position = comma < 0 ? line.Length : position + comma;
            }
            else
            {
                start = position;
                var comma = line[position..].IndexOf(',');
                end = comma < 0 ? line.Length : position + comma;
                position = end;
            }

            fields[count++] = new Range(start, end);
            if (position >= line.Length)
            {
                break;
            }

            position++;
        }

        return count;
    }

    private static int ClosingQuote(ReadOnlySpan<char> line, int from)
    {
        var i = from;
        while (true)
        {
            var quote = line[i..].IndexOf('"');
            if (quote < 0)
            {
                return line.Length;
            }

            i += quote;
            if (i + 1 < line.Length && line[i + 1] == '"')
            {
                i += 2;
                continue;
            }

            return i;
        }
    }
}
