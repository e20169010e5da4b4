using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>Links for an EU act: its text on EUR-Lex, by the CELEX number derived from the act number.</summary>
internal static class EuActLinks
{
    public static IReadOnlyList<string> For(EuActCitation citation) => new[] { OfficialSites.EurLex + citation.Celex };
}
