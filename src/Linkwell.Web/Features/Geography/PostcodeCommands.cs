using System.Globalization;
using Linkwell.Web.Data;

namespace Linkwell.Web.Features.Geography;

/// <summary>
/// The command-line work behind <c>import-postcodes PATH</c> and <c>generate-postcodes PATH [--per-district N]</c>;
/// <see cref="CommandLine"/> only dispatches here.
/// </summary>
public static class PostcodeCommands
{
    public const int DefaultPerDistrict = 100;

    public static async Task<int> ImportAsync(IServiceProvider services, IConfiguration configuration, string? path, TextWriter output, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            await error.WriteLineAsync("Usage: import-postcodes PATH (the ONS Postcode Directory as one CSV file)");
            return 2;
        }

        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"There is no file at {path}.");
            return 1;
        }

        await DatabaseSetup.PrepareAsync(services, configuration);
        using var scope = services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<OnspdImporter>();
        await output.WriteLineAsync($"Importing postcodes from {path}");
        try
        {
            var result = await importer.ImportAsync(path, new ConsoleProgress(output));
            await output.WriteLineAsync(Summary(result));
            return 0;
        }
        catch (InvalidDataException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    public static async Task<int> GenerateAsync(string? path, string? perDistrict, TextWriter output, TextWriter error)
    {
        var count = DefaultPerDistrict;
        if (string.IsNullOrWhiteSpace(path) || (perDistrict is not null && (!int.TryParse(perDistrict, CultureInfo.InvariantCulture, out count) || count < 1)))
        {
            await error.WriteLineAsync($"Usage: generate-postcodes PATH [--per-district N] (a synthetic ONS Postcode Directory; N is {DefaultPerDistrict} unless given)");
            return 2;
        }

        var rows = await OnspdSample.WriteFileAsync(path, count);
        await output.WriteLineAsync($"Wrote {rows:N0} synthetic postcodes ({count:N0} a district) to {path}.");
        return 0;
    }

    internal static string Summary(ImportResult result)
    {
        var summary = $"Loaded {result.RowsLoaded:N0} postcodes and {result.Districts:N0} districts from {result.RowsRead:N0} rows " +
            $"in {result.Elapsed.TotalSeconds:F1} s ({result.RowsPerSecond:N0} rows/s).";
        var skipped = result.Skipped.Where(s => s.Value > 0).Select(s => $"{ImportResult.Describe(s.Key)}: {s.Value:N0}").ToList();
        return skipped.Count == 0
            ? $"{summary}{Environment.NewLine}Skipped no rows."
            : $"{summary}{Environment.NewLine}Skipped {result.RowsSkipped:N0} rows ({string.Join("; ", skipped)}).";
    }

    /// <summary>A line about once a second while rows load, and one when the districts are worked out.</summary>
    private sealed class ConsoleProgress(TextWriter output) : IProgress<ImportProgress>
    {
        private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
        private TimeSpan _printed = TimeSpan.Zero;

        public void Report(ImportProgress value)
        {
            if (value.Stage == ImportStage.Districts)
            {
                output.WriteLine($"{Line(value)}; working out district centroids");
            }
            else if (value.Stage == ImportStage.Loading && value.Elapsed - _printed >= Interval)
            {
                _printed = value.Elapsed;
                output.WriteLine(Line(value));
            }
        }

        private static string Line(ImportProgress p) =>
            $"{(p.Fraction is { } f ? $"{f * 100,5:F1}%" : "    ?")}  {p.RowsRead,12:N0} rows  {p.RowsPerSecond,10:N0} rows/s";
    }
}
