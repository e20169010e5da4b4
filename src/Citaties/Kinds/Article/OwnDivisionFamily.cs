using System;
using System.Linq;

namespace Citaties.Kinds;

/// <summary>
/// Anchors and cheap test for the parts a law's own text names (<see cref="OwnDivisionGrammar"/>); scanned in law
/// texts only. An anchor is found as the start of a word, so the singular words find the plurals too (not <c>paragrafen</c>).
/// </summary>
internal static class OwnDivisionFamily
{
    public static readonly CitationFamily Instance = new(
        "division in its law",
        OwnDivisionGrammar.UnitWords.Select(u => u.Word).Where(w => w is not ("hoofdstukken" or "titels" or "afdelingen" or "afdeelingen")).ToArray(),
        OwnDivisionGrammar.Citations,
        plausible: IsPlausible,
        maxLength: 200);

    // Spaces allowed between the word and its number ("afdelingen" and "3.6" on two lines of a law's source).
    private const int MaxGap = 4;

    /// <summary>
    /// The word, a few spaces, then a digit or a Roman capital. A heading (<c>Afdeling</c>, the number and the title on
    /// lines of their own in a law's text, or <c>Afdeling 6.1</c> over its title) fails here: a line break and a capital follow its number.
    /// </summary>
    private static bool IsPlausible(ReadOnlySpan<char> text, int start, int length)
    {
        var i = start + length;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        var spaces = i;
        while (i < text.Length && i - spaces < MaxGap && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i == spaces || i >= text.Length || !(char.IsDigit(text[i]) || text[i] is 'I' or 'V' or 'X' or 'L' or 'C'))
        {
            return false;
        }

        // 3.4, 4.1.3.2, IVa: letters, digits and dots before a digit.
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
        {
            i++;
        }

        var lineBreak = false;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            lineBreak |= text[i] is '\n' or '\r';
            i++;
        }

        // Prose broken over lines goes on in lower case ("3.6\nen 3.7", "4.1.3.3\nvan toepassing"); a heading's title starts with a capital.
        return !(lineBreak && i < text.Length && char.IsUpper(text[i]));
    }
}
