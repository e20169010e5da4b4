using System;

namespace Citaties.Scanning.Families;

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
    /// True when what follows a label can start its citation: a digit (dossier, year), a chamber (<c>I</c>,
    /// <c>II</c>, <c>VV</c>, <c>Tweede</c>/<c>Eerste Kamer</c>) or <c>vergaderjaar</c>/<c>Zitting</c>.
    /// </summary>
    public static bool CanFollowLabel(ReadOnlySpan<char> text, int index)
    {
        index = SkipSpacesAndCommas(text, index);
        if (index >= text.Length)
        {
            return false;
        }

        var c = text[index];
        return c is (>= '0' and <= '9') or 'I' or 'V' or 'T' or 'E' or 'v' or 'Z' or 'z';
    }

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
