using System;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Anchors and cheap test for ECLIs: <c>ecl</c> (covers <c>ECLI</c>, <c>ECL:</c> and <c>ECLl</c>), <c>elci</c>,
/// and the CJEU form without prefix (<c>EU:C:</c>, <c>EU:T:</c>, <c>EU:F:</c>).
/// </summary>
internal static class EcliFamily
{
    public static readonly CitationFamily Instance = new(
        "ecli",
        new[] { "ecl", "elci", "eu:c:", "eu:t:", "eu:f:" },
        EcliGrammar.Ecli.Select(c => (Citation)c),
        plausible: IsPlausible,
        maxLength: 80,
        fastPath: EcliFastPath.TryRead);

    /// <summary>
    /// After <c>ecl</c> an optional <c>i</c>/<c>l</c> and then a colon (or the typo <c>;</c>), so that
    /// <c>ecliptic</c> and <c>eclectic</c> never reach the parser; after <c>EU:C:</c> a digit of the year.
    /// </summary>
    private static bool IsPlausible(ReadOnlySpan<char> text, int start, int length)
    {
        var i = start + length;
        if (i >= text.Length)
        {
            return false;
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

                return i < text.Length && text[i] is ':' or ';';
        }
    }
}
