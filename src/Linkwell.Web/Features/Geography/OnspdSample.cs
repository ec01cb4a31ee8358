using System.Globalization;
using System.Text;
using Linkwell.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Geography;

/// <summary>
/// A synthetic ONS Postcode Directory in the real file's layout, the same for the same seed: real English postcode
/// districts at their approximate centroids, each with made-up postcodes scattered within about 1.5 km, a made-up
/// LSOA every 15 postcodes with a deprivation rank, and a few terminated postcodes and some without coordinates, as
/// in the real file. Always holds LS1 4AP at Leeds city centre. For the demo, tests, benchmarks and
/// <c>generate-postcodes</c>; never for real use.
/// </summary>
public static class OnspdSample
{
    public const int DefaultSeed = 2026;

    /// <summary>Postcodes per district for the demo: a few thousand in all, imported in well under a second.</summary>
    public const int DemoPerDistrict = 20;

    public const string LeedsCityCentre = "LS1 4AP";
    public const double LeedsLatitude = 53.7996;
    public const double LeedsLongitude = -1.5491;

    /// <summary>The columns of the ONSPD single CSV file (2024 editions), so a sample is as wide as the real thing.</summary>
    public const string Header =
        "pcd,pcd2,pcds,dointr,doterm,oscty,ced,oslaua,osward,parish,usertype,oseast1m,osnrth1m,osgrdind,oshlthau,nhser,ctry,rgn," +
        "streg,pcon,eer,teclec,ttwa,pct,itl,statsward,oa01,casward,npark,lsoa01,msoa01,ur01ind,oac01,oa11,lsoa11,msoa11,wz11," +
        "sicbl,bua24,ru11ind,oac11,lat,long,lep1,lep2,pfa,imd,calncv,icb,oa21,lsoa21,msoa21";

    // An inward code is a digit and two of these twenty letters: 4,000 to a district. Past that, a district
    // lends its area's letters to made-up neighbours (LS30, LS1A, ...), so any size of file can be made.
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";
    private const int InwardCodes = 10 * 20 * 20;
    private const int PostcodesPerLsoa = 15;
    private const double ScatterMetres = 1_500;
    private const double NeighbourMetres = 8_000;
    private const double MetresPerDegree = 111_320;
    private const string Placeholder = "\"E99999999\"";

    /// <summary>Writes the header and <paramref name="perDistrict"/> rows for every district; returns the rows written.</summary>
    public static long Write(TextWriter writer, int perDistrict, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perDistrict, 1);
        var random = new Random(seed);
        var taken = Districts.Select(d => d.Code).ToHashSet();
        var sample = new Sample(writer, random);
        writer.WriteLine(Header);
        foreach (var district in Districts)
        {
            for (var first = 0; first < perDistrict; first += InwardCodes)
            {
                var target = first == 0 ? district : Neighbour(district, taken, random);
                sample.WriteDistrict(target, Math.Min(InwardCodes, perDistrict - first));
            }
        }

