using Linkwell.Domain.Caseloads;

namespace Linkwell.Domain.Tests.Caseloads;

public sealed class SafeCaseloadTests
{
    [Theory]
    [InlineData(0, CaseloadLevel.BelowSafeRange)]
    [InlineData(199, CaseloadLevel.BelowSafeRange)]
    [InlineData(200, CaseloadLevel.WithinSafeRange)]
    [InlineData(225, CaseloadLevel.WithinSafeRange)]
    [InlineData(250, CaseloadLevel.WithinSafeRange)]
    [InlineData(251, CaseloadLevel.OverSafeRange)]
    [InlineData(400, CaseloadLevel.OverSafeRange)]
    public void Caseload_is_assessed_against_200_to_250_a_year(int takenOnInLastYear, CaseloadLevel expected)
    {
        Assert.Equal(expected, SafeCaseload.Assess(takenOnInLastYear));
    }

    [Fact]
    public void Safe_range_is_nhs_englands_200_to_250()
    {
        Assert.Equal(200, SafeCaseload.LowerPerYear);
        Assert.Equal(250, SafeCaseload.UpperPerYear);
    }
}
