using System;
using System.Collections.Generic;

namespace Citaties.Catalog;

/// <summary>
/// The document-type descriptors CELEX numbers use in each sector (EUR-Lex "CELEX number" help), and the
/// descriptor an EU act of a given type gets in sector 3. The grammar accepts any one to three letters so that
/// a wrong descriptor is still recognised; the validator (CIT5003) uses this table to say which are possible.
/// </summary>
internal static class CelexDescriptors
{
    private static readonly string[] Legislation =
    {
        "A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "O", "Q", "R", "S", "X", "Y",
    };

    private static readonly Dictionary<char, HashSet<string>> BySector = new()
    {
        ['1'] = Set("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "P", "R", "S", "T", "U", "V", "W", "X"),
        ['2'] = Set("A", "D", "P", "X"),
        ['3'] = Set(Legislation),
        ['4'] = Set("A", "D", "X", "Z"),
        ['5'] = Set(
            "AG", "KG", "IG", "XG", "PC", "DC", "JC", "SC", "EC", "FC", "GC", "M", "AT", "AS", "XC", "AP", "BP", "IP",
            "DP", "XP", "AA", "TA", "SA", "XA", "AB", "HB", "XB", "AE", "IE", "AC", "XE", "AR", "IR", "XR", "AK", "XK", "XX"),
        ['6'] = Set(
            "CJ", "CO", "CC", "CS", "CT", "CV", "CX", "CD", "CP", "CN", "CA", "CB", "CU", "CG", "TJ", "TO", "TC", "TT",
            "TN", "TA", "TB", "FJ", "FO", "FT", "FN", "FA", "FB"),
        ['7'] = Set("L", "F", "D", "R", "X"),
        ['8'] = Set(
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU", "IE", "IT", "LT", "LU",
            "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "UK"),
        ['9'] = Set("E", "H", "O"),
        ['0'] = Set(Legislation),
    };

    /// <summary>
    /// True when <paramref name="descriptor"/> occurs in <paramref name="sector"/>; also true for the sectors
    /// whose descriptors this table does not list (<c>C</c>, <c>E</c>), so the validator only reports what it knows.
    /// </summary>
    public static bool IsPossible(char sector, string descriptor) =>
        !BySector.TryGetValue(char.ToUpperInvariant(sector), out var set) || set.Contains(descriptor);

    /// <summary>
    /// The sector-3 descriptor of an EU act of <paramref name="type"/> (a Dutch type name such as
    /// <c>Verordening</c> or <c>Kaderbesluit</c>): R for regulations, L for directives, F for framework
    /// decisions, S for ECSC decisions, D for other decisions.
    /// </summary>
    public static char ForActType(string type, string? domain)
    {
        if (type.EndsWith("erordening", StringComparison.OrdinalIgnoreCase))
        {
            return 'R';
        }

        if (type.EndsWith("ichtlijn", StringComparison.OrdinalIgnoreCase))
        {
            return 'L';
        }

        if (type.Equals("Kaderbesluit", StringComparison.OrdinalIgnoreCase))
        {
            return 'F';
        }

        return domain == "EGKS" ? 'S' : 'D';
    }

    private static HashSet<string> Set(params string[] descriptors) => new(descriptors, StringComparer.Ordinal);
}
