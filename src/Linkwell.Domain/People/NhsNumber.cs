namespace Linkwell.Domain.People;

/// <summary>Why a typed NHS number was refused. Each has a plain-words message.</summary>
public enum NhsNumberProblem
{
    None,
    WrongLength,
    NotDigits,
    AllSameDigit,
    FailedCheckDigit,
}

/// <summary>
/// A valid NHS number: ten ASCII digits passing the Modulus 11 check, not a repdigit.
/// Spaces and hyphens between digits are allowed when typed (people copy "943 476 5919").
/// </summary>
public readonly record struct NhsNumber
{
    private NhsNumber(string value) => Value = value;

    /// <summary>The ten digits with no separators.</summary>
    public string Value { get; }

    /// <summary>Shown 3-3-4, as the NHS does.</summary>
    public string Formatted => $"{Value[..3]} {Value[3..6]} {Value[6..]}";

    public override string ToString() => Formatted;

    public static bool TryParse(string? input, out NhsNumber number, out NhsNumberProblem problem)
    {
        number = default;
        problem = Check(input, out var digits);
        if (problem != NhsNumberProblem.None)
        {
            return false;
        }

        number = new NhsNumber(digits);
        return true;
    }

    public static NhsNumber Parse(string input) =>
        TryParse(input, out var number, out var problem)
            ? number
            : throw new FormatException(Describe(problem));

    public static string Describe(NhsNumberProblem problem) => problem switch
    {
        NhsNumberProblem.None => "The NHS number is valid.",
        NhsNumberProblem.WrongLength => "NHS number must be 10 digits.",
        NhsNumberProblem.NotDigits => "NHS number must contain only the digits 0 to 9.",
        NhsNumberProblem.AllSameDigit => "NHS number cannot be the same digit 10 times.",
        NhsNumberProblem.FailedCheckDigit => "This is not a valid NHS number. Check it and try again.",
    };

    private static NhsNumberProblem Check(string? input, out string digits)
    {
        digits = string.Empty;
        var compact = (input ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("-", string.Empty, StringComparison.Ordinal);

        // char.IsDigit accepts Arabic-Indic and full-width digits; an NHS number is ASCII only.
        if (compact.Any(c => !char.IsAsciiDigit(c)))
        {
            return NhsNumberProblem.NotDigits;
        }

        if (compact.Length != 10)
        {
            return NhsNumberProblem.WrongLength;
        }

        if (compact.All(c => c == compact[0]))
        {
            return NhsNumberProblem.AllSameDigit;
        }

        if (CheckDigit(compact) != compact[9] - '0')
        {
            return NhsNumberProblem.FailedCheckDigit;
        }

        digits = compact;
        return NhsNumberProblem.None;
    }

    /// <summary>Modulus 11 over the first nine digits; -1 when no check digit can be valid.</summary>
    public static int CheckDigit(string firstNine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (firstNine[i] - '0') * (10 - i);
        }

        var result = 11 - (sum % 11);
        return result switch
        {
            11 => 0,
            10 => -1,
            _ => result,
        };
    }
}