        return sample.Rows;
    }

    public static async Task<long> WriteFileAsync(string path, int perDistrict, int seed = DefaultSeed)
    {
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        return Write(writer, perDistrict, seed);
    }

    /// <summary>The sample as an in-memory CSV, for importing without a file.</summary>
    public static MemoryStream ToStream(int perDistrict, int seed = DefaultSeed)
    {
        var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            Write(writer, perDistrict, seed);
        }

        stream.Position = 0;
        return stream;
    }

    /// <summary>For the demo: when no postcodes have been imported, imports a small sample so distances and maps work.</summary>
    public static async Task ImportIfEmptyAsync(IServiceProvider scopedServices, CancellationToken ct = default)
    {
        if (await scopedServices.GetRequiredService<AppDbContext>().PostcodeLocations.AnyAsync(ct))
        {
            return;
        }

        using var csv = ToStream(DemoPerDistrict);
        await scopedServices.GetRequiredService<OnspdImporter>().ImportAsync(csv, progress: null, ct);
    }

    private static SampleDistrict Neighbour(SampleDistrict district, HashSet<string> taken, Random random)
    {
        var area = new string([.. district.Code.TakeWhile(char.IsAsciiLetter)]);
        var candidates = Enumerable.Range(1, 99).Select(n => $"{area}{n}")
            .Concat(Enumerable.Range(1, 9).SelectMany(n => Enumerable.Range('A', 26).Select(letter => $"{area}{n}{(char)letter}")));
        var code = candidates.FirstOrDefault(taken.Add)
            ?? throw new ArgumentOutOfRangeException(nameof(district), $"The {area} area has no outward codes left for a sample this large.");
        var (latitude, longitude) = Scatter(district.Latitude, district.Longitude, NeighbourMetres, random);
        return new SampleDistrict(code, latitude, longitude, district.Region);
    }

    /// <summary>A point spread evenly over the disc of the given radius around the centre.</summary>
    private static (double Latitude, double Longitude) Scatter(double latitude, double longitude, double radiusMetres, Random random)
    {
        var distance = radiusMetres * Math.Sqrt(random.NextDouble());
        var bearing = 2 * Math.PI * random.NextDouble();
        return (latitude + (distance * Math.Cos(bearing) / MetresPerDegree),
            longitude + (distance * Math.Sin(bearing) / (MetresPerDegree * Math.Cos(latitude * Math.PI / 180))));
    }

    /// <summary>The writing state: rows so far and the current LSOA.</summary>
    private sealed class Sample(TextWriter writer, Random random)
    {
        private readonly int[] _inward = [.. Enumerable.Range(0, InwardCodes)];
        private readonly StringBuilder _line = new(128);
        private int _lsoaNumber;
        private int _lsoaRank;

        public long Rows { get; private set; }

        public void WriteDistrict(SampleDistrict district, int count)
        {
            // The first count of a shuffle of all inward codes, in order as in the real file.
            for (var i = 0; i < count; i++)
            {
                var j = random.Next(i, InwardCodes);
                (_inward[i], _inward[j]) = (_inward[j], _inward[i]);
            }

            var chosen = _inward[..count];
            var leeds = district.Code + " " == LeedsCityCentre[..4] ? Index(LeedsCityCentre[4..]) : -1;
            if (leeds >= 0 && !chosen.Contains(leeds))
            {
                chosen[0] = leeds;
            }

            Array.Sort(chosen);
            foreach (var index in chosen)
            {
                WriteRow(district, Inward(index), index == leeds);
            }
        }

        private void WriteRow(SampleDistrict district, string inward, bool leeds)
        {
            if (Rows++ % PostcodesPerLsoa == 0)
            {
                _lsoaNumber++;
                _lsoaRank = random.Next(1, OnspdReader.EnglishLsoaCount + 1);
            }

            var roll = random.Next(200);
            var (latitude, longitude) = leeds
                ? (LeedsLatitude, LeedsLongitude)
                : Scatter(district.Latitude, district.Longitude, ScatterMetres, random);
            var located = leeds || roll != 0;
            var terminated = !leeds && roll is 1 or 2;
            var lsoa = $"E01{_lsoaNumber:D6}";
            var outward = district.Code.PadRight(4);

            // Codes the importer does not read are placeholders (E99999999); eastings and northings are rough.
            _line.Clear()
                .Append(CultureInfo.InvariantCulture, $"\"{outward}{inward}\",\"{outward} {inward}\",\"{district.Code} {inward}\",")
                .Append(CultureInfo.InvariantCulture, $"\"{1980 + (Rows % 40)}01\",\"{(terminated ? "202106" : string.Empty)}\",")
                .Append($"{Placeholder},{Placeholder},{Placeholder},{Placeholder},{Placeholder},0,");
            if (located)
            {
                _line.Append(CultureInfo.InvariantCulture, $"{400_000 + ((longitude + 2) * MetresPerDegree * Math.Cos(latitude * Math.PI / 180)):F0},{((latitude - 49) * MetresPerDegree) - 100_000:F0},1,");
            }
            else
            {
                _line.Append(",,9,");
            }

            _line.Append(CultureInfo.InvariantCulture, $"{Placeholder},{Placeholder},\"E92000001\",\"{district.Region}\",0,")
                .Append($"{Placeholder},{Placeholder},{Placeholder},{Placeholder},{Placeholder},{Placeholder},\"99ZZ00\",{Placeholder},\"99ZZ00\",")
                .Append($"{Placeholder},{Placeholder},{Placeholder},\"A\",\"1A1\",{Placeholder},\"{lsoa}\",{Placeholder},{Placeholder},")
                .Append($"{Placeholder},{Placeholder},\"A1\",\"1A1\",")
                .Append(CultureInfo.InvariantCulture, $"{(located ? latitude : 99.999999):F6},{(located ? longitude : 0):F6},")
                .Append(CultureInfo.InvariantCulture, $"{Placeholder},\"\",{Placeholder},{_lsoaRank},{Placeholder},{Placeholder},{Placeholder},\"{lsoa}\",{Placeholder}");
            writer.WriteLine(_line);
        }

        private static string Inward(int index) =>
            $"{index / 400}{InwardLetters[index / 20 % 20]}{InwardLetters[index % 20]}";

        private static int Index(string inward) =>
            ((inward[0] - '0') * 400) + (InwardLetters.IndexOf(inward[1], StringComparison.Ordinal) * 20) + InwardLetters.IndexOf(inward[2], StringComparison.Ordinal);
    }

    internal sealed record SampleDistrict(string Code, double Latitude, double Longitude, string Region);

    private const string NorthEast = "E12000001";
    private const string NorthWest = "E12000002";
    private const string Yorkshire = "E12000003";
    private const string EastMidlands = "E12000004";
    private const string WestMidlands = "E12000005";
    private const string East = "E12000006";
    private const string London = "E12000007";
    private const string SouthEast = "E12000008";
    private const string SouthWest = "E12000009";

    /// <summary>Real districts across every English region, at approximate centroids (to a kilometre or two).</summary>
    internal static readonly SampleDistrict[] Districts =
    [
        // Yorkshire and the Humber: the whole of Leeds, and the rest of the region.
        new("LS1", 53.7965, -1.5478, Yorkshire), new("LS2", 53.8030, -1.5440, Yorkshire), new("LS3", 53.8010, -1.5650, Yorkshire),
        new("LS4", 53.8120, -1.5830, Yorkshire), new("LS5", 53.8230, -1.6000, Yorkshire), new("LS6", 53.8200, -1.5700, Yorkshire),
        new("LS7", 53.8250, -1.5320, Yorkshire), new("LS8", 53.8250, -1.5050, Yorkshire), new("LS9", 53.7960, -1.5100, Yorkshire),
        new("LS10", 53.7700, -1.5330, Yorkshire), new("LS11", 53.7780, -1.5550, Yorkshire), new("LS12", 53.7910, -1.5980, Yorkshire),
        new("LS13", 53.8080, -1.6400, Yorkshire), new("LS14", 53.8300, -1.4550, Yorkshire), new("LS15", 53.8030, -1.4450, Yorkshire),
        new("LS16", 53.8550, -1.6000, Yorkshire), new("LS17", 53.8600, -1.5300, Yorkshire), new("LS18", 53.8450, -1.6400, Yorkshire),
        new("LS19", 53.8650, -1.6800, Yorkshire), new("LS20", 53.8750, -1.7150, Yorkshire), new("LS21", 53.9050, -1.6900, Yorkshire),
        new("LS22", 53.9300, -1.3900, Yorkshire), new("LS23", 53.8950, -1.3400, Yorkshire), new("LS24", 53.8800, -1.2600, Yorkshire),
        new("LS25", 53.7800, -1.3000, Yorkshire), new("LS26", 53.7500, -1.4400, Yorkshire), new("LS27", 53.7450, -1.6000, Yorkshire),
        new("LS28", 53.8000, -1.6650, Yorkshire), new("LS29", 53.9200, -1.8200, Yorkshire),
        new("BD1", 53.7950, -1.7530, Yorkshire), new("BD7", 53.7850, -1.7800, Yorkshire), new("BD18", 53.8330, -1.7750, Yorkshire),
        new("HD1", 53.6460, -1.7820, Yorkshire), new("HX1", 53.7210, -1.8620, Yorkshire), new("WF1", 53.6830, -1.4960, Yorkshire),
        new("HG1", 53.9930, -1.5390, Yorkshire), new("YO1", 53.9590, -1.0820, Yorkshire), new("YO11", 54.2800, -0.4050, Yorkshire),
        new("HU1", 53.7440, -0.3360, Yorkshire), new("DN1", 53.5220, -1.1300, Yorkshire), new("S1", 53.3810, -1.4700, Yorkshire),
        new("S10", 53.3800, -1.5100, Yorkshire), new("S70", 53.5530, -1.4820, Yorkshire),

        // North East.
        new("NE1", 54.9730, -1.6140, NorthEast), new("NE6", 54.9760, -1.5700, NorthEast), new("NE4", 54.9680, -1.6400, NorthEast),
        new("NE46", 54.9710, -2.1000, NorthEast), new("NE66", 55.4130, -1.7060, NorthEast), new("SR1", 54.9060, -1.3830, NorthEast),
        new("DH1", 54.7770, -1.5750, NorthEast), new("TS1", 54.5720, -1.2370, NorthEast), new("DL1", 54.5250, -1.5530, NorthEast),
        new("TD15", 55.7710, -2.0050, NorthEast),

        // North West, Cumbria included.
        new("M1", 53.4780, -2.2350, NorthWest), new("M4", 53.4840, -2.2270, NorthWest), new("M13", 53.4600, -2.2200, NorthWest),
        new("M14", 53.4470, -2.2250, NorthWest), new("M20", 53.4180, -2.2350, NorthWest), new("M40", 53.5130, -2.1900, NorthWest),
        new("M50", 53.4720, -2.2930, NorthWest), new("OL1", 53.5440, -2.1150, NorthWest), new("BL1", 53.5800, -2.4400, NorthWest),
        new("SK1", 53.4080, -2.1550, NorthWest), new("WN1", 53.5480, -2.6290, NorthWest), new("WA1", 53.3900, -2.5850, NorthWest),
        new("L1", 53.4030, -2.9810, NorthWest), new("L8", 53.3880, -2.9650, NorthWest), new("CH41", 53.3930, -3.0150, NorthWest),
        new("PR1", 53.7590, -2.7020, NorthWest), new("BB1", 53.7480, -2.4820, NorthWest), new("FY1", 53.8170, -3.0510, NorthWest),
        new("LA1", 54.0480, -2.8010, NorthWest), new("CW1", 53.0980, -2.4400, NorthWest), new("CH1", 53.1930, -2.8930, NorthWest),
        new("CA1", 54.8920, -2.9330, NorthWest), new("CA12", 54.6010, -3.1340, NorthWest), new("LA9", 54.3280, -2.7460, NorthWest),
        new("CA28", 54.5490, -3.5870, NorthWest), new("LA14", 54.1150, -3.2280, NorthWest),

        // East Midlands.
        new("NG1", 52.9540, -1.1500, EastMidlands), new("NG7", 52.9500, -1.1800, EastMidlands), new("DE1", 52.9230, -1.4770, EastMidlands),
        new("LE1", 52.6340, -1.1320, EastMidlands), new("LE2", 52.6160, -1.1150, EastMidlands), new("LN1", 53.2330, -0.5450, EastMidlands),
        new("NN1", 52.2390, -0.8930, EastMidlands), new("S40", 53.2350, -1.4300, EastMidlands), new("PE21", 52.9790, -0.0260, EastMidlands),
        new("SK17", 53.2590, -1.9110, EastMidlands),

        // West Midlands.
        new("B1", 52.4800, -1.9100, WestMidlands), new("B4", 52.4840, -1.8920, WestMidlands), new("B5", 52.4710, -1.8930, WestMidlands),
        new("B15", 52.4650, -1.9300, WestMidlands), new("B23", 52.5260, -1.8420, WestMidlands), new("B29", 52.4350, -1.9500, WestMidlands),
        new("CV1", 52.4080, -1.5080, WestMidlands), new("WV1", 52.5860, -2.1290, WestMidlands), new("WS1", 52.5840, -1.9820, WestMidlands),
        new("DY1", 52.5110, -2.0860, WestMidlands), new("ST1", 53.0300, -2.1770, WestMidlands), new("WR1", 52.1930, -2.2210, WestMidlands),
        new("HR1", 52.0570, -2.7150, WestMidlands), new("SY1", 52.7110, -2.7530, WestMidlands), new("TF1", 52.7030, -2.5180, WestMidlands),

        // East of England, Norfolk included.
        new("NR1", 52.6270, 1.3000, East), new("NR2", 52.6310, 1.2800, East), new("NR30", 52.6080, 1.7300, East),
        new("NR26", 52.9400, 1.2100, East), new("PE30", 52.7540, 0.4020, East), new("IP24", 52.4130, 0.7490, East),
        new("CB1", 52.1970, 0.1400, East), new("CB2", 52.1950, 0.1200, East), new("IP1", 52.0620, 1.1450, East),
        new("CO1", 51.8890, 0.9030, East), new("CM1", 51.7360, 0.4690, East), new("SS1", 51.5380, 0.7190, East),
        new("LU1", 51.8800, -0.4200, East), new("PE1", 52.5760, -0.2400, East), new("AL1", 51.7510, -0.3370, East),
        new("SG1", 51.9030, -0.2020, East),

        // London.
        new("EC1A", 51.5190, -0.0990, London), new("EC2A", 51.5230, -0.0820, London), new("EC3A", 51.5140, -0.0790, London),
        new("EC4A", 51.5150, -0.1080, London), new("WC1E", 51.5210, -0.1320, London), new("WC2N", 51.5090, -0.1250, London),
        new("W1", 51.5150, -0.1450, London), new("SW1A", 51.5020, -0.1390, London), new("SE1", 51.4990, -0.0930, London),
        new("N1", 51.5380, -0.0970, London), new("NW1", 51.5350, -0.1450, London), new("E1", 51.5170, -0.0580, London),
        new("E14", 51.5070, -0.0170, London), new("E17", 51.5860, -0.0190, London), new("N17", 51.5980, -0.0680, London),
        new("SE15", 51.4700, -0.0660, London), new("SW11", 51.4640, -0.1640, London), new("W12", 51.5070, -0.2330, London),
        new("NW10", 51.5410, -0.2440, London), new("SE18", 51.4830, 0.0700, London), new("CR0", 51.3750, -0.0900, London),
        new("HA0", 51.5500, -0.3000, London), new("IG1", 51.5590, 0.0740, London), new("RM1", 51.5780, 0.1820, London),
        new("UB3", 51.5030, -0.4220, London), new("KT1", 51.4080, -0.3000, London), new("BR1", 51.4060, 0.0150, London),

        // South East.
        new("BN1", 50.8280, -0.1390, SouthEast), new("BN2", 50.8230, -0.1150, SouthEast), new("RH10", 51.1150, -0.1850, SouthEast),
        new("GU1", 51.2380, -0.5700, SouthEast), new("ME1", 51.3840, 0.5020, SouthEast), new("CT1", 51.2790, 1.0800, SouthEast),
        new("TN1", 51.1320, 0.2630, SouthEast), new("OX1", 51.7520, -1.2580, SouthEast), new("OX4", 51.7350, -1.2100, SouthEast),
        new("RG1", 51.4540, -0.9730, SouthEast), new("SL1", 51.5100, -0.5950, SouthEast), new("SO14", 50.9040, -1.4040, SouthEast),
        new("PO1", 50.7990, -1.0910, SouthEast), new("HP20", 51.8170, -0.8130, SouthEast), new("PO30", 50.7000, -1.2930, SouthEast),
        new("MK9", 52.0420, -0.7560, SouthEast),

        // South West, Cornwall included.
        new("BS1", 51.4540, -2.5940, SouthWest), new("BS5", 51.4620, -2.5620, SouthWest), new("BS8", 51.4570, -2.6170, SouthWest),
        new("BA1", 51.3830, -2.3600, SouthWest), new("GL1", 51.8640, -2.2440, SouthWest), new("SN1", 51.5600, -1.7830, SouthWest),
        new("EX1", 50.7250, -3.5200, SouthWest), new("PL1", 50.3700, -4.1430, SouthWest), new("TQ1", 50.4660, -3.5260, SouthWest),
        new("TR1", 50.2630, -5.0510, SouthWest), new("TR18", 50.1190, -5.5370, SouthWest), new("PL25", 50.3400, -4.7800, SouthWest),
        new("TR7", 50.4150, -5.0730, SouthWest), new("BH1", 50.7230, -1.8660, SouthWest), new("DT1", 50.7150, -2.4370, SouthWest),
        new("TA1", 51.0150, -3.1030, SouthWest), new("SP1", 51.0700, -1.7950, SouthWest), new("EX39", 51.0170, -4.2050, SouthWest),
    ];
}
