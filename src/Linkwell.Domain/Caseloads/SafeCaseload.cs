namespace Linkwell.Domain.Caseloads;

/// <summary>
/// NHS England's guidance: a full-time link worker safely supports 200–250 people a year. We count the
/// people newly taken on in the last 12 months.
/// </summary>
public static class SafeCaseload
{
    public const int LowerPerYear = 200;
    public const int UpperPerYear = 250;

    public static CaseloadLevel Assess(int takenOnInLastYear) => takenOnInLastYear switch
    {
        > UpperPerYear => CaseloadLevel.OverSafeRange,
        >= LowerPerYear => CaseloadLevel.WithinSafeRange,
        _ => CaseloadLevel.BelowSafeRange,
    };
}

public enum CaseloadLevel
{
    BelowSafeRange,
    WithinSafeRange,
    OverSafeRange,
}
