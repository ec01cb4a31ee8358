using System.Diagnostics;
using Linkwell.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Linkwell.Web.Features.Geography;

/// <summary>
/// Loads the ONS Postcode Directory (about 2.7 million rows) into <see cref="PostcodeLocation"/> and computes
/// <see cref="PostcodeDistrict"/> centroids, in one transaction that first empties both tables: an import
/// replaces the last one, and a failed import leaves it in place. Streams the file; bulk-loads with one prepared
/// INSERT on SQLite and binary COPY on PostgreSQL.
/// </summary>
public sealed class OnspdImporter(AppDbContext db, GeocoderCache cache, ILogger<OnspdImporter> logger)
{
    private const int BatchSize = 10_000;
    private static readonly TimeSpan ReportEvery = TimeSpan.FromMilliseconds(250);

    public async Task<ImportResult> ImportAsync(string path, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return await ImportAsync(file, progress, ct);
    }

    public async Task<ImportResult> ImportAsync(Stream csv, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        using var reader = OnspdReader.Open(csv);
        var skipped = Enum.GetValues<SkipReason>().ToDictionary(r => r, _ => 0L);
        long loaded = 0;
        void Report(ImportStage stage) => progress?.Report(new ImportProgress(
            stage, reader.RowsRead, loaded, skipped.Values.Sum(), reader.BytesRead, reader.TotalBytes, clock.Elapsed));

        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.PostcodeDistricts.ExecuteDeleteAsync(ct);
            await db.PostcodeLocations.ExecuteDeleteAsync(ct);
            await using (var loader = await PostcodeLoader.StartAsync(db, transaction, ct))
            {
                var batch = new List<PostcodeLocation>(BatchSize);
                var reported = TimeSpan.Zero;
                Report(ImportStage.Loading);
                while (reader.Read(out var location, out var reason))
                {
                    if (location is null)
                    {
                        skipped[reason]++;
                    }
                    else
                    {
                        batch.Add(location);
                    }

                    if (batch.Count == BatchSize)
                    {
                        loaded += await LoadAsync(loader, batch, ct);
                    }

                    if ((reader.RowsRead & 4095) == 0 && clock.Elapsed - reported >= ReportEvery)
                    {
                        reported = clock.Elapsed;
                        Report(ImportStage.Loading);
                    }
                }

                loaded += await LoadAsync(loader, batch, ct);
                await loader.CompleteAsync(ct);
            }

            Report(ImportStage.Districts);
            var districts = await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? PostgresDistrictsSql : SqliteDistrictsSql, ct);
            await transaction.CommitAsync(ct);
            cache.Clear();
            Report(ImportStage.Done);
            var result = new ImportResult(reader.RowsRead, loaded, skipped, districts, clock.Elapsed);
            logger.LogInformation("Imported {Loaded} postcodes in {Districts} districts ({Skipped} rows skipped) in {Seconds:F1} s",
                loaded, districts, result.RowsSkipped, clock.Elapsed.TotalSeconds);
            return result;
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    private static async Task<int> LoadAsync(PostcodeLoader loader, List<PostcodeLocation> batch, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await loader.WriteAsync(batch, ct);
        var count = batch.Count;
        batch.Clear();
        return count;
    }

    // A district's centroid is the mean of its live postcodes' coordinates: close enough over a few kilometres.
    private const string SqliteDistrictsSql = """
        INSERT INTO "PostcodeDistricts" ("District", "Latitude", "Longitude", "PostcodeCount")
        SELECT substr("Postcode", 1, instr("Postcode", ' ') - 1), avg("Latitude"), avg("Longitude"), count(*)
        FROM "PostcodeLocations" WHERE "Terminated" = 0
        GROUP BY substr("Postcode", 1, instr("Postcode", ' ') - 1)
        """;

    private const string PostgresDistrictsSql = """
        INSERT INTO "PostcodeDistricts" ("District", "Latitude", "Longitude", "PostcodeCount")
        SELECT split_part("Postcode", ' ', 1), avg("Latitude"), avg("Longitude"), count(*)
        FROM "PostcodeLocations" WHERE NOT "Terminated"
        GROUP BY split_part("Postcode", ' ', 1)
        """;
}

/// <summary>Writes batches of rows into <c>PostcodeLocations</c> inside the import's transaction, the fastest way each provider offers.</summary>
internal abstract class PostcodeLoader : IAsyncDisposable
{
    protected const string TableAndColumns = "\"PostcodeLocations\" (\"Postcode\", \"Latitude\", \"Longitude\", \"Lsoa\", \"ImdDecile\", \"Terminated\")";

