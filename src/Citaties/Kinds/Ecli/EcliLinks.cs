using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Links for an ECLI: Dutch decisions on uitspraken.rechtspraak.nl, EU decisions on EUR-Lex, ECtHR decisions by a
/// HUDOC search. Other countries have
/// no single site. An ECLI that is malformed beyond repair gets no link; a repaired one links to the repair.
/// </summary>
internal static class EcliLinks
{
    public static IReadOnlyList<string> For(EcliCitation citation)
    {
        if (!citation.IsWellFormed && citation.Repaired is null)
        {
            return Array.Empty<string>();
        }

        return citation.Country switch
        {
            "NL" => new[] { OfficialSites.Rechtspraak + citation.Value },
            "EU" => new[] { OfficialSites.EurLexUri + "ecli:" + citation.Value },
            "CE" when citation.Court == "ECHR" => new[] { OfficialSites.HudocSearch("ecli", citation.Value) },
            _ => Array.Empty<string>(),
        };
    }
}
