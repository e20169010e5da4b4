using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Links for a case citation: the ECLI's own (uitspraken.rechtspraak.nl, EUR-Lex, HUDOC; see <see cref="EcliLinks"/>),
/// then the ruling found by its case number: the Curia search for an EU case number, the HUDOC search for an ECtHR
/// application number. A journal report alone has none: the journals are not open.
/// </summary>
internal static class CaseLinks
{
    public static IReadOnlyList<string> For(CaseCitation citation)
    {
        var links = new List<string>();
        if (citation.Ecli is not null)
        {
            links.AddRange(EcliLinks.For(citation.Ecli));
        }

        foreach (var number in citation.CaseNumbers)
        {
            if (CaseFacts.IsEuCaseNumber(number))
            {
                // The Curia searches by the number without the appeal's " P".
                links.Add(OfficialSites.Curia + (number.EndsWith(" P", StringComparison.Ordinal) ? number.Substring(0, number.Length - 2) : number));
            }
            else if (citation.CourtCode == "ECHR" && CaseFacts.IsApplicationNumber(number))
            {
                links.Add(OfficialSites.HudocSearch("appno", number));
            }
        }

        return links;
    }
}
