using System;

namespace Citaties.Kinds;

/// <summary>Allocation-free look-ahead helpers for the cheap checks of the parliamentary families.</summary>
internal static class ParliamentaryChecks
{
    /// <summary>The index of the first character at or after <paramref name="index"/> that is neither white space nor a comma.</summary>
    public static int SkipSpacesAndCommas(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && (char.IsWhiteSpace(text[index]) || text[index] == ','))
        {
            index++;
        }

        return index;
    }

    /// <summary>
    /// True when what follows a label can start its citation: a digit (dossier, year, a chamber as digit), a
    /// chamber (<c>I</c>, <c>II</c>, <c>VV</c>, <c>Tweede</c>/<c>Eerste Kamer</c>, <c>TK</c>, <c>EK</c>) or
    /// <c>vergaderjaar</c>/<c>Zitting</c>.
    /// </summary>
    public static bool CanFollowLabel(ReadOnlySpan<char> text, int index)
    {
        index = SkipSpacesAndCommas(text, index);
        if (index >= text.Length)
        {
            return false;
        }

        var rest = text.Slice(index);
        return rest[0] switch
        {
            >= '0' and <= '9' or 'I' => true,
            // A letter alone let "handelingen van de minister" and "Kamerstukken Eerder" through to the
            // grammar, which the profile showed as the allocation on text without citations: the word must
            // be the start of a chamber or vergaderjaar token (ParliamentaryTokens) as a whole.
            'V' => rest.StartsWith("VV".AsSpan(), StringComparison.Ordinal) || StartsWithWord(rest, "verenigde") || StartsWithWord(rest, "vergaderjaar"),
            'v' => StartsWithWord(rest, "vergaderjaar"),
            'T' => StartsWithWord(rest, "tweede") || StartsWithCapitals(rest, "TK"),
            'E' => StartsWithWord(rest, "eerste") || StartsWithCapitals(rest, "EK"),
            'Z' or 'z' => StartsWithWord(rest, "zitting"),
            _ => false,
        };
    }

    // TK and EK are chambers in capitals only, as ParliamentaryTokens.Chamber reads them.
    private static bool StartsWithCapitals(ReadOnlySpan<char> text, string capitals) =>
        text.StartsWith(capitals.AsSpan(), StringComparison.Ordinal)
        && (text.Length == capitals.Length || !char.IsLetterOrDigit(text[capitals.Length]));

    private static bool StartsWithWord(ReadOnlySpan<char> text, string word) =>
        text.StartsWith(word.AsSpan(), StringComparison.OrdinalIgnoreCase)
        && (text.Length == word.Length || !char.IsLetter(text[word.Length]));

    /// <summary>True when <paramref name="count"/> ASCII digits start at <paramref name="index"/>.</summary>
    public static bool DigitsAt(ReadOnlySpan<char> text, int index, int count)
    {
        if (index + count > text.Length)
        {
            return false;
        }

        for (var i = index; i < index + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the word ending just before <paramref name="index"/> (after white space) ends with <paramref name="word"/>, ignoring case.</summary>
    public static bool PrecededBy(ReadOnlySpan<char> text, int index, string word)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end >= word.Length && text.Slice(end - word.Length, word.Length).Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase);
    }
}
