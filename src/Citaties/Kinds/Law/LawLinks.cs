using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// The link of a law named alone: the regulation on wetten.overheid.nl by its Juriconnect reference
/// (<c>jci1.3:c:BWBR0037885</c>), or an EU act on EUR-Lex by its CELEX number; none when the law is unresolved.
/// </summary>
internal static class LawLinks
{
    public static IReadOnlyList<string> For(LawReference? law)
    {
        if (law is null)
        {
            return Array.Empty<string>();
        }

        if (!string.IsNullOrWhiteSpace(law.Bwb))
        {
            return new[] { OfficialSites.Wetten + "jci1.3:c:" + law.Bwb!.Trim() };
        }

        return string.IsNullOrWhiteSpace(law.Celex) ? Array.Empty<string>() : new[] { OfficialSites.EurLex + law.Celex!.Trim() };
    }
}
