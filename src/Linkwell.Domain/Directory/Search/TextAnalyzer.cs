using System.Globalization;
using System.Text;

namespace Linkwell.Domain.Directory.Search;

/// <summary>
/// Turns text into search terms: lower case, accents and punctuation gone, common words dropped, and a light
/// English stemmer so "groups", "walking" and "activities" meet "group", "walk" and "activity". The same
/// analysis runs over listings and over what a link worker types, so both sides agree.
/// </summary>
public static class TextAnalyzer
{
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on", "or",
        "our", "that", "the", "this", "to", "we", "with", "you", "your",
    ];

    public static List<string> Terms(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                // Accents and apostrophes join their word: "café" is "cafe", "men's" is "mens".
            }
            else
            {
                Flush(word, terms);
            }
        }

        Flush(word, terms);
        return terms;
    }

    /// <summary>A light suffix stripper (plurals, -ing, -ed), deliberately conservative on short words.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsLetter(word[^1]))
        {
            return word;
        }

        var stem = word switch
        {
            _ when word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 => word[..^3] + "y",
            _ when EndsWithAny(word, "sses", "ches", "shes", "xes", "zzes") => word[..^2],
            _ when word.EndsWith('s') && !EndsWithAny(word, "ss", "us", "is") => word[..^1],
            _ when word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5 => Verb(word[..^3]),
            _ when word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 5 && !word.EndsWith("eed", StringComparison.Ordinal) => Verb(word[..^2]),

            // "dance" and "dancing" both become "danc"; short words like "live" and "home" keep their e.
            _ when word.EndsWith('e') && word.Length > 4 => word[..^1],
            _ => word,
        };
        return stem;
    }

    /// <summary>What is left of a verb without -ing or -ed: "swimm" → "swim", and "liv" → "live" to meet "live".</summary>
    private static string Verb(string stem)
    {
        var undoubled = Undouble(stem);
        return undoubled.Length == 3 && !IsVowel(undoubled[0]) && IsVowel(undoubled[1]) && !IsVowel(undoubled[2]) && undoubled[2] is not ('w' or 'x' or 'y')
            ? undoubled + "e"
            : undoubled;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static void Flush(StringBuilder word, List<string> terms)
    {
        if (word.Length == 0)
        {
            return;
        }

        var text = word.ToString();
        word.Clear();
        if (!StopWords.Contains(text))
        {
            terms.Add(Stem(text));
        }
    }

    /// <summary>"swimm" → "swim", "runn" → "run"; but "fall" and "class" keep their double letter.</summary>
    private static string Undouble(string stem) =>
        stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z' or 'e' or 'o')
            ? stem[..^1]
            : stem;

    private static bool EndsWithAny(string word, params ReadOnlySpan<string> endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
