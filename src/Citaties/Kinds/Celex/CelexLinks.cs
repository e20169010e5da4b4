using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>Links for a CELEX number: the document on EUR-Lex; none when the number is malformed.</summary>
internal static class CelexLinks
{
    public static IReadOnlyList<string> For(CelexCitation citation) =>
        citation.IsWellFormed ? new[] { OfficialSites.EurLex + citation.Value } : Array.Empty<string>();
}
