namespace Linkwell.Domain.Directory.Oruk.Csv;

/// <summary>
/// The ORUK CSV data package: one CSV file per table plus datapackage.json, as in the standard's
/// <c>examples/csv</c>. Reading assembles full services (organisation, locations, schedules... linked by their
/// <c>*_id</c> columns) and reports bad rows instead of throwing; writing gives files that read back equal.
/// </summary>
public static class OrukCsvPackage
{
    public const string DataPackageFile = "datapackage.json";

    /// <summary>
    /// Reads a package from named files; <paramref name="openFile"/> answers <c>null</c> for a file the package
    /// does not have. Each stream is read and disposed. Files are found by the paths the package's
    /// datapackage.json declares, then the standard names, then their variants (addresses.csv, schedules.csv...).
    /// </summary>
    public static OrukCsvReadResult Read(Func<string, Stream?> openFile)
    {
        ArgumentNullException.ThrowIfNull(openFile);
        return new OrukCsvReader(openFile).Read();
    }

    public static OrukCsvReadResult ReadFolder(string folder) =>
        Read(name =>
        {
            var path = Path.Combine(folder, name);
            return File.Exists(path) ? File.OpenRead(path) : null;
        });

    /// <summary>
    /// Writes the organisations, services (with everything nested in them), taxonomies and terms as CSV files and
    /// datapackage.json; each stream <paramref name="createFile"/> gives is written and disposed. Every UK profile
    /// table is written, even empty; HSDS-only tables and columns only when they hold something.
    /// </summary>
    /// <returns>The names of the files written.</returns>
    public static IReadOnlyList<string> Write(OrukDataSet data, Func<string, Stream> createFile)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(createFile);
        return OrukCsvWriter.Write(data, createFile);
    }

    public static IReadOnlyList<string> WriteFolder(OrukDataSet data, string folder)
    {
        System.IO.Directory.CreateDirectory(folder);
        return Write(data, name => File.Create(Path.Combine(folder, name)));
    }
}

/// <summary>
/// What a CSV package holds: organisations, full services, taxonomies and their terms. An organisation's
/// <see cref="OrukOrganization.Services"/> stay empty when read (each service points to its organisation
/// instead); when writing, services found there are written too.
/// </summary>
public class OrukDataSet
{
    public List<OrukOrganization> Organizations { get; set; } = [];

    /// <summary>Full services; each service's <c>organization</c> is the same object as in <see cref="Organizations"/>.</summary>
    public List<OrukService> Services { get; set; } = [];

    /// <summary>Each with its terms in <see cref="OrukTaxonomy.TaxonomyTerms"/>.</summary>
    public List<OrukTaxonomy> Taxonomies { get; set; } = [];

    /// <summary>Every term, including those of no taxonomy in the package.</summary>
    public List<OrukTaxonomyTerm> TaxonomyTerms { get; set; } = [];
}

/// <summary>What was read from a package, and the rows that could not be read as they are.</summary>
public sealed class OrukCsvReadResult : OrukDataSet
{
    public List<OrukCsvProblem> Problems { get; } = [];
}

/// <summary>A row that was skipped (or kept without a link), and why.</summary>
/// <param name="File">The file, as named in the package.</param>
/// <param name="Row">The record number, the header being row 1 (as a spreadsheet numbers rows); 0 for the file as a whole.</param>
/// <param name="RecordId">The row's <c>id</c>, when it has one.</param>
/// <param name="Reason">What is wrong and what was done: "…; row skipped" or "…; term kept".</param>
public sealed record OrukCsvProblem(string File, int Row, string? RecordId, string Reason)
{
    public override string ToString() =>
        Row == 0 ? $"{File}: {Reason}" : $"{File} row {Row}{(RecordId is null ? string.Empty : $" (id {RecordId})")}: {Reason}";
}
