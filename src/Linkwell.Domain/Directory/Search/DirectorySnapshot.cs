using System.Collections.Frozen;
using Linkwell.Domain.Geography;

namespace Linkwell.Domain.Directory.Search;

/// <summary>
/// The directory as the search sees it: an immutable, in-memory index over every listing (terms, places,
/// opening hours, taxonomy), built when listings change and swapped in whole, so a search never waits for a
/// lock or the database. A national directory of 100,000 services fits in a few hundred megabytes.
/// </summary>
public sealed class DirectorySnapshot
{
    private const byte NameWeight = 4;
    private const byte TermWeight = 3;
    private const byte OrganizationWeight = 2;
    private const byte DescriptionWeight = 1;
    private const double FuzzyPenalty = 0.6;

    /// <summary>Gathering this many places around a point costs less than measuring candidates one by one.</summary>
    private const int NearbyAlways = 20_000;

    private readonly Listing[] _listings;
    private readonly int[][] _termsOf;
    private readonly byte[][] _weightsOf;
    private readonly FrozenDictionary<string, int> _byId;
    private readonly FrozenDictionary<string, int> _termIds;
    private readonly string[] _terms;
    private readonly int[][] _postings;
    private readonly double[] _idf;
    private readonly FuzzyTerms _fuzzy;
    private readonly FrozenDictionary<string, int[]> _byTaxonomyTerm;
    private readonly FrozenDictionary<string, int[]> _byTaxonomy;
    private readonly FrozenDictionary<string, int[]> _byOrganization;
    private readonly FrozenDictionary<string, int> _byServiceAtLocation;
    private readonly SpatialGrid _grid;
    private readonly HashSet<string>[] _accessibilityTerms;

