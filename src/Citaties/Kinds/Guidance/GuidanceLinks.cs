using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Links for a guidance citation: each aanwijzing on wetten.overheid.nl by its Juriconnect reference with the location
/// key <c>aanwijzing</c> (citation-rules.md 10.2: <c>jci1.3:c:BWBR0005730&amp;aanwijzing=3.29</c>), or the whole
/// instrument by its BWB id; then the Staatscourant publication's own link (<see cref="GazetteLinks"/>).
/// </summary>
internal static class GuidanceLinks
{
    public static IReadOnlyList<string> For(GuidanceCitation citation)
    {
        var links = new List<string>();
        if (citation.BwbId is { } bwb)
        {
            if (citation.Items.Count == 0)
            {
                links.Add(OfficialSites.Wetten + bwb);
            }

            foreach (var item in citation.Items)
            {
                links.Add(OfficialSites.Wetten + JciLinks.EscapeForUrl("jci1.3:c:" + bwb + "&aanwijzing=" + item));
            }
        }

        if (citation.Gazette is { } gazette)
        {
            links.AddRange(gazette.Links);
        }

        return links;
    }
}
