using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>Links for a BWB id: the regulation on wetten.overheid.nl.</summary>
internal static class BwbLinks
{
    public static IReadOnlyList<string> For(BwbCitation citation) =>
        citation.IsWellFormed ? new[] { OfficialSites.Wetten + citation.Value } : Array.Empty<string>();
}
