using System;
using System.Linq;

namespace Citaties.Kinds;

/// <summary>
/// Anchors and cheap test for officielebekendmakingen ids: every prefix with its dash (<c>kst-</c>,
/// <c>stb-</c>, ...). The dash makes <c>stb-</c> longer than the journal anchor <c>stb</c>, so it is tried first.
/// </summary>
internal static class OfficialIdFamily
{
    public static readonly CitationFamily Instance = new(
        "officialId",
        OfficialIdGrammar.Prefixes.Select(p => p + "-").ToArray(),
        OfficialIdGrammar.OfficialId,
        plausible: (text, start, length) => start + length < text.Length && text[start + length] is >= '0' and <= '9',
        maxLength: 64,
        fastPath: OfficialIdFastPath.TryRead);
}
