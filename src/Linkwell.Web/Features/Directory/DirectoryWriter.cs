using Linkwell.Domain.Directory.Oruk;
using Linkwell.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory;

/// <summary>ORUK records to store together: what an import, a feed page or an owner's edit brings.</summary>
public sealed record DirectoryBatch(
    IReadOnlyList<OrukOrganization> Organizations,
    IReadOnlyList<OrukService> Services,
    IReadOnlyList<OrukTaxonomy> Taxonomies,
    IReadOnlyList<OrukTaxonomyTerm> Terms)
{
    /// <summary>The JSON each record arrived as, by record id, kept for provenance.</summary>
    public IReadOnlyDictionary<string, string> Originals { get; init; } = new Dictionary<string, string>();
}

/// <summary>How a batch changed the directory, counted by service (the unit people search for).</summary>
public sealed record UpsertCounts(int Added, int Updated, int Unchanged);

/// <summary>
/// Writes ORUK records: by id, so importing the same data again updates rather than duplicates, and each
/// write takes the next directory revision so every search index picks the change up.
/// </summary>
public sealed class DirectoryWriter(AppDbContext db, TimeProvider clock)
{
    private const int Chunk = 500;

    public async Task<UpsertCounts> UpsertAsync(DirectoryBatch batch, Guid? feedId, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var revision = await NextRevisionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var stamp = new Stamp(revision, now, feedId, batch.Originals);

        var organizations = batch.Organizations
            .Concat(batch.Services.Select(s => s.Organization).OfType<OrukOrganization>())
            .DistinctBy(o => o.Id).ToList();
        await UpsertAsync(db.Set<DirectoryOrganizationRecord>(), organizations, o => o.Id, o => o.Name, o => Canonical(o), (_, _) => { }, stamp, ct);
        await UpsertAsync(db.Set<DirectoryTaxonomyRecord>(), batch.Taxonomies, t => t.Id, t => t.Name, t => Canonical(t), (_, _) => { }, stamp, ct);
        var terms = batch.Terms.Concat(batch.Taxonomies.SelectMany(t => t.TaxonomyTerms))
            .Concat(batch.Services.SelectMany(s => s.Attributes).Select(a => a.TaxonomyTerm).OfType<OrukTaxonomyTerm>())
            .DistinctBy(t => t.Id).ToList();
        await UpsertAsync(db.Set<DirectoryTermRecord>(), terms, t => t.Id, t => t.Name, t => OrukJson.Serialize(t),
            (r, t) => (r.TaxonomyId, r.ParentId) = (t.TaxonomyId, t.ParentId), stamp, ct);
        var counts = await UpsertAsync(db.Set<DirectoryServiceRecord>(), batch.Services, s => s.Id, s => s.Name, s => Canonical(s),
            (r, s) => r.OrganizationId = s.OrganizationId ?? s.Organization?.Id, stamp, ct);

        await transaction.CommitAsync(ct);
        return counts;
    }

    /// <summary>Sets a service's capacity status, as its owner does in one click.</summary>
    public async Task<bool> SetCapacityAsync(string serviceId, string? capacity, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var record = await db.Set<DirectoryServiceRecord>().SingleOrDefaultAsync(r => r.Id == serviceId && !r.Removed, ct);
        if (record is null)
        {
            return false;
        }

        record.Capacity = capacity;
        record.Revision = await NextRevisionAsync(ct);
        record.ChangedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// Changes one service as a person does (an owner's confirmation, an approved change), under the writers'
    /// lock: <paramref name="change"/> sees the record as it is now and its service, and may throw to change
    /// nothing. Whatever else the caller has added to this unit of work (an e-mail, a decision) is saved with
    /// it. Null when there is no such service.
    /// </summary>
    public async Task<DirectoryServiceRecord?> UpdateServiceAsync(string serviceId, Action<DirectoryServiceRecord, OrukService> change, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var revision = await NextRevisionAsync(ct);
        var record = await db.Set<DirectoryServiceRecord>().SingleOrDefaultAsync(r => r.Id == serviceId && !r.Removed, ct);
        if (record is null)
        {
            return null;
        }

        var service = OrukJson.Deserialize<OrukService>(record.Json);
        change(record, service);
        record.Name = Truncate(service.Name, 500);
        record.Json = Canonical(service);
        record.Revision = revision;
        record.ChangedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return record;
    }

    /// <summary>Bumps the single revision row inside the caller's transaction (which also serialises writers).</summary>
    private async Task<long> NextRevisionAsync(CancellationToken ct)
    {
        var values = await db.Database
            .SqlQueryRaw<long>("""UPDATE "DirectoryRevision" SET "Value" = "Value" + 1 WHERE "Id" = 1 RETURNING "Value" """)
            .ToListAsync(ct);
        return values.Single();
    }

    /// <summary>How Linkwell stores a service: without its organization, which is stored once on its own.</summary>
    public static string Canonical(OrukService service)
    {
        service.OrganizationId ??= service.Organization?.Id;
        return SerializeWithout(service, s => s.Organization, (s, o) => s.Organization = o, null);
    }

    private static string Canonical(OrukOrganization organization) =>
        SerializeWithout(organization, o => o.Services, (o, s) => o.Services = s, []);

    private static string Canonical(OrukTaxonomy taxonomy) =>
        SerializeWithout(taxonomy, t => t.TaxonomyTerms, (t, terms) => t.TaxonomyTerms = terms, []);

    /// <summary>Serialises a record with one part left out (stored elsewhere), leaving the record as it was.</summary>
    private static string SerializeWithout<T, TPart>(T record, Func<T, TPart> get, Action<T, TPart> set, TPart empty)
    {
        var part = get(record);
        set(record, empty);
        try
        {
            return OrukJson.Serialize(record);
        }
        finally
        {
            set(record, part);
        }
    }

    private sealed record Stamp(long Revision, DateTime Now, Guid? FeedId, IReadOnlyDictionary<string, string> Originals);

    private async Task<UpsertCounts> UpsertAsync<TRecord, TOruk>(
        DbSet<TRecord> set, IReadOnlyList<TOruk> items, Func<TOruk, string> id, Func<TOruk, string> name, Func<TOruk, string> json,
        Action<TRecord, TOruk> extra, Stamp stamp, CancellationToken ct)
        where TRecord : DirectoryRecord, new()
    {
        int added = 0, updated = 0, unchanged = 0;
        foreach (var chunk in items.Chunk(Chunk))
        {
            var ids = chunk.Select(id).ToList();
            var existing = await set.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, StringComparer.Ordinal, ct);
            foreach (var item in chunk)
            {
                var text = json(item);
                if (!existing.TryGetValue(id(item), out var record))
                {
                    record = new TRecord { Id = id(item) };
                    set.Add(record);
                    added++;
                }
                else if (record.Json == text && !record.Removed)
                {
                    unchanged++;
                    continue;
                }
                else
                {
                    updated++;
                }

                record.Name = Truncate(name(item), 500);
                record.Json = text;
                record.OriginalJson = stamp.Originals.GetValueOrDefault(record.Id) ?? record.OriginalJson;
                record.FeedId = stamp.FeedId ?? record.FeedId;
                record.Revision = stamp.Revision;
                record.ChangedUtc = stamp.Now;
                record.Removed = false;
                extra(record, item);
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return new UpsertCounts(added, updated, unchanged);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
