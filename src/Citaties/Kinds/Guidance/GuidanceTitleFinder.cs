using System;

namespace Citaties.Kinds;

/// <summary>
/// Finds where the title of a circular, policy rule or instruction begins, looking back from the bracket or comma
/// before its Staatscourant: at one of a few words that such titles start with (<c>Circulaire</c>, <c>Beleidsregel</c>,
/// <c>Beleidsregels</c>, <c>Beleidsregeling</c>, <c>Aanwijzing</c>, <c>Instructie</c>, and <c>circulaire</c> inside a
/// sentence), never past a sentence end, a bracket, a comma or a semicolon, and at most <see cref="MaxTitleLength"/>
/// characters back. Works on the raw text (the family's cheap test) and on the window (its look-behind step) alike.
/// </summary>
internal static class GuidanceTitleFinder
{
    /// <summary>How long a title may be, in characters: the longest in the Staatscourant run to a line or two.</summary>
    public const int MaxTitleLength = 160;

    private static readonly string[] CapitalisedStarts =
    {
        "Circulaire", "Beleidsregel", "Beleidsregels", "Beleidsregeling", "Aanwijzing", "Aanwijzingen", "Instructie",
    };

    // In a sentence a circular is also "de circulaire van de Minister ..."; a capitalised start is preferred, so that
    // "de circulaire economie en de Beleidsregel X (Stcrt. ...)" is the policy rule.
    private const string LowerCaseStart = "circulaire";

    /// <summary>
    /// Where the title before <paramref name="end"/> (the bracket or comma before the Staatscourant) begins: the
    /// earliest capitalised start word, else the earliest <c>circulaire</c>; -1 when there is none.
    /// </summary>
    public static int TitleStart(ReadOnlySpan<char> text, int end)
    {
        var from = Math.Max(0, end - MaxTitleLength);
        var capitalised = -1;
        var lowerCase = -1;
        for (var i = end - 1; i >= from && !EndsTitle(text, i); i--)
        {
            if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                continue;
            }

            var word = WordAt(text, i, end);
            if (IsOneOf(word, CapitalisedStarts))
            {
                capitalised = i;
            }
            else if (word.SequenceEqual(LowerCaseStart.AsSpan()))
            {
                lowerCase = i;
            }
        }

        return capitalised >= 0 ? capitalised : lowerCase;
    }

    // Brackets, quotes, commas, semicolons and colons end the phrase a title stands in, and so does a full stop
    // before a capital (a sentence end); a full stop before a small letter or digit abbreviates ("10 dec. 2004").
    private static bool EndsTitle(ReadOnlySpan<char> text, int i) => text[i] switch
    {
        '(' or ')' or '[' or ']' or ',' or ';' or ':' or '"' or '\u201C' or '\u201D' => true,
        '.' => SentenceEnds(text, i),
        _ => false,
    };

    private static bool SentenceEnds(ReadOnlySpan<char> text, int dot)
    {
        var i = dot + 1;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i > dot + 1 && i < text.Length && char.IsUpper(text[i]);
    }

    private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }

        return text.Slice(start, i - start);
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (word.SequenceEqual(candidate.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }
}
