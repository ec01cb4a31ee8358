using Linkwell.Domain.Schemes;
using Linkwell.Domain.Shared;

namespace Linkwell.Domain.Tests.Schemes;

public sealed class GpPracticeTests
{
    [Theory]
    [InlineData("A81001")]
    [InlineData("a81001")]
    [InlineData("  a81001  ")]
    public void Ods_code_is_normalised_to_upper_case(string odsCode)
    {
        var practice = GpPractice.Create(odsCode, "Leeds City Medical Practice", A.SchemeId, null);

        Assert.Equal("A81001", practice.OdsCode);
    }

    [Fact]
    public void Practice_keeps_its_name_scheme_and_postcode()
    {
        var practice = GpPractice.Create("A81001", "  Leeds City Medical Practice ", A.SchemeId, " LS1 4AP ");

        Assert.Equal("Leeds City Medical Practice", practice.Name);
        Assert.Equal(A.SchemeId, practice.SchemeId);
        Assert.Equal("LS1 4AP", practice.Postcode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Postcode_is_optional(string? postcode)
    {
        var practice = GpPractice.Create("A81001", "Leeds City Medical Practice", A.SchemeId, postcode);

        Assert.Null(practice.Postcode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("A8100")]
    [InlineData("A810012")]
    [InlineData("AA1001")]
    [InlineData("881001")]
    [InlineData("A8100X")]
    [InlineData("A81 001")]
    [InlineData("Y00001X")]
    [InlineData("\uFF2181001")] // full-width A
    [InlineData("A8100\u0661")] // Arabic-Indic one
    public void Invalid_ods_code_is_refused(string odsCode)
    {
        var error = Assert.Throws<DomainException>(
            () => GpPractice.Create(odsCode, "Leeds City Medical Practice", A.SchemeId, null));

        Assert.Contains("ODS code", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Practice_needs_a_name(string name)
    {
        Assert.Throws<DomainException>(() => GpPractice.Create("A81001", name, A.SchemeId, null));
    }

    [Theory]
    [InlineData("A81001", true)]
    [InlineData("Y02345", true)]
    [InlineData("a81001", false)]
    [InlineData("A8100", false)]
    [InlineData("RR8", false)]
    public void Is_practice_code_expects_a_normalised_code(string code, bool expected)
    {
        Assert.Equal(expected, GpPractice.IsPracticeCode(code));
    }
}
