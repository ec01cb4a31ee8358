using System.Text.RegularExpressions;

namespace Linkwell.Web.Infrastructure.Logging;

/// <summary>
/// The one place personal data is taken out of log text. Linkwell's own log messages never carry names,
/// NHS numbers or contact details; this catches what others' messages might (a database error quoting the
/// duplicate key value, an exception message with an address in it) before anything reaches the log.
/// </summary>
public static partial class LogRedaction
{
    public static string Redact(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        text = Email().Replace(text, "[email]");
        text = PhoneOrNhsNumber().Replace(text, "[number]");
        return Postcode().Replace(text, "[postcode]");
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    /// <summary>Ten digits in 3-3-4 (NHS numbers) and UK phone numbers starting 0 or +44.</summary>
    [GeneratedRegex(@"(?<![\w-])(?:\d{3}[ -]?\d{3}[ -]?\d{4}|(?:\+44 ?|0)\d(?:[ -]?\d){8,9})(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneOrNhsNumber();

    [GeneratedRegex(@"\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Postcode();
}
