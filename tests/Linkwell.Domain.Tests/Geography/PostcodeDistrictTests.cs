using Linkwell.Domain.People;

namespace Linkwell.Domain.Tests.Geography;

public sealed class PostcodeDistrictTests
{
    [Theory]
    [InlineData("LS1", "LS1")]
    [InlineData("ls1", "LS1")]
    [InlineData(" ls29 ", "LS29")]
    [InlineData("M1", "M1")]
    [InlineData("sw1a", "SW1A")]
    [InlineData("EC1A", "EC1A")]
    public void An_outward_code_on_its_own_is_a_district_in_upper_case(string input, string expected)
    {
        Assert.True(Postcode.TryNormaliseDistrict(input, out var district));
        Assert.Equal(expected, district);
    }

    [Theory]
    [InlineData("LS1 4AP")]
    [InlineData("LS14AP")]
    [InlineData("LS1 4")]
    [InlineData("LS")]
    [InlineData("1LS")]
    [InlineData("LS123")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_but_an_outward_code_is_not_a_district(string? input)
    {
        Assert.False(Postcode.TryNormaliseDistrict(input, out var district));
        Assert.Equal(string.Empty, district);
    }
}
