namespace Linkwell.Domain.People;

/// <summary>Why two person records may be one human.</summary>
/// <remarks>Declared weakest first: <see cref="DuplicateMatcher.Best"/> compares members by strength.</remarks>
public enum DuplicateMatch
{
    None,

    /// <summary>Same name, date of birth and postcode: probably the same person; a link worker decides.</summary>
    SameNameBirthDateAndPostcode,

    /// <summary>The same NHS number: certainly the same person, so intake links to the existing record.</summary>
    SameNhsNumber,
}

/// <summary>
/// Finds whether a new referral's person is already known, so nobody is silently doubled.
/// Names are compared ignoring case, accents and punctuation ("O'Neil" = "ONeil").
/// </summary>
public static class DuplicateMatcher
{
    public static DuplicateMatch Compare(PersonDetails incoming, PersonDetails existing)
    {
        if (incoming.NhsNumber is not null && existing.NhsNumber is not null)
        {
            // Two different NHS numbers are two different people, whatever else matches.
            return incoming.NhsNumber == existing.NhsNumber ? DuplicateMatch.SameNhsNumber : DuplicateMatch.None;
        }

        return incoming.DateOfBirth == existing.DateOfBirth
            && Fold(incoming.Postcode) == Fold(existing.Postcode)
            && Fold(incoming.FamilyName) == Fold(existing.FamilyName)
            && Fold(incoming.GivenName) == Fold(existing.GivenName)
                ? DuplicateMatch.SameNameBirthDateAndPostcode
                : DuplicateMatch.None;
    }

    /// <summary>The strongest match among candidates (already narrowed by the database).</summary>
    public static (DuplicateMatch Match, Person? Person) Best(PersonDetails incoming, IEnumerable<Person> candidates)
    {
        var best = (Match: DuplicateMatch.None, Person: (Person?)null);
        foreach (var candidate in candidates)
        {
            var match = Compare(incoming, candidate.Details);
            if (match > best.Match)
            {
                best = (match, candidate);
            }
        }

        return best;
    }

    /// <summary>The key a database index can use to narrow candidates before <see cref="Compare"/>.</summary>
    public static string KeyOf(PersonDetails details) =>
        $"{Fold(details.FamilyName)}|{details.DateOfBirth:yyyyMMdd}|{Fold(details.Postcode)}";

    /// <summary>Upper case letters and digits of any script, accents and punctuation removed.</summary>
    public static string Fold(string value)
    {
        var decomposed = value.Normalize(System.Text.NormalizationForm.FormD);
        return new string(decomposed.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
    }
}
