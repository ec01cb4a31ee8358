namespace Linkwell.Web.Features.Geography;

public enum ImportStage
{
    /// <summary>Reading the file and loading its rows.</summary>
    Loading,

    /// <summary>Working out each district's centroid.</summary>
    Districts,

    Done,
}

/// <summary>Why a row of the directory was not loaded.</summary>
public enum SkipReason
{
    /// <summary>The directory gives no grid reference (latitude 99.999999), as for many non-geographic postcodes.</summary>
    NoCoordinates,

    MalformedPostcode,

    /// <summary>A postcode already loaded from an earlier row; the first one stands.</summary>
    DuplicatePostcode,

    /// <summary>Too few fields, or a coordinate that is not a number or out of range.</summary>
    MalformedRow,
}

/// <summary>How far an import has got, for the command line now and a page later.</summary>
public sealed record ImportProgress(
    ImportStage Stage, long RowsRead, long RowsLoaded, long RowsSkipped, long BytesRead, long? TotalBytes, TimeSpan Elapsed)
{
    /// <summary>0 to 1 through the file, when its length is known.</summary>
    public double? Fraction => TotalBytes is > 0 ? Math.Min(1, (double)BytesRead / TotalBytes.Value) : null;

    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? RowsRead / Elapsed.TotalSeconds : 0;
}

/// <summary>What an import did.</summary>
public sealed record ImportResult(long RowsRead, long RowsLoaded, IReadOnlyDictionary<SkipReason, long> Skipped, int Districts, TimeSpan Elapsed)
{
    public long RowsSkipped => Skipped.Values.Sum();

    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? RowsRead / Elapsed.TotalSeconds : 0;

    public static string Describe(SkipReason reason) => reason switch
    {
        SkipReason.NoCoordinates => "no coordinates",
        SkipReason.MalformedPostcode => "malformed postcode",
        SkipReason.DuplicatePostcode => "postcode listed twice",
        SkipReason.MalformedRow => "malformed row",
    };
}
