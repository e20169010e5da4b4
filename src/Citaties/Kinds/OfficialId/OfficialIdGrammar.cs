using System.Collections.Generic;
using System.Linq;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// officielebekendmakingen ids (citation-rules.md 10.3): a prefix (<c>kst</c>, <c>h-tk</c>, <c>ah-tk</c>,
/// <c>stb</c>, ...) and dash-separated parts. The grammar takes any parts; <see cref="OfficialIdParts"/> reads
/// them per prefix and decides whether the id is well formed, so a malformed id is still recognised.
/// </summary>
internal static class OfficialIdGrammar
{
    /// <summary>Every prefix the grammar accepts, in lower case.</summary>
    public static readonly IReadOnlyList<string> Prefixes = new[]
    {
        "kst", "h-tk", "h-ek", "h-vv", "ah-tk", "ah-ek", "ah-vv", "kv-tk", "kv-ek", "ag-tk", "ag-ek", "ag-vv",
        "stb", "stcrt", "trb", "gmb", "prb", "wsb", "bgr", "blg",
    };

    private static readonly Parser<string> Prefix =
        Prefixes
            .OrderByDescending(p => p.Length)
            .Select(Lexical.Literal)
            .Aggregate((a, b) => a.Or(b))
            .Named("officielebekendmakingen prefix (kst, h-tk, ah-tk, stb, ...)");

    private static readonly Parser<string> Segment =
        Parse.Char(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'), "letter or digit")
            .AtLeastOnce().Text()
            .Named("id part");

    /// <summary>An officielebekendmakingen id.</summary>
    public static readonly Parser<OfficialIdCitation> OfficialId =
        (from prefix in Prefix
         from segments in (
             from dash in Lexical.Dash
             from segment in Segment
             select segment).AtLeastOnce()
         from end in Lexical.Boundary
         select OfficialIdParts.Read(prefix.ToLowerInvariant(), segments.ToList()))
        .Named("officielebekendmakingen id");
}
