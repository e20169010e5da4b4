using System;
using System.Collections.Generic;
using System.Linq;

namespace Citaties.Kinds;

/// <summary>
/// Anchors and cheap test for case citations. Most anchors are short capitals that are also ordinary letters in
/// prose (<c>HR</c>, <c>NJ</c>, <c>AB</c>), so each is anchored with the space after it (no hit inside <c>Hrabal</c>
/// or <c>about</c>), and the cheap test wants the capital the grammar wants and a digit soon after: a date, a
/// year, a case number. <c>het hof oordeelt</c> and <c>de zaak is</c> never reach the grammar.
/// </summary>
internal static class CaseFamily
{
    /// <summary>Instances and journals, each followed by a space (or a no-break space, which the window makes a space).</summary>
    private static readonly string[] WordsBeforeSpace =
    {
        "hr", "phr", "abrvs", "abrs", "crvb", "cbb", "ehrm", "hvj", "hvjeu", "gerecht", "gvea", "efta-hof",
        "hof", "gerechtshof", "rb.", "rb", "rechtbank",
        "nj", "ab", "jb", "rvdw", "jor", "jar", "njb", "gst.", "br", "ehrc", "usz", "rsv", "v-n", "bnb",
        "zaak", "zaken", "gevoegde zaken",
    };

    /// <summary>
    /// Instances written as one word, followed by the comma of an undated citation (<c>HR, ECLI:NL:HR:2016:162</c>);
    /// an instance of more words (<c>Rb. Amsterdam, ECLI:...</c>) is found by its first word.
    /// </summary>
    private static readonly string[] InstancesBeforeComma = { "hr,", "phr,", "abrvs,", "abrs,", "crvb,", "cbb,", "ehrm,", "hvj,", "hvjeu," };

    /// <summary>European case numbers, with the hyphen and the non-breaking hyphen the Curia prints.</summary>
    private static readonly string[] EuNumberStarts = { "c-", "t-", "f-", "c\u2011", "t\u2011", "f\u2011" };

    /// <summary>The ECtHR's label of an application number, followed by a full stop or a space.</summary>
    private static readonly string[] ApplicationLabels = { "appl. no", "application no" };

    // How far after the anchor the digit of a date or number may come: past a place and a bracket
    // ("Rb. Zeeland-West-Brabant (zittingsplaats Middelburg) 1"), not past a sentence.
    private const int MaxLookAhead = 56;

    private const string OfJustice = "van Justitie";

    public static readonly CitationFamily Instance = new(
        "case",
        WordsBeforeSpace.SelectMany(w => new[] { w + " ", w + "\u00A0" }).Concat(InstancesBeforeComma).Concat(EuNumberStarts).Concat(ApplicationLabels).ToArray(),
        CaseGrammar.Case,
        plausible: IsPlausible,
        maxLength: 400);

    private static bool IsPlausible(ReadOnlySpan<char> text, int start, int length)
    {
        var first = text[start];
        var end = start + length;
        if (end >= text.Length)
        {
            return false;
        }

        var anchor = text.Slice(start, length);
        if (anchor.StartsWith("appl".AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            // appl. no. 6289/73
            var i = end;
            while (i < text.Length && i < end + 2 && text[i] is '.' or ' ' or '\u00A0')
            {
                i++;
            }

            return i < text.Length && IsDigit(text[i]);
        }

        if (text[end - 1] == ',')
        {
            return char.IsUpper(first) && CaseFacts.EcliAfterComma(text, end - 1);
        }

        if (text[end - 1] is not (' ' or '\u00A0'))
        {
            // C-311/18: digits and a slash.
            return IsDigit(text[end]);
        }

        if (first is 'z' or 'Z' || anchor.StartsWith("gevoegde".AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            // zaak C-311/18, gevoegde zaken C-511/18, ...
            return text[end] is 'C' or 'T' or 'F';
        }

        // Instances and journals are written with a capital; then a digit must come before any word in lower case
        // outside a bracket (the place of a court and the brackets after it are capitalised or bracketed).
        if (!char.IsUpper(first))
        {
            return false;
        }

        // "Hof van Justitie 8 april 2014": the one instance with words in lower case.
        var from = end;
        if (first == 'H' && text.Slice(end).StartsWith(OfJustice.AsSpan(), StringComparison.Ordinal))
        {
            from += OfJustice.Length;
        }

        var inBracket = false;
        var limit = Math.Min(text.Length, from + MaxLookAhead);
        for (var i = from; i < limit; i++)
        {
            var c = text[i];
            if (IsDigit(c))
            {
                return true;
            }

            if (c == '(')
            {
                inBracket = true;
            }
            else if (c == ')')
            {
                inBracket = false;
            }
            else if (!inBracket && char.IsLower(c) && !char.IsLetter(text[i - 1]) && text[i - 1] != '\'')
            {
                return false;
            }
            else if (c is '\n' or '\r' or ',' or ';' or ':')
            {
                return c == ',' && CaseFacts.EcliAfterComma(text, i);
            }
        }

        return false;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

}
