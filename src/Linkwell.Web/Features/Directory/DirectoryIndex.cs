using Linkwell.Domain.Directory.Oruk;
using Linkwell.Domain.Directory.Search;
using Linkwell.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory;

/// <summary>
/// Keeps this process's search index (<see cref="DirectorySnapshot"/>) in step with the database: a full
/// load at start, then only the records whose revision is newer, every few seconds or at once when this
/// process wrote them. Searches read <see cref="Current"/> and never wait for the database.
/// </summary>
public sealed partial class DirectoryIndex(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<DirectoryIndex> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TimeSpan _poll = configuration.GetValue("Directory:PollInterval", TimeSpan.FromSeconds(5));
    private volatile DirectorySnapshot _current = DirectorySnapshot.Empty;

    // What the listings are built from, kept so one changed service does not mean reading every record.
    private Dictionary<string, OrukOrganization> _organizations = new(StringComparer.Ordinal);
    private Dictionary<string, OrukTaxonomyTerm> _terms = new(StringComparer.Ordinal);
    private Dictionary<string, OrukTaxonomy> _taxonomies = new(StringComparer.Ordinal);
    private long _revision = -1;
    private volatile bool _loaded;

    private const int LoadChunk = 5_000;

    public DirectorySnapshot Current => _current;

    /// <summary>Whether this process has loaded the index (a command-line import has no use for one).</summary>
    public bool IsLoaded => _loaded;

    public IReadOnlyDictionary<string, OrukOrganization> Organizations => _organizations;

    public IReadOnlyDictionary<string, OrukTaxonomy> Taxonomies => _taxonomies;

    public IReadOnlyDictionary<string, OrukTaxonomyTerm> Terms => _terms;

    /// <summary>The snapshot once the first load has finished (requests at start-up wait for it).</summary>
    public async ValueTask<DirectorySnapshot> ReadyAsync(CancellationToken ct)
    {
        if (!_ready.Task.IsCompleted)
        {
            await RefreshAsync(ct);
        }

        return _current;
    }

    /// <summary>Brings the index up to the database's latest revision.</summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        await _refreshing.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (_revision < 0)
            {
                // Linkwell's own vocabularies are there from the start (writing them again changes nothing).
                await scope.ServiceProvider.GetRequiredService<DirectoryWriter>()
                    .UpsertAsync(new DirectoryBatch([], [], LinkwellTaxonomy.All(), []), null, ct);
            }

            var latest = await db.Set<DirectoryRevision>().Select(r => r.Value).SingleAsync(ct);
            if (latest == _revision)
            {
                return;
            }

            if (_revision < 0)
            {
                await LoadEverythingAsync(db, latest, ct);
            }
            else
            {
                await LoadChangesAsync(db, latest, ct);
            }

            _revision = latest;
            _ready.TrySetResult();
        }
        finally
        {
            _refreshing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_poll, clock);
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                RefreshFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task LoadEverythingAsync(AppDbContext db, long latest, CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        _organizations = await LoadAsync<DirectoryOrganizationRecord, OrukOrganization>(db, ct);
        _taxonomies = await LoadAsync<DirectoryTaxonomyRecord, OrukTaxonomy>(db, ct);
        _terms = await LoadAsync<DirectoryTermRecord, OrukTaxonomyTerm>(db, ct);
        // Streamed in chunks, so the stored JSON of the whole directory is never held at once.
        var builder = new ListingBuilder(_terms, Today);
        var listings = new List<Listing>();
        var chunk = new List<ServiceRow>(LoadChunk);
        await foreach (var row in db.Set<DirectoryServiceRecord>().AsNoTracking().Where(r => !r.Removed)
                           .Select(r => new ServiceRow(r.Json, r.Capacity)).AsAsyncEnumerable().WithCancellation(ct))
        {
            chunk.Add(row);
            if (chunk.Count == LoadChunk)
            {
                listings.AddRange(chunk.AsParallel().AsOrdered().Select(r => Build(builder, r)));
                chunk.Clear();
            }
        }

        listings.AddRange(chunk.AsParallel().AsOrdered().Select(r => Build(builder, r)));
        _current = DirectorySnapshot.Build(listings, latest, clock.GetUtcNow());
        _loaded = true;
        Loaded(logger, listings.Count, clock.GetElapsedTime(started).TotalMilliseconds);

        // A one-off at start: hand back to the system the memory the load passed through.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>
    /// Changed organizations and terms change the services that show them, so those services are rebuilt
    /// too; removed records leave the index.
    /// </summary>
    private async Task LoadChangesAsync(AppDbContext db, long latest, CancellationToken ct)
    {
        var organizations = await ChangedAsync<DirectoryOrganizationRecord>(db, ct);
        var terms = await ChangedAsync<DirectoryTermRecord>(db, ct);
        var taxonomies = await ChangedAsync<DirectoryTaxonomyRecord>(db, ct);
        // Copied, changed, then swapped: requests may be reading the current ones.
        _organizations = Apply(_organizations, organizations);
        _terms = Apply(_terms, terms);
        _taxonomies = Apply(_taxonomies, taxonomies);

        var changedOrganizations = organizations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var query = db.Set<DirectoryServiceRecord>().AsNoTracking();
        var rows = terms.Count > 0
            ? await query.Where(r => r.Revision > _revision || !r.Removed).ToListAsync(ct)
            : await query.Where(r => r.Revision > _revision || (r.OrganizationId != null && changedOrganizations.Contains(r.OrganizationId))).ToListAsync(ct);
        var builder = new ListingBuilder(_terms, Today);
        var changed = rows.Where(r => !r.Removed).AsParallel().Select(r => Build(builder, new ServiceRow(r.Json, r.Capacity))).ToList();
        var removed = rows.Where(r => r.Removed).Select(r => r.Id).ToList();
        _current = _current.With(changed, removed, latest, clock.GetUtcNow());

        async Task<List<DirectoryRecord>> ChangedAsync<T>(AppDbContext context, CancellationToken token)
            where T : DirectoryRecord =>
            [.. await context.Set<T>().AsNoTracking().Where(r => r.Revision > _revision).ToListAsync(token)];
    }

    private static Dictionary<string, T> Apply<T>(Dictionary<string, T> current, List<DirectoryRecord> changed)
    {
        if (changed.Count == 0)
        {
            return current;
        }

        current = new Dictionary<string, T>(current, StringComparer.Ordinal);
        foreach (var record in changed)
        {
            if (record.Removed)
            {
                current.Remove(record.Id);
            }
            else
            {
                current[record.Id] = OrukJson.Deserialize<T>(record.Json);
            }
        }

        return current;
    }

    private static async Task<Dictionary<string, TOruk>> LoadAsync<TRecord, TOruk>(AppDbContext db, CancellationToken ct)
        where TRecord : DirectoryRecord
    {
        var rows = await db.Set<TRecord>().AsNoTracking().Where(r => !r.Removed).Select(r => new { r.Id, r.Json }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => OrukJson.Deserialize<TOruk>(r.Json), StringComparer.Ordinal);
    }

    private Listing Build(ListingBuilder builder, ServiceRow row)
    {
        var service = OrukJson.Deserialize<OrukService>(row.Json);
        var organization = service.OrganizationId is { } id ? _organizations.GetValueOrDefault(id) : null;
        LinkwellTaxonomy.ShowCapacity(service, row.Capacity, _terms);
        return builder.Build(service, organization, row.Capacity);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private sealed record ServiceRow(string Json, string? Capacity);

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Directory index loaded: {Services} services in {ElapsedMs} ms")]
    private static partial void Loaded(ILogger logger, int services, double elapsedMs);

    [LoggerMessage(EventId = 21, Level = LogLevel.Error, Message = "The directory index could not be refreshed; searches use the last good index")]
    private static partial void RefreshFailed(ILogger logger, Exception ex);
}
