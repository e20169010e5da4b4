using System;

namespace Citaties.Catalog.Register;

/// <summary>
/// The head of a long title that names a regulation by its kind and date: <c>Wet van 15 mei 1829</c>,
/// <c>Besluit van 21 juli 2004</c>, <c>Koninklijk Besluit van 9 januari 1934</c>. Regulations without a citation
/// title are cited that way, mostly followed by (part of) the rest of the long title.
/// </summary>
internal static class DatedTitle
{
    // The kind is at most this many words before "van" (Koninklijk Besluit, Regeling van de Minister ... is no date).
    private const int MaxKindWords = 2;

    private static readonly string[] Months =
    {
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
    };

    /// <summary>
    /// The length of the dated head at the start of <paramref name="text"/> (up to the end of the year), or 0 when
    /// the text does not start with one.
    /// </summary>
    internal static int HeadLength(ReadOnlySpan<char> text)
    {
        var position = 0;
        var kindWords = 0;
        while (true)
        {
            var word = NextWord(text, ref position, out _);
            if (word.IsEmpty || kindWords > MaxKindWords || !char.IsLetter(word[0]))
            {
                return 0;
            }

            if (kindWords > 0 && word.Equals("van".AsSpan(), StringComparison.Ordinal))
            {
                break;
            }

            kindWords++;
        }

        var day = NextWord(text, ref position, out _);
        var month = NextWord(text, ref position, out _);
        var yearWithComma = NextWord(text, ref position, out var end);

        // "Wet van 15 mei 1829, houdende ...": the comma belongs to the sentence, not the head.
        var year = yearWithComma.TrimEnd(',');
        var yearEnd = end - (yearWithComma.Length - year.Length);
        return IsNumber(day, 1, 2) && IsOneOf(month, Months) && IsNumber(year, 4, 4) ? yearEnd : 0;
    }

    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, ref int position, out int end)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        var start = position;
        while (position < text.Length && !char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        end = position;
        return text.Slice(start, position - start);
    }

    private static bool IsNumber(ReadOnlySpan<char> word, int minLength, int maxLength)
    {
        if (word.Length < minLength || word.Length > maxLength)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="word"/> is one of <paramref name="words"/>, ignoring case.</summary>
    internal static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
