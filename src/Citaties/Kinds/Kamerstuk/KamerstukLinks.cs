using System.Collections.Generic;
using System.Linq;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Links for a Kamerstuk: <c>kst-&lt;dossier&gt;[-&lt;suffix&gt;]-&lt;nr&gt;</c> on officielebekendmakingen, one per
/// ondernummer of the first dossier (the one an ondernummer belongs to). None for a whole dossier or a range, and
/// none before vergaderjaar 1995/96, whose papers carry the vergaderjaar in their id (<c>kst-19941995-...</c>).
/// </summary>
internal static class KamerstukLinks
{
    public static IReadOnlyList<string> For(KamerstukCitation citation)
    {
        if (citation.Dossiers.Count == 0 || citation.SessionYear is { FirstYear: < 1995 })
        {
            return System.Array.Empty<string>();
        }

        var dossier = citation.Dossiers[0].ToIdForm();
        return citation.Pieces
            .Where(p => p.IsSingle)
            .Select(p => OfficialSites.Bekendmakingen + "kst-" + dossier + "-" + p.Number + ".html")
            .Distinct()
            .ToArray();
    }
}
