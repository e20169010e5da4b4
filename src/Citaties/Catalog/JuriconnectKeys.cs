using System;
using System.Collections.Generic;
using System.Globalization;

namespace Citaties.Catalog;

/// <summary>
/// The keys a Juriconnect reference may carry (citation-rules.md 10.2): location keys in hierarchical order,
/// the keys within an article, and the date keys of the c and v types.
/// </summary>
internal static class JuriconnectKeys
{
    /// <summary>Location keys, in the order they nest in a regulation.</summary>
    public static readonly IReadOnlyList<string> Locations = new[]
    {
        "boek", "deel", "titeldeel", "hoofdstuk", "afdeling", "paragraaf", "sub-paragraaf", "artikel", "bijlage",
        "aanwijzing", "inhoudsopgave", "lid", "o",
    };

    /// <summary>Date keys: g (geldigheidsdatum), z (zichtdatum), s and e (start and end of a v reference).</summary>
    public static readonly IReadOnlyList<string> Dates = new[] { "g", "z", "s", "e" };

    private static readonly HashSet<string> Known = new(Concat(Locations, Dates), StringComparer.Ordinal);

    /// <summary>True when <paramref name="key"/> is a Juriconnect key.</summary>
    public static bool IsKnown(string key) => Known.Contains(key);

    /// <summary>
    /// The nesting level of a location key, from 0 (<c>boek</c>) to 8 (<c>o</c>); -1 for a date or unknown key.
    /// <c>titeldeel</c> and <c>hoofdstuk</c> share a level, because laws nest them either way (the Awb has titels
    /// in hoofdstukken, the Gemeentewet hoofdstukken in titels); so do <c>artikel</c>, <c>bijlage</c>,
    /// <c>aanwijzing</c> and <c>inhoudsopgave</c>, which are siblings rather than parts of each other.
    /// </summary>
    public static int LocationLevel(string key) => key switch
    {
        "boek" => 0,
        "deel" => 1,
        "titeldeel" or "hoofdstuk" => 2,
        "afdeling" => 3,
        "paragraaf" => 4,
        "sub-paragraaf" => 5,
        "artikel" or "bijlage" or "aanwijzing" or "inhoudsopgave" => 6,
        "lid" => 7,
        "o" => 8,
        _ => -1,
    };

    /// <summary>True when <paramref name="key"/> is a date key.</summary>
    public static bool IsDate(string key) => key is "g" or "z" or "s" or "e";

    /// <summary>True when <paramref name="value"/> is an existing date written <c>YYYY-MM-DD</c>.</summary>
    public static bool IsIsoDate(string value) =>
        value.Length == 10
        && DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static IEnumerable<string> Concat(IEnumerable<string> first, IEnumerable<string> second)
    {
        foreach (var s in first)
        {
            yield return s;
        }

        foreach (var s in second)
        {
            yield return s;
        }
    }
}
