namespace Linkwell.Domain.Directory.Search;

/// <summary>
/// Finds the indexed terms one typo away from a word ("wlaking", "walkng", "walkking" → "walk..."): the
/// symmetric-delete method, so a lookup costs a few dictionary probes rather than a scan of every term.
/// Only words of <see cref="MinLength"/> letters or more are corrected; short words have too many neighbours.
/// </summary>
public sealed class FuzzyTerms
{
    public const int MinLength = 4;

    private readonly Dictionary<string, List<int>> _byDeletion = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _terms;

    public FuzzyTerms(IReadOnlyList<string> terms)
    {
        _terms = terms;
        for (var id = 0; id < terms.Count; id++)
        {
            if (terms[id].Length < MinLength)
            {
                continue;
            }

            Add(terms[id], id);
            foreach (var deletion in Deletions(terms[id]))
            {
                Add(deletion, id);
            }
        }
    }

    /// <summary>Ids of the terms within one edit (insert, delete, substitute, or swap of neighbours).</summary>
    public IReadOnlyList<int> Near(string word)
    {
        if (word.Length < MinLength)
        {
            return [];
        }

        var found = new HashSet<int>();
        Collect(word, word, found);
        foreach (var deletion in Deletions(word))
        {
            Collect(deletion, word, found);
        }

        return [.. found];
    }

    private void Collect(string key, string word, HashSet<int> found)
    {
        if (!_byDeletion.TryGetValue(key, out var ids))
        {
            return;
        }

        foreach (var id in ids)
        {
            if (!found.Contains(id) && WithinOneEdit(word, _terms[id]))
            {
                found.Add(id);
            }
        }
    }

    private void Add(string key, int id)
    {
        if (!_byDeletion.TryGetValue(key, out var ids))
        {
            _byDeletion[key] = ids = [];
        }

        if (ids.Count == 0 || ids[^1] != id)
        {
            ids.Add(id);
        }
    }

    private static IEnumerable<string> Deletions(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }

    /// <summary>Damerau–Levenshtein distance of at most one, checked directly.</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (a.Length == b.Length)
        {
            if (prefix == a.Length)
            {
                return true;
            }

            return a.AsSpan(prefix + 1).SequenceEqual(b.AsSpan(prefix + 1))
                   || (prefix + 1 < a.Length && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
                       && a.AsSpan(prefix + 2).SequenceEqual(b.AsSpan(prefix + 2)));
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.AsSpan(prefix + 1).SequenceEqual(shorter.AsSpan(prefix));
    }
}
