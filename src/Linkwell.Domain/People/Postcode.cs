using System.Text.RegularExpressions;

namespace Linkwell.Domain.People;

/// <summary>A UK postcode, upper case with one space before the inward code ("LS1 4AP").</summary>
public static partial class Postcode
{
    public static bool TryNormalise(string? input, out string postcode)
    {
        postcode = string.Empty;
        var compact = new string((input ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        if (!Shape().IsMatch(compact))
        {
            return false;
        }

        postcode = $"{compact[..^3]} {compact[^3..]}";
        return true;
    }

    /// <summary>The outward code ("LS1"), used to say which area a scheme covers.</summary>
    public static string District(string normalised) => normalised.Split(' ')[0];

    /// <summary>An outward code on its own ("ls1", "SW1A"), upper case; false for anything else, a full postcode included.</summary>
    public static bool TryNormaliseDistrict(string? input, out string district)
    {
        // Trimmed, not compacted: "LS1 4" is half a postcode, not the district LS14.
        var trimmed = (input ?? string.Empty).Trim().ToUpperInvariant();
        district = DistrictShape().IsMatch(trimmed) ? trimmed : string.Empty;
        return district.Length > 0;
    }

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?$", RegexOptions.CultureInvariant)]
    private static partial Regex DistrictShape();
}
