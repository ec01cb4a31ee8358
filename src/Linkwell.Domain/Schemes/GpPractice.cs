using System.Text.RegularExpressions;
using Linkwell.Domain.Shared;

namespace Linkwell.Domain.Schemes;

/// <summary>A GP practice a scheme serves, identified by its ODS code (a letter and five digits, e.g. A81001).</summary>
public sealed partial class GpPractice
{
    private GpPractice()
    {
    }

    public string OdsCode { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public Guid SchemeId { get; private set; }

    public string? Postcode { get; private set; }

    public static GpPractice Create(string odsCode, string name, Guid schemeId, string? postcode)
    {
        var code = (odsCode ?? string.Empty).Trim().ToUpperInvariant();
        return IsPracticeCode(code)
            ? new GpPractice { OdsCode = code, Name = Guard.Required(name, "the practice name"), SchemeId = schemeId, Postcode = Guard.Optional(postcode) }
            : throw new DomainException("Enter the practice's ODS code: a letter and five digits, like A81001.");
    }

    public static bool IsPracticeCode(string code) => PracticeCode().IsMatch(code);

    [GeneratedRegex("^[A-Z][0-9]{5}$", RegexOptions.CultureInvariant)]
    private static partial Regex PracticeCode();
}
