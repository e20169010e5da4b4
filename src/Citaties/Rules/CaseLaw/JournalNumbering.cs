using System.Collections.Generic;

namespace Citaties.Rules.CaseLaw;

/// <summary>
/// The first volume in which a case-law journal numbered its reports as year/number (<c>NJ 2007/33</c>) rather
/// than year, number (<c>NJ 2006, 327</c>). Only journals whose change is known are listed: the Nederlandse
/// Jurisprudentie from 2007 (its reports of that January already read <c>NJ 2007/33</c>), the Beslissingen in
/// Belastingzaken from its first volume.
/// </summary>
internal static class JournalNumbering
{
    private static readonly Dictionary<string, int> FirstSlashYear = new(System.StringComparer.Ordinal)
    {
        ["NJ"] = 2007,
        ["BNB"] = 1953,
    };

    /// <summary>True when <paramref name="journal"/> printed <paramref name="year"/>'s reports as year/number.</summary>
    public static bool UsesSlash(string journal, int year) => FirstSlashYear.TryGetValue(journal, out var first) && year >= first;
}
