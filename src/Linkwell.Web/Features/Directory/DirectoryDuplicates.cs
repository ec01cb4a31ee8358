using System.Text.Json;
using Linkwell.Domain.Directory;
using Linkwell.Domain.Directory.Oruk;
using Linkwell.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory;

/// <summary>
/// Likely duplicates across feeds, for a directory manager to merge or keep apart. Worked out from the search
/// index once per directory revision (feeds only change with one) and kept; pairs kept apart are left out.
/// </summary>
public sealed class DirectoryDuplicates(DirectoryIndex index)
{
    /// <summary>Where a service came from when no feed sent it: an uploaded file, the command line or its owner.</summary>
    public const string Here = "here";

    private readonly SemaphoreSlim _working = new(1, 1);
    private (long Version, IReadOnlyList<LikelyDuplicate> Pairs) _found = (-1, []);

    public async Task<IReadOnlyList<LikelyDuplicate>> ListAsync(AppDbContext db, CancellationToken ct)
    {
        var snapshot = await index.ReadyAsync(ct);
        IReadOnlyList<LikelyDuplicate> pairs;
        await _working.WaitAsync(ct);
        try
        {
            if (_found.Version != snapshot.Version)
            {
                var sources = await db.Set<DirectoryServiceRecord>().AsNoTracking().Where(r => !r.Removed && r.FeedId != null)
                    .Select(r => new { r.Id, r.FeedId }).ToDictionaryAsync(r => r.Id, r => r.FeedId!.Value.ToString(), StringComparer.Ordinal, ct);
                var subjects = snapshot.Listings
                    .Select(l => new DuplicateSubject(JsonSerializer.Deserialize<OrukService>(l.FullJson.Span, OrukJson.Options)!, sources.GetValueOrDefault(l.Id) ?? Here))
                    .ToList();
                _found = (snapshot.Version, LikelyDuplicates.Find(subjects));
            }

            pairs = _found.Pairs;
        }
        finally
        {
            _working.Release();
        }

        var keptApart = (await db.Set<DirectoryKeptApart>().AsNoTracking().Select(k => new { k.FirstServiceId, k.SecondServiceId }).ToListAsync(ct))
            .Select(k => (k.FirstServiceId, k.SecondServiceId)).ToHashSet();
        return [.. pairs.Where(p => !keptApart.Contains((p.FirstId, p.SecondId)))];
    }

    /// <summary>The pair as stored: the two ids in ordinal order.</summary>
    public static (string First, string Second) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
