using System.Collections.Generic;
using System.Linq;

namespace Citaties.Rules.General;

/// <summary>
/// What the grammar expected where it stopped, in both languages, for the messages of CIT0001 and CIT0002. The
/// grammar names its productions in English; the Dutch names of those a reader meets are here.
/// </summary>
internal static class GrammarExpectations
{
    private static readonly Dictionary<string, string> Dutch = new()
    {
        ["dossier number"] = "dossiernummer",
        ["five-digit dossier number"] = "dossiernummer",
        ["chamber"] = "Kamer",
        ["item number"] = "itemnummer",
        ["page number"] = "paginanummer",
        ["citation"] = "verwijzing",
        ["case citation"] = "uitspraak",
        ["court"] = "instantie",
        ["date (8 juli 2016)"] = "datum (8 juli 2016)",
        ["month"] = "maand",
        ["case number"] = "zaaknummer",
        ["EU case number (C-311/18)"] = "EU-zaaknummer (C-311/18)",
        ["journal report"] = "vindplaats in een tijdschrift",
    };

    private static readonly LocalizedText Or = new(" of ", " or ");

    /// <summary>The expected productions joined with "or", each in the reader's language; null when there are none.</summary>
    public static LocalizedList? Join(IEnumerable<string> expected)
    {
        var names = expected.Where(e => e.Length > 0).Distinct().ToArray();
        return names.Length == 0
            ? null
            : LocalizedList.Join(Or, names.Select(e => new LocalizedText(Dutch.TryGetValue(e, out var nl) ? nl : e, e)));
    }
}
