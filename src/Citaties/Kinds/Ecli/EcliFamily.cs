using System;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Anchors and cheap test for ECLIs: <c>ecl</c> (covers <c>ECLI</c>, <c>ECL:</c> and <c>ECLl</c>), <c>elci</c>,
/// <c>cli:</c>, and the CJEU form without prefix (<c>EU:C:</c>, <c>EU:T:</c>, <c>EU:F:</c>).
/// </summary>
internal static class EcliFamily
{
    public static readonly CitationFamily Instance = new(
        "ecli",
        new[] { "ecl", "elci", "eu:c:", "eu:t:", "eu:f:", "cli:" },
        EcliGrammar.Ecli.Select(c => (Citation)c),
        plausible: IsPlausible,
        maxLength: 80,
        fastPath: EcliFastPath.TryRead);

    /// <summary>
    /// After <c>ecl</c> an optional <c>i</c>/<c>l</c> and then a colon (or the typo <c>;</c>) before a part, or spaces
    /// before a colon or a country code (<c>ECLI : NL:</c>, <c>ECLI NL:</c>), so that <c>ecliptic</c>, <c>eclectic</c> and
    /// <c>ECLI en LJN</c> never reach the parser; after <c>EU:C:</c> a digit of the year; after <c>CLI:</c> (an ECLI
    /// that lost its first letter) a country code.
    /// </summary>
    private static bool IsPlausible(ReadOnlySpan<char> text, int start, int length)
    {
        var i = start + length;
        if (i >= text.Length)
        {
            return false;
        }

        if (text[start] is 'c' or 'C')
        {
            return IsCountryCode(text, i);
        }

        switch (text[start + 1])
        {
            case 'u' or 'U':
                return text[i] is >= '0' and <= '9';
            case 'l' or 'L':
                return text[i] is ':' or ';';
            default:
                if (text[i] is 'i' or 'I' or 'l' or 'L')
                {
                    i++;
                }

                var spaces = StraySpaces(text, i);
                if (i + spaces >= text.Length)
                {
                    return false;
                }

                return text[i + spaces] is ':' or ';'
                    ? StartsAPart(text, i + spaces + 1)
                    : spaces > 0 && IsCountryCode(text, i + spaces);
        }
    }

    /// <summary>
    /// After the colon that follows the prefix (or its typo <c>::</c>): a part at once, or up to two spaces and then a
    /// digit or a country code, the only spaces the grammar reads there. So a header's label before the ECLI itself
    /// (<c>ECLI: ECLI:NL:HR:1988:AD0289</c>), at the top of every decision, never reaches the parser.
    /// </summary>
    private static bool StartsAPart(ReadOnlySpan<char> text, int i)
    {
        if (i < text.Length && text[i] == ':')
        {
            i++;
        }

        var spaces = StraySpaces(text, i);
        if (i + spaces >= text.Length)
        {
            return false;
        }

        var next = text[i + spaces];
        return spaces == 0
            ? IsAsciiLetter(next) || next is >= '0' and <= '9'
            : next is >= '0' and <= '9' || IsCountryCode(text, i + spaces);
    }

    // Up to two spaces at i: as many as the grammar reads around the prefix's colon.
    private static int StraySpaces(ReadOnlySpan<char> text, int i)
    {
        var spaces = 0;
        while (spaces < 2 && i + spaces < text.Length && text[i + spaces] == ' ')
        {
            spaces++;
        }

        return spaces;
    }

    private static bool IsCountryCode(ReadOnlySpan<char> text, int i) =>
        i + 2 < text.Length && IsAsciiLetter(text[i]) && IsAsciiLetter(text[i + 1]) && text[i + 2] == ':';

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
