using System;
using System.Collections.Generic;
using System.Linq;
using Citaties.Catalog;

namespace Citaties.Kinds;

/// <summary>
/// The ECLI court code of an instance as a case citation names it (citation-rules.md 7.2): the fixed
/// abbreviations (<c>HR</c>, <c>ABRvS</c>, <c>EHRM</c>, <c>HvJ EU</c>) map to their codes, and a court of appeal or
/// district court is looked up by its full name in the embedded court catalog (<c>Hof Arnhem-Leeuwarden</c> is
/// <c>Gerechtshof Arnhem-Leeuwarden</c>, <c>GHARL</c>; <c>Rb. 's-Gravenhage</c> is the abolished <c>RBSGR</c>).
/// </summary>
internal static class CourtCodes
{
    private static readonly Dictionary<string, (string Country, string Code)> Abbreviations = new(StringComparer.Ordinal)
    {
        ["HR"] = ("NL", "HR"),
        ["PHR"] = ("NL", "PHR"),
        ["ABRvS"] = ("NL", "RVS"),
        ["ABRS"] = ("NL", "RVS"),
        ["CRvB"] = ("NL", "CRVB"),
        ["CBb"] = ("NL", "CBB"),
        ["CBB"] = ("NL", "CBB"),
        ["EHRM"] = ("CE", "ECHR"),
        ["HvJ"] = ("EU", "C"),
        ["HvJ EU"] = ("EU", "C"),
        ["HvJ EG"] = ("EU", "C"),
        ["HvJEU"] = ("EU", "C"),
        ["Hof van Justitie"] = ("EU", "C"),
        ["Hof van Justitie EU"] = ("EU", "C"),
        ["Gerecht EU"] = ("EU", "T"),
        ["Gerecht EG"] = ("EU", "T"),
        ["GvEA"] = ("EU", "T"),
    };

    // Built on first use, so that a text without a court of appeal or district court never loads the catalog.
    private static readonly Lazy<Dictionary<string, CourtEntry>> DutchCourtsByName = new(() =>
        LawCatalog.Default.Courts
            .Where(c => c.Country == "NL")
            .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The ECLI country and court code of <paramref name="court"/>, an abbreviation or <c>Hof</c>/<c>Rb.</c> with its
    /// <paramref name="place"/>; nulls when the catalog has no code for it (<c>EFTA-Hof</c>, an unknown place).
    /// </summary>
    public static (string? Country, string? Code) Resolve(string court, string? place)
    {
        if (place is null)
        {
            return Abbreviations.TryGetValue(court, out var known) ? known : (null, null);
        }

        var fullName = (court.StartsWith("Rb", StringComparison.Ordinal) || court == "Rechtbank" ? "Rechtbank " : "Gerechtshof ") + place;
        return DutchCourtsByName.Value.TryGetValue(fullName, out var entry) ? (entry.Country, entry.Code) : (null, null);
    }
}
