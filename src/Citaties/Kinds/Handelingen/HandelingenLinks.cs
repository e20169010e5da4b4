using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Links for Handelingen: since 2010/11 each agenda item is its own publication,
/// <c>h-tk-&lt;YYYYYYYY&gt;-&lt;vergadernr&gt;-&lt;item&gt;</c> (h-ek for the Eerste Kamer, h-vv for a joint session).
/// Older Handelingen are published per page range, which a citation does not determine: no link.
/// </summary>
internal static class HandelingenLinks
{
    public static IReadOnlyList<string> For(HandelingenCitation citation)
    {
        if (citation is { Chamber: { } chamber, SessionYear: { IsConsecutive: true } year, Meeting: { } meeting, Item: { } item, Dossier: null }
            && year.FirstYear >= 2010)
        {
            return new[] { OfficialSites.Bekendmakingen + "h-" + chamber.ToIdForm() + "-" + year.ToIdForm() + "-" + meeting + "-" + item + ".html" };
        }

        return Array.Empty<string>();
    }
}
