using Linkwell.Domain.People;

namespace Linkwell.Domain.Tests.People;

public sealed class DuplicateMatcherTests
{
    private static readonly PersonDetails _zoe = A.PersonDetails() with
    {
        GivenName = "Zoë",
        FamilyName = "O'Neil",
        DateOfBirth = new DateOnly(1984, 7, 23),
        Postcode = "LS1 4AP",
    };

    // The same human as typed by a hurried referrer: lower case, no apostrophe, no accent, no space.
    private static readonly PersonDetails _zoeTypedDifferently = _zoe with
    {
        GivenName = "zoe",
        FamilyName = "oneil",
        Postcode = "ls14ap",
    };

    [Fact]
    public void Same_nhs_number_is_the_same_person()
    {
        var incoming = _zoe with { NhsNumber = "9434765919" };
        var existing = _zoe with { NhsNumber = "9434765919" };

        Assert.Equal(DuplicateMatch.SameNhsNumber, DuplicateMatcher.Compare(incoming, existing));
    }

    [Fact]
    public void Same_nhs_number_matches_even_when_name_and_address_changed()
    {
        var incoming = _zoe with { NhsNumber = "9434765919", FamilyName = "Smith", Postcode = "SW1A 1AA" };
        var existing = _zoe with { NhsNumber = "9434765919" };

        Assert.Equal(DuplicateMatch.SameNhsNumber, DuplicateMatcher.Compare(incoming, existing));
    }

    [Fact]
    public void Different_nhs_numbers_are_different_people_whatever_else_matches()
    {
        var incoming = _zoe with { NhsNumber = "9434765919" };
        var existing = _zoe with { NhsNumber = "9990000018" };

        Assert.Equal(DuplicateMatch.None, DuplicateMatcher.Compare(incoming, existing));
    }

    [Fact]
    public void Same_name_birth_date_and_postcode_match_ignoring_case_accents_punctuation_and_spaces()
    {
        Assert.Equal(
            DuplicateMatch.SameNameBirthDateAndPostcode,
            DuplicateMatcher.Compare(_zoeTypedDifferently, _zoe));
        Assert.Equal(
            DuplicateMatch.SameNameBirthDateAndPostcode,
            DuplicateMatcher.Compare(_zoe, _zoeTypedDifferently));
    }

    [Fact]
    public void Name_match_is_used_when_only_one_record_has_an_nhs_number()
    {
        var incoming = _zoeTypedDifferently;
        var existing = _zoe with { NhsNumber = "9434765919" };

        Assert.Equal(DuplicateMatch.SameNameBirthDateAndPostcode, DuplicateMatcher.Compare(incoming, existing));
    }

    [Fact]
    public void Different_date_of_birth_is_not_a_match()
    {
        var twinBornAfterMidnight = _zoeTypedDifferently with { DateOfBirth = new DateOnly(1984, 7, 24) };

        Assert.Equal(DuplicateMatch.None, DuplicateMatcher.Compare(twinBornAfterMidnight, _zoe));
    }

    [Fact]
    public void Different_postcode_is_not_a_match()
    {
        var incoming = _zoeTypedDifferently with { Postcode = "LS1 4AQ" };

        Assert.Equal(DuplicateMatch.None, DuplicateMatcher.Compare(incoming, _zoe));
    }

    [Fact]
    public void Different_given_name_is_not_a_match()
    {
        var sibling = _zoe with { GivenName = "Zara" };

        Assert.Equal(DuplicateMatch.None, DuplicateMatcher.Compare(sibling, _zoe));
    }

    [Fact]
    public void Different_family_name_is_not_a_match()
    {
        var incoming = _zoe with { FamilyName = "O'Neill" };

        Assert.Equal(DuplicateMatch.None, DuplicateMatcher.Compare(incoming, _zoe));
    }

    [Fact]
    public void Names_in_a_non_latin_script_are_compared_not_discarded()
    {
        // Two different people, born the same day at the same address (twins), named in Chinese characters.
        var first = _zoe with { GivenName = "小明", FamilyName = "李" };
        var second = _zoe with { GivenName = "小红", FamilyName = "王" };

        Assert.Equal(DuplicateMatch.None, DuplicateMatcher.Compare(first, second));
    }

