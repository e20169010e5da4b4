using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Links for an Aanhangsel: <c>ah-tk-&lt;YYYYYYYY&gt;-&lt;nr&gt;</c> (ah-ek for the Eerste Kamer). The numbering restarts
/// per chamber, so without a chamber there is no link.
/// </summary>
internal static class AanhangselLinks
{
    public static IReadOnlyList<string> For(AanhangselCitation citation)
    {
        if (citation is { Chamber: { } chamber and not Chamber.Verenigde, SessionYear: { IsConsecutive: true } year, Number: { } number })
        {
            return new[] { OfficialSites.Bekendmakingen + "ah-" + chamber.ToIdForm() + "-" + year.ToIdForm() + "-" + number + ".html" };
        }

        return Array.Empty<string>();
    }
}