    public static async Task<PostcodeLoader> StartAsync(AppDbContext db, IDbContextTransaction transaction, CancellationToken ct) =>
        db.Database.GetDbConnection() switch
        {
            NpgsqlConnection postgres => await PostgresLoader.StartAsync(postgres, ct),
            SqliteConnection sqlite => SqliteLoader.Start(sqlite, (SqliteTransaction)transaction.GetDbTransaction()),
            var other => throw new NotSupportedException($"Postcode import does not support {other.GetType().Name}."),
        };

    public abstract Task WriteAsync(IReadOnlyList<PostcodeLocation> rows, CancellationToken ct);

    /// <summary>Finishes the load; rows are still uncommitted until the import's transaction commits.</summary>
    public abstract Task CompleteAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();
}

/// <summary>
/// One prepared INSERT, its parameters rebound for each row: SQLite's fastest path short of its C API. (A larger
/// page cache for the load was measured and made no difference worth its memory.)
/// </summary>
internal sealed class SqliteLoader : PostcodeLoader
{
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter[] _values;

    private SqliteLoader(SqliteConnection connection, SqliteTransaction transaction)
    {
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = $"INSERT INTO {TableAndColumns} VALUES ($p, $lat, $lon, $lsoa, $imd, $t)";
        _values =
        [
            _insert.Parameters.Add("$p", SqliteType.Text), _insert.Parameters.Add("$lat", SqliteType.Real),
            _insert.Parameters.Add("$lon", SqliteType.Real), _insert.Parameters.Add("$lsoa", SqliteType.Text),
            _insert.Parameters.Add("$imd", SqliteType.Integer), _insert.Parameters.Add("$t", SqliteType.Integer),
        ];
        _insert.Prepare();
    }

    public static SqliteLoader Start(SqliteConnection connection, SqliteTransaction transaction) => new(connection, transaction);

    public override Task WriteAsync(IReadOnlyList<PostcodeLocation> rows, CancellationToken ct)
    {
        foreach (var row in rows)
        {
            _values[0].Value = row.Postcode;
            _values[1].Value = row.Latitude;
            _values[2].Value = row.Longitude;
            _values[3].Value = (object?)row.Lsoa ?? DBNull.Value;
            _values[4].Value = row.ImdDecile is { } decile ? decile : DBNull.Value;
            _values[5].Value = row.Terminated;
            _insert.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    public override Task CompleteAsync(CancellationToken ct) => Task.CompletedTask;

    public override ValueTask DisposeAsync()
    {
        _insert.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>PostgreSQL's binary COPY: rows stream to the server with no statement per row.</summary>
internal sealed class PostgresLoader : PostcodeLoader
{
    private readonly NpgsqlBinaryImporter _copy;

    private PostgresLoader(NpgsqlBinaryImporter copy) => _copy = copy;

    public static async Task<PostgresLoader> StartAsync(NpgsqlConnection connection, CancellationToken ct) =>
        new(await connection.BeginBinaryImportAsync($"COPY {TableAndColumns} FROM STDIN (FORMAT BINARY)", ct));

    public override async Task WriteAsync(IReadOnlyList<PostcodeLocation> rows, CancellationToken ct)
    {
        foreach (var row in rows)
        {
            await _copy.StartRowAsync(ct);
            await _copy.WriteAsync(row.Postcode, NpgsqlDbType.Varchar, ct);
            await _copy.WriteAsync(row.Latitude, NpgsqlDbType.Double, ct);
            await _copy.WriteAsync(row.Longitude, NpgsqlDbType.Double, ct);
            await (row.Lsoa is null ? _copy.WriteNullAsync(ct) : _copy.WriteAsync(row.Lsoa, NpgsqlDbType.Varchar, ct));
            await (row.ImdDecile is { } decile ? _copy.WriteAsync((short)decile, NpgsqlDbType.Smallint, ct) : _copy.WriteNullAsync(ct));
            await _copy.WriteAsync(row.Terminated, NpgsqlDbType.Boolean, ct);
        }
    }

    public override async Task CompleteAsync(CancellationToken ct) => await _copy.CompleteAsync(ct);

    public override ValueTask DisposeAsync() => _copy.DisposeAsync();
}
