using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>Links for an officielebekendmakingen id: its page on zoek.officielebekendmakingen.nl; none when malformed.</summary>
internal static class OfficialIdLinks
{
    public static IReadOnlyList<string> For(OfficialIdCitation citation) =>
        citation.IsWellFormed ? new[] { OfficialSites.Bekendmakingen + citation.Value + ".html" } : Array.Empty<string>();
}
