using Linkwell.Domain.People;

namespace Linkwell.Domain.Tests.People;

public sealed class NhsNumberTests
{
    // The NHS Data Dictionary's worked example: 9*10 + 4*9 + 3*8 + 4*7 + 7*6 + 6*5 + 5*4 + 9*3 + 1*2 = 299,
    // 299 mod 11 = 2, 11 - 2 = 9, so the check digit is 9.
    private const string Valid = "9434765919";

    [Theory]
    [InlineData("9434765919")]
    [InlineData("943 476 5919")]
    [InlineData("943-476-5919")]
    [InlineData(" 9434765919 ")]
    public void Valid_number_parses_to_its_ten_digits(string input)
    {
        var parsed = NhsNumber.TryParse(input, out var number, out var problem);

        Assert.True(parsed);
        Assert.Equal(NhsNumberProblem.None, problem);
        Assert.Equal(Valid, number.Value);
    }

    [Fact]
    public void Valid_number_is_formatted_three_three_four()
    {
        var number = NhsNumber.Parse(Valid);

        Assert.Equal("943 476 5919", number.Formatted);
        Assert.Equal("943 476 5919", number.ToString());
    }

    [Fact]
    public void Same_number_typed_differently_is_equal()
    {
        Assert.Equal(NhsNumber.Parse("943 476 5919"), NhsNumber.Parse("943-476-5919"));
    }

    [Theory]
    [InlineData("943476591")]
    [InlineData("94347659190")]
    [InlineData("943 476 591")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Number_without_ten_digits_has_wrong_length(string? input)
    {
        AssertRefused(input, NhsNumberProblem.WrongLength);
    }

    [Theory]
    [InlineData("943476591\uFF19")] // full-width nine as the check digit
    [InlineData("9\uFF1934765919")] // full-width nine in place of the second digit
    [InlineData("\u0669434765919")] // Arabic-Indic nine in place of the leading nine
    [InlineData("94347\u06696919")] // Arabic-Indic nine in the middle
    public void Non_ascii_digits_are_not_digits(string input)
    {
        // char.IsDigit would accept these; an NHS number is ASCII 0 to 9 only.
        Assert.Equal(10, input.Length);
        AssertRefused(input, NhsNumberProblem.NotDigits);
    }

    [Theory]
    [InlineData("943476591A")]
    [InlineData("ABCDEFGHIJ")]
    [InlineData("943.476.5919")]
    [InlineData("943\t476\t5919")]
    [InlineData("+9434765919")]
    public void Letters_and_other_characters_are_not_digits(string input)
    {
        AssertRefused(input, NhsNumberProblem.NotDigits);
    }

    [Theory]
    [InlineData("0000000000")]
    [InlineData("1111111111")]
    [InlineData("2222222222")]
    [InlineData("5555555555")]
    [InlineData("9999999999")]
    [InlineData("000 000 0000")]
    public void Same_digit_ten_times_is_refused(string input)
    {
        AssertRefused(input, NhsNumberProblem.AllSameDigit);
    }

    [Theory]
    [InlineData("0000000000")]
    [InlineData("1111111111")]
    public void Some_repdigits_would_pass_the_check_digit_alone(string input)
    {
        // Why the repdigit rule exists: these satisfy Modulus 11 but are not real numbers.
        Assert.Equal(input[9] - '0', NhsNumber.CheckDigit(input[..9]));
        AssertRefused(input, NhsNumberProblem.AllSameDigit);
    }

    [Theory]
    [InlineData("9434765910")]
    [InlineData("9434765911")]
    [InlineData("9434765918")]
    [InlineData("943 476 5918")]
    public void Wrong_check_digit_fails_the_check(string input)
    {
        AssertRefused(input, NhsNumberProblem.FailedCheckDigit);
    }

    [Fact]
    public void Swapping_two_digits_fails_the_check()
    {
        // Modulus 11 with weights catches transpositions, the commonest typing slip.
        AssertRefused("4934765919", NhsNumberProblem.FailedCheckDigit);
    }

    [Theory]
    [InlineData("943476596")]
    [InlineData("999000000")]
    [InlineData("999123456")]
    public void Number_whose_check_computes_to_ten_is_never_valid(string firstNine)
    {
        Assert.Equal(-1, NhsNumber.CheckDigit(firstNine));
        for (var last = '0'; last <= '9'; last++)
        {
            AssertRefused(firstNine + last, NhsNumberProblem.FailedCheckDigit);
        }
    }

    [Theory]
    [InlineData("943476591", 9)]
    [InlineData("999000001", 8)]
    [InlineData("999000005", 0)]
    [InlineData("999876543", 9)]
    public void Check_digit_is_modulus_eleven_of_the_first_nine(string firstNine, int expected)
    {
        Assert.Equal(expected, NhsNumber.CheckDigit(firstNine));
    }

    [Theory]
    [InlineData("999000001")]
    [InlineData("999000002")]
    [InlineData("999000003")]
    [InlineData("999000005")]
    [InlineData("999000013")]
    [InlineData("999876543")]
    public void Generated_test_range_numbers_parse(string firstNine)
    {
        // The 999 range is reserved for test data; a number built with CheckDigit must be accepted.
        var check = NhsNumber.CheckDigit(firstNine);
        Assert.InRange(check, 0, 9);
        var generated = firstNine + (char)('0' + check);

        var parsed = NhsNumber.TryParse(generated, out var number, out var problem);

        Assert.True(parsed, $"{generated}: {problem}");
        Assert.Equal(NhsNumberProblem.None, problem);
        Assert.Equal(generated, number.Value);
    }

    [Fact]
    public void Parse_of_an_invalid_number_throws_with_the_plain_words_message()
    {
        var error = Assert.Throws<FormatException>(() => NhsNumber.Parse("9434765918"));

        Assert.Equal(NhsNumber.Describe(NhsNumberProblem.FailedCheckDigit), error.Message);
    }

    [Fact]
    public void Every_problem_has_a_message()
    {
        var problems = Enum.GetValues<NhsNumberProblem>();

        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(NhsNumber.Describe(p)), p.ToString()));
        Assert.Equal(problems.Length, problems.Select(NhsNumber.Describe).Distinct().Count());
    }

    private static void AssertRefused(string? input, NhsNumberProblem expected)
    {
        var parsed = NhsNumber.TryParse(input, out var number, out var problem);

        Assert.False(parsed, $"'{input}' was accepted");
        Assert.Equal(expected, problem);
        Assert.Equal(default, number);
    }
}
