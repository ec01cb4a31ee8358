using System.Text;
using Linkwell.Domain.Directory.Oruk;
using Linkwell.Domain.People;

namespace Linkwell.Domain.Directory;

/// <summary>A service as the duplicate finder sees it: the full service and where it came from (a feed, or here).</summary>
public sealed record DuplicateSubject(OrukService Service, string Source);

/// <summary>Two services from different sources that look like one, and every reason why (in words for people).</summary>
public sealed record LikelyDuplicate(string FirstId, string SecondId, IReadOnlyList<string> Reasons);

/// <summary>
/// Finds likely duplicates across sources (several feeds can cover one area): services that share an organization
/// name and postcode, a phone number, an email address or a web address. Each service is filed under its
/// normalised keys and only services filed together are paired, so the work grows with the directory, not with
/// its square. A key held by more than <see cref="MaxShared"/> services (a national helpline, a council's switchboard)
/// says nothing about any two of them and is passed over.
/// </summary>
public static class LikelyDuplicates
{
    public const int MaxShared = 20;

    public static IReadOnlyList<LikelyDuplicate> Find(IReadOnlyList<DuplicateSubject> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var filed = new Dictionary<string, (string Reason, List<int> Services)>(StringComparer.Ordinal);
        for (var i = 0; i < services.Count; i++)
        {
            foreach (var (key, reason) in KeysOf(services[i].Service).DistinctBy(k => k.Key))
            {
                if (!filed.TryGetValue(key, out var entry))
                {
                    filed[key] = entry = (reason, []);
                }

                entry.Services.Add(i);
            }
        }

        var pairs = new Dictionary<(int, int), SortedSet<string>>();
        foreach (var (reason, group) in filed.Values.Where(f => f.Services.Count is > 1 and <= MaxShared))
        {
            for (var a = 0; a < group.Count; a++)
            {
                for (var b = a + 1; b < group.Count; b++)
                {
                    var (first, second) = (services[group[a]], services[group[b]]);
                    if (first.Source == second.Source)
                    {
                        continue;
                    }

                    var key = string.CompareOrdinal(first.Service.Id, second.Service.Id) < 0 ? (group[a], group[b]) : (group[b], group[a]);
                    if (!pairs.TryGetValue(key, out var reasons))
                    {
                        pairs[key] = reasons = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    reasons.Add(reason);
                }
            }
        }

        return [.. pairs
            .Select(p => new LikelyDuplicate(services[p.Key.Item1].Service.Id, services[p.Key.Item2].Service.Id, [.. p.Value]))
            .OrderByDescending(d => d.Reasons.Count)
            .ThenBy(d => d.FirstId, StringComparer.Ordinal)
            .ThenBy(d => d.SecondId, StringComparer.Ordinal)];
    }

    /// <summary>The keys a service is filed under, each with the reason it gives when shared.</summary>
    public static IEnumerable<(string Key, string Reason)> KeysOf(OrukService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var locations = service.ServiceAtLocations.Select(s => s.Location).OfType<OrukLocation>().ToList();
        if (service.Organization is { } organization && Words(organization.Name) is { Length: > 0 } name)
        {
            foreach (var address in locations.SelectMany(l => l.Addresses))
            {
                if (Postcode.TryNormalise(address.PostalCode, out var postcode))
                {
                    yield return ($"organization:{name}|{postcode}", $"Same organisation and postcode: {organization.Name.Trim()}, {postcode}");
                }
            }
        }

        var phones = service.Phones
            .Concat(service.Contacts.SelectMany(c => c.Phones))
            .Concat(locations.SelectMany(l => l.Phones));
        foreach (var phone in phones)
        {
            if (PhoneDigits(phone.Number) is { } digits)
            {
                yield return ($"phone:{digits}", $"Same phone number: {phone.Number.Trim()}");
            }
        }

        if (service.Email?.Trim().ToLowerInvariant() is { Length: > 3 } email && email.Contains('@', StringComparison.Ordinal))
        {
            yield return ($"email:{email}", $"Same email address: {email}");
        }

        if (WebAddress(service.Url) is { } web)
        {
            yield return ($"web:{web}", $"Same web address: {web}");
        }
    }

    /// <summary>Lower-case words of letters and digits, "&amp;" read as "and", a leading "the" dropped.</summary>
    public static string Words(string? text)
    {
        var words = new StringBuilder();
        foreach (var c in (text ?? string.Empty).Replace("&", " and ", StringComparison.Ordinal))
        {
            words.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var parts = words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts.Length > 1 && parts[0] == "the" ? parts[1..] : parts);
    }

    /// <summary>A UK number's digits in national form (+44, 0044 and +44 (0) read as 0); null when too short to be a number.</summary>
    public static string? PhoneDigits(string? number)
    {
        var digits = new string((number ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        var international = digits.StartsWith("0044", StringComparison.Ordinal) ? 4 : digits.StartsWith("44", StringComparison.Ordinal) && digits.Length >= 12 ? 2 : 0;
        if (international > 0)
        {
            // "+44 (0)113...": the national 0 may be there already.
            digits = digits[international..];
            digits = digits.StartsWith('0') ? digits : "0" + digits;
        }

        return digits.Length >= 10 ? digits : null;
    }

    /// <summary>Host (without www.) and path, lower case, no scheme, query or trailing slash: "example.org/walks".</summary>
    public static string? WebAddress(string? url)
    {
        var text = url?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "http://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        return host + uri.AbsolutePath.TrimEnd('/').ToLowerInvariant();
    }
}