    [Fact]
    public void Best_prefers_the_same_nhs_number_over_a_name_match_in_any_order()
    {
        var incoming = _zoe with { NhsNumber = "9434765919" };
        var byName = A.Person(_zoeTypedDifferently);
        var byNhsNumber = A.Person(_zoe with { GivenName = "Zoe Ann", NhsNumber = "9434765919" });

        var nameFirst = DuplicateMatcher.Best(incoming, [byName, byNhsNumber]);
        var nhsFirst = DuplicateMatcher.Best(incoming, [byNhsNumber, byName]);

        Assert.Equal(DuplicateMatch.SameNhsNumber, nameFirst.Match);
        Assert.Same(byNhsNumber, nameFirst.Person);
        Assert.Equal(DuplicateMatch.SameNhsNumber, nhsFirst.Match);
        Assert.Same(byNhsNumber, nhsFirst.Person);
    }

    [Fact]
    public void Best_finds_the_only_candidate_with_the_same_nhs_number()
    {
        var incoming = _zoe with { NhsNumber = "9434765919" };
        var stranger = A.Person(A.PersonDetails());
        var byNhsNumber = A.Person(_zoe with { FamilyName = "Smith", NhsNumber = "9434765919" });

        var best = DuplicateMatcher.Best(incoming, [stranger, byNhsNumber]);

        Assert.Equal(DuplicateMatch.SameNhsNumber, best.Match);
        Assert.Same(byNhsNumber, best.Person);
    }

    [Fact]
    public void Best_returns_the_name_match_when_no_nhs_number_matches()
    {
        var stranger = A.Person(A.PersonDetails());
        var byName = A.Person(_zoe);

        var best = DuplicateMatcher.Best(_zoeTypedDifferently, [stranger, byName]);

        Assert.Equal(DuplicateMatch.SameNameBirthDateAndPostcode, best.Match);
        Assert.Same(byName, best.Person);
    }

    [Fact]
    public void Best_finds_nobody_among_non_matching_candidates()
    {
        var best = DuplicateMatcher.Best(_zoe, [A.Person(A.PersonDetails())]);

        Assert.Equal(DuplicateMatch.None, best.Match);
        Assert.Null(best.Person);
    }

    [Fact]
    public void Best_finds_nobody_among_no_candidates()
    {
        var best = DuplicateMatcher.Best(_zoe, []);

        Assert.Equal(DuplicateMatch.None, best.Match);
        Assert.Null(best.Person);
    }

    [Fact]
    public void Match_key_is_equal_for_variants_of_the_same_person()
    {
        Assert.Equal(DuplicateMatcher.KeyOf(_zoe), DuplicateMatcher.KeyOf(_zoeTypedDifferently));
    }

    [Fact]
    public void Match_key_folds_family_name_birth_date_and_postcode()
    {
        // Stored and indexed: changing its shape needs a data migration.
        Assert.Equal("ONEIL|19840723|LS14AP", DuplicateMatcher.KeyOf(_zoe));
    }

    [Fact]
    public void Match_key_differs_when_date_of_birth_differs()
    {
        var other = _zoe with { DateOfBirth = new DateOnly(1984, 7, 24) };

        Assert.NotEqual(DuplicateMatcher.KeyOf(_zoe), DuplicateMatcher.KeyOf(other));
    }

    [Fact]
    public void Registered_person_carries_the_match_key_of_their_details()
    {
        var person = A.Person(_zoeTypedDifferently);

        Assert.Equal(DuplicateMatcher.KeyOf(_zoe), person.MatchKey);
    }

    [Theory]
    [InlineData("Zoë", "ZOE")]
    [InlineData("O'Neil", "ONEIL")]
    [InlineData("oneil", "ONEIL")]
    [InlineData("Smith-Jones", "SMITHJONES")]
    [InlineData("ls1 4ap", "LS14AP")]
    [InlineData("Renée", "RENEE")]
    [InlineData("Müller", "MULLER")]
    public void Fold_keeps_upper_case_ascii_letters_and_digits(string value, string expected)
    {
        Assert.Equal(expected, DuplicateMatcher.Fold(value));
    }
}
