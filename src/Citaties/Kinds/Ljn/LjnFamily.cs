using System;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>Anchor and cheap test for LJNs: <c>LJN</c> as a word.</summary>
internal static class LjnFamily
{
    public static readonly CitationFamily Instance = new(
        "ljn",
        new[] { "ljn" },
        LjnGrammar.Ljn.Select(c => (Citation)c),
        plausible: (text, start, length) => start + length < text.Length && !char.IsLetterOrDigit(text[start + length]),
        maxLength: 32);
}
