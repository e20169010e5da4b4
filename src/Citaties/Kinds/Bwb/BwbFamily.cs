using System;

namespace Citaties.Kinds;

/// <summary>Anchors and cheap test for BWB ids.</summary>
internal static class BwbFamily
{
    public static readonly CitationFamily Instance = new(
        "bwb",
        new[] { "bwbr", "bwbv" },
        BwbGrammar.Bwb,
        plausible: (text, start, length) => start + length < text.Length && char.IsDigit(text[start + length]),
        maxLength: 16);
}
