using System;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Anchors and cheap test for LJNs: <c>LJN</c> as a word, <c>LJ-</c>/<c>LJ </c> before a number word
/// (<c>LJ-nummer</c>, <c>lj nr.</c>) and <c>ELRO</c>. The <c>LJ</c> anchors share their character pair with
/// <c>LJN</c>, so they cost the scanner's prefilter nothing.
/// </summary>
internal static class LjnFamily
{
    public static readonly CitationFamily Instance = new(
        "ljn",
        new[] { "ljn", "lj-", "lj ", "elro" },
        LjnGrammar.Ljn.Select(c => (Citation)c),
        plausible: IsPlausible,
        maxLength: 40);

    /// <summary><c>LJN</c> and <c>ELRO</c> as whole words; <c>LJ</c> only before <c>nr</c> or <c>nummer</c>.</summary>
    private static bool IsPlausible(ReadOnlySpan<char> text, int start, int length)
    {
        var i = start + length;
        if (i >= text.Length)
        {
            return false;
        }

        return text[i - 1] is '-' or ' '
            ? text[i] is 'n' or 'N'
            : !char.IsLetterOrDigit(text[i]);
    }
}