    private DirectorySnapshot(Listing[] listings, long version, DateTimeOffset changed)
    {
        Version = version;
        Changed = changed;

        // Listed by name, so pages without a search or a place need no sort.
        _listings = [.. listings.OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Id, StringComparer.Ordinal)];
        _byId = _listings.Select((l, i) => (l.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new List<List<int>>();
        _termsOf = new int[_listings.Length][];
        _weightsOf = new byte[_listings.Length][];
        for (var i = 0; i < _listings.Length; i++)
        {
            (_termsOf[i], _weightsOf[i]) = IndexText(_listings[i], i, termIds, postings);
        }

        _termIds = termIds.ToFrozenDictionary(StringComparer.Ordinal);
        _terms = new string[termIds.Count];
        foreach (var (term, id) in termIds)
        {
            _terms[id] = term;
        }

        _postings = [.. postings.Select(p => p.ToArray())];
        _idf = [.. _postings.Select(p => Math.Log(1 + ((_listings.Length - p.Length + 0.5) / (p.Length + 0.5))))];
        _fuzzy = new FuzzyTerms(_terms);
        _byTaxonomyTerm = Group(l => l.TaxonomyTermIds);
        _byTaxonomy = Group(l => l.TaxonomyIds);
        _byOrganization = Group(l => l.OrganizationId is null ? [] : [l.OrganizationId]);
        _byServiceAtLocation = _listings
            .SelectMany((l, i) => l.ServiceAtLocationIds.Select(sal => (sal, i)))
            .GroupBy(x => x.sal, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        _grid = new SpatialGrid(_listings.Length, _listings.SelectMany((l, i) => l.Places.Select((p, j) => (i, j, p.Latitude, p.Longitude))));
        _accessibilityTerms = [.. _listings.Select(l => l.Accessibility.SelectMany(TextAnalyzer.Terms).ToHashSet(StringComparer.Ordinal))];
    }

    /// <summary>Grows with every change; with the query it makes the ETag of a page.</summary>
    public long Version { get; }

    /// <summary>When the directory last changed, as far as this snapshot knows (Last-Modified).</summary>
    public DateTimeOffset Changed { get; }

    public int Count => _listings.Length;

    public IReadOnlyList<Listing> Listings => _listings;

    public static DirectorySnapshot Empty { get; } = new([], 0, DateTimeOffset.UnixEpoch);

    public static DirectorySnapshot Build(IEnumerable<Listing> listings, long version, DateTimeOffset changed) => new([.. listings], version, changed);

    public Listing? Find(string id) => _byId.TryGetValue(id, out var i) ? _listings[i] : null;

    /// <summary>The listing a service-at-location belongs to.</summary>
    public Listing? FindServiceAtLocation(string id) =>
        _byServiceAtLocation.TryGetValue(id, out var found) ? _listings[found] : null;

    /// <summary>A new snapshot with these listings added or replaced and those ids removed.</summary>
    public DirectorySnapshot With(IEnumerable<Listing> changed, IEnumerable<string> removed, long version, DateTimeOffset at)
    {
        var byId = _listings.ToDictionary(l => l.Id, StringComparer.Ordinal);
        foreach (var id in removed)
        {
            byId.Remove(id);
        }

        foreach (var listing in changed)
        {
            byId[listing.Id] = listing;
        }

        return new DirectorySnapshot([.. byId.Values], version, at);
    }

    public DirectoryResult Search(DirectoryQuery query)
    {
        var words = Words(query.Text, out var corrected);
        if (words is null)
        {
            return new DirectoryResult(0, [], corrected);
        }

        var skip = (long)(query.Page - 1) * query.PerPage;
        if (IsUnfiltered(query, words))
        {
            // Every listing, in name order: the page is a slice.
            var slice = _listings.Skip((int)Math.Min(skip, _listings.Length)).Take(query.PerPage).Select(l => new DirectoryHit(l, null, 0)).ToList();
            return new DirectoryResult(_listings.Length, slice, corrected);
        }

        // Candidates come from the shortest list a filter offers and must be on every other list before a
        // listing itself is looked at: posting lists are sorted arrays, so that is a binary search each and
        // touches no listing. The places within the radius are gathered (and measured) when they are few
        // enough; otherwise each surviving candidate is measured on its own.
        var lists = Lists(query, words);
        var shortest = lists.Count == 0 ? null : lists.MinBy(l => l.Length);
        using var nearby = query.Near is { RadiusMetres: { } radius } near
            && _grid.CountNear(near.Latitude, near.Longitude, radius) <= Math.Max(NearbyAlways, 4L * (shortest?.Length ?? int.MaxValue))
            ? _grid.Within(near.Latitude, near.Longitude, radius)
            : null;
        var candidates = nearby is not null && (shortest is null || nearby.Count < shortest.Length)
            ? nearby.Found()
            : (shortest ?? Enumerable.Range(0, _listings.Length)).Select(i => (Entry: i, Distance: (double?)null));
        var access = TextAnalyzer.Terms(query.Accessibility);
        var language = query.Language?.Trim().ToLowerInvariant();
        var ranked = words.Count > 0 || query.Near is not null;
        var measure = query.Near is { } centre ? Geo.From(centre.Latitude, centre.Longitude) : default;
        var hits = new List<DirectoryHit>();
        var total = 0;
        foreach (var (i, found) in candidates)
        {
            if (!OnEveryList(i, lists) || (found is null && nearby is not null && !nearby.Contains(i)))
            {
                continue;
            }

            if (!Matches(i, query, language, access))
            {
                continue;
            }

            var distance = found;
            if (distance is null && query.Near is { } point)
            {
                distance = Nearest(_listings[i], measure);
                if (point.RadiusMetres is { } limit && !(distance <= limit))
                {
                    continue;
                }
            }

            var score = words.Count == 0 ? 0 : Score(i, words);
            if (words.Count > 0 && score <= 0)
            {
                continue;
            }

            // Unranked results stay in name order, so only the page itself needs keeping.
            if (ranked || (total >= skip && total < skip + query.PerPage))
            {
                hits.Add(new DirectoryHit(_listings[i], distance, score));
            }

            total++;
        }

        if (!ranked)
        {
            return new DirectoryResult(total, hits, corrected);
        }

        Rank(hits, words.Count > 0, query.Near is not null);
        var page = skip >= hits.Count ? [] : hits.GetRange((int)skip, (int)Math.Min(query.PerPage, hits.Count - skip));
        return new DirectoryResult(total, page, corrected);
    }

    private static bool IsUnfiltered(DirectoryQuery q, List<(int Term, bool Fuzzy)[]> words) =>
        words.Count == 0 && q.TaxonomyTermIds.Count == 0 && q.TaxonomyId is null && q.OrganizationId is null && q.ModifiedAfter is null
        && q.Near is null && q.MinimumAge is null && q.MaximumAge is null && q.OpenDuring is null && q.Cost is null
        && string.IsNullOrWhiteSpace(q.Language) && string.IsNullOrWhiteSpace(q.Accessibility) && !q.AcceptingReferrals && !q.ActiveOnly
        && q.AssuredSince is null;

    /// <summary>
    /// The analysed words of the search, each with the indexed terms that count as it: the word itself, or
    /// when it is not indexed, the terms one typo away. Null when a word matches nothing at all.
    /// </summary>
    private List<(int Term, bool Fuzzy)[]>? Words(string? text, out bool corrected)
    {
        corrected = false;
        var words = new List<(int, bool)[]>();
        foreach (var word in TextAnalyzer.Terms(text).Distinct(StringComparer.Ordinal))
        {
            if (_termIds.TryGetValue(word, out var exact))
            {
                words.Add([(exact, false)]);
                continue;
            }

            var near = _fuzzy.Near(word);
            if (near.Count == 0)
            {
                return null;
            }

            corrected = true;
            words.Add([.. near.Select(t => (t, true))]);
        }

        return words;
    }

    /// <summary>The sorted lists the filters offer (taxonomy, organization, each word): a listing must be on all.</summary>
    private List<int[]> Lists(DirectoryQuery query, List<(int Term, bool Fuzzy)[]> words)
    {
        var lists = new List<int[]>();
        if (query.TaxonomyTermIds.Count > 0)
        {
            lists.Add(Union(query.TaxonomyTermIds.Select(t => _byTaxonomyTerm.GetValueOrDefault(t, []))));
        }

        if (query.TaxonomyId is { } taxonomy)
        {
            lists.Add(_byTaxonomy.GetValueOrDefault(taxonomy, []));
        }

        if (query.OrganizationId is { } organization)
        {
            lists.Add(_byOrganization.GetValueOrDefault(organization, []));
        }

        foreach (var word in words)
        {
            lists.Add(Union(word.Select(w => _postings[w.Term])));
        }

        return lists;
    }

    private static bool OnEveryList(int i, List<int[]> lists)
    {
        foreach (var list in lists)
        {
            if (Array.BinarySearch(list, i) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private bool Matches(int i, DirectoryQuery query, string? language, List<string> access)
    {
        var l = _listings[i];
        return (query.TaxonomyTermIds.Count == 0 || SharesAny(query.TaxonomyTermIds, l.TaxonomyTermIds))
               && (query.TaxonomyId is null || l.TaxonomyIds.Contains(query.TaxonomyId))
               && (query.OrganizationId is null || l.OrganizationId == query.OrganizationId)
               && (query.ModifiedAfter is null || l.LastModified >= query.ModifiedAfter)
               && (query.MinimumAge is null || l.MaximumAge is null || l.MaximumAge >= query.MinimumAge)
               && (query.MaximumAge is null || l.MinimumAge is null || l.MinimumAge <= query.MaximumAge)
               && (query.OpenDuring is not { } window || l.Hours.Overlaps(window))
               && (query.Cost is null || l.Cost == query.Cost)
               && (language is null || l.Languages.Contains(language))
               && access.TrueForAll(_accessibilityTerms[i].Contains)
               && (!query.AcceptingReferrals || l.Capacity is "capacity" or "waitlist")
               && (!query.ActiveOnly || l.Status == "active")
               && (query.AssuredSince is not { } since || (l.ConfirmedOn ?? DateOnly.MinValue) >= since)
               && (query.Near is not { RadiusMetres: not null } || l.Places.Count > 0);
    }

    private static bool SharesAny(IReadOnlyList<string> wanted, IReadOnlyList<string> has)
    {
        for (var i = 0; i < wanted.Count; i++)
        {
            for (var j = 0; j < has.Count; j++)
            {
                if (string.Equals(wanted[i], has[j], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Each word contributes its rarity times where it was found (name above description); typos count less.</summary>
    private double Score(int i, List<(int Term, bool Fuzzy)[]> words)
    {
        var terms = _termsOf[i];
        var weights = _weightsOf[i];
        var total = 0.0;
        foreach (var word in words)
        {
            var best = 0.0;
            foreach (var (term, fuzzy) in word)
            {
                var at = Array.BinarySearch(terms, term);
                if (at >= 0)
                {
                    best = Math.Max(best, _idf[term] * weights[at] * (fuzzy ? FuzzyPenalty : 1));
                }
            }

            if (best == 0)
            {
                return 0;
            }

            total += best;
        }

        return total;
    }

    private static void Rank(List<DirectoryHit> hits, bool byWords, bool byDistance)
    {
        if (byWords && byDistance)
        {
            // Relevance first, softened by distance: a good match 3 km away counts half a match on the doorstep.
            hits.Sort((a, b) => Combined(b).CompareTo(Combined(a)));
        }
        else if (byWords)
        {
            hits.Sort((a, b) => b.Score.CompareTo(a.Score));
        }
        else if (byDistance)
        {
            hits.Sort((a, b) => (a.DistanceMetres ?? double.MaxValue).CompareTo(b.DistanceMetres ?? double.MaxValue));
        }

        static double Combined(DirectoryHit h) => h.Score / (1 + ((h.DistanceMetres ?? 10_000) / 3_000));
    }

    private static double? Nearest(Listing listing, LocalMeasure measure)
    {
        double? best = null;
        foreach (var p in listing.Places)
        {
            var d = measure.DistanceMetres(p.Latitude, p.Longitude);
            if (best is null || d < best)
            {
                best = d;
            }
        }

        return best;
    }

    private static (int[] Terms, byte[] Weights) IndexText(Listing l, int entry, Dictionary<string, int> termIds, List<List<int>> postings)
    {
        var weights = new Dictionary<int, byte>();
        Add(l.Name, NameWeight);
        Add(l.OrganizationName, OrganizationWeight);
        Add(l.Description, DescriptionWeight);
        foreach (var name in l.TaxonomyTermNames)
        {
            Add(name, TermWeight);
        }

        var terms = weights.Keys.Order().ToArray();
        foreach (var term in terms)
        {
            postings[term].Add(entry);
        }

        return (terms, [.. terms.Select(t => weights[t])]);

        void Add(string? text, byte weight)
        {
            foreach (var word in TextAnalyzer.Terms(text))
            {
                if (!termIds.TryGetValue(word, out var id))
                {
                    termIds[word] = id = termIds.Count;
                    postings.Add([]);
                }

                weights[id] = Math.Max(weights.GetValueOrDefault(id), weight);
            }
        }
    }

    private FrozenDictionary<string, int[]> Group(Func<Listing, IEnumerable<string>> keys) =>
        _listings.SelectMany((l, i) => keys(l).Distinct().Select(k => (k, i)))
            .GroupBy(x => x.k, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.i).ToArray(), StringComparer.Ordinal);

    private static int[] Union(IEnumerable<int[]> lists)
    {
        var all = lists.ToList();
        return all.Count == 1 ? all[0] : [.. all.SelectMany(l => l).Distinct().Order()];
    }
}
