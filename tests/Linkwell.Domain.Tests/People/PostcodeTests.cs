using Linkwell.Domain.People;

namespace Linkwell.Domain.Tests.People;

public sealed class PostcodeTests
{
    [Theory]
    [InlineData("ls14ap", "LS1 4AP")]
    [InlineData("sw1a1aa", "SW1A 1AA")]
    [InlineData("LS1 4AP", "LS1 4AP")]
    [InlineData("  ls1   4ap  ", "LS1 4AP")]
    [InlineData("Ls1\t4aP", "LS1 4AP")]
    [InlineData("m11ae", "M1 1AE")]
    [InlineData("b338th", "B33 8TH")]
    [InlineData("cr26xh", "CR2 6XH")]
    [InlineData("dn551pt", "DN55 1PT")]
    [InlineData("w1a0ax", "W1A 0AX")]
    [InlineData("ec1a1bb", "EC1A 1BB")]
    public void Valid_postcode_is_upper_case_with_one_space_before_the_inward_code(string input, string expected)
    {
        var valid = Postcode.TryNormalise(input, out var postcode);

        Assert.True(valid);
        Assert.Equal(expected, postcode);
    }

    [Theory]
    [InlineData("ABC")]
    [InlineData("12345")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("LS1 4A")]
    [InlineData("LS1 4APX")]
    [InlineData("LS1 AAP")]
    [InlineData("1S1 4AP")]
    [InlineData("LSS1 4AP")]
    [InlineData("LS1-4AP")]
    public void Malformed_postcode_is_refused(string? input)
    {
        var valid = Postcode.TryNormalise(input, out var postcode);

        Assert.False(valid);
        Assert.Equal(string.Empty, postcode);
    }

    [Theory]
    [InlineData("LS1 4AP", "LS1")]
    [InlineData("SW1A 1AA", "SW1A")]
    [InlineData("M1 1AE", "M1")]
    [InlineData("DN55 1PT", "DN55")]
    public void District_is_the_outward_code(string normalised, string expected)
    {
        Assert.Equal(expected, Postcode.District(normalised));
    }
}
