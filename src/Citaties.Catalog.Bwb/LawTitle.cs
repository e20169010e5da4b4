using System.Text.RegularExpressions;

namespace Citaties.Catalog.Bwb;

/// <summary>Chooses a law's title and recognises the books of the Burgerlijk Wetboek.</summary>
internal static class LawTitle
{
    // Since the 1990s the intitule of a law ends with its citeertitel in brackets:
    // "Wet van 4 juni 1992, houdende algemene regels van bestuursrecht (Algemene wet bestuursrecht)".
    // The bracketed part must start with a capital and must not be a publication reference "(Stb. 1992, 315)".
    private static readonly Regex BracketedName = new(
        @"^.{3,}\(\s*(?<name>\p{Lu}[^()]*?)\s*\)\s*\.?$", RegexOptions.CultureInvariant);

    private static readonly Regex PublicationReference = new(
        @"^(Stb|Stcrt|Trb|Gmb|Prb|Wsb)\b", RegexOptions.CultureInvariant);

    private static readonly Regex CivilCodeBook = new(
        @"^Burgerlijk Wetboek Boek (?<book>\d+[A-Z]?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// The citeertitel when the text has one (an element, or the bracketed end of the intitule), otherwise the
    /// intitule; null when the text has neither.
    /// </summary>
    public static string? Choose(string? citeertitel, string? intitule, out bool isCiteertitel)
    {
        if (!string.IsNullOrEmpty(citeertitel))
        {
            isCiteertitel = true;
            return citeertitel;
        }

        isCiteertitel = false;
        if (string.IsNullOrEmpty(intitule))
        {
            return null;
        }

        var match = BracketedName.Match(intitule);
        if (match.Success && !PublicationReference.IsMatch(match.Groups["name"].Value))
        {
            isCiteertitel = true;
            return match.Groups["name"].Value;
        }

        return intitule;
    }

    /// <summary>The book of a Burgerlijk Wetboek title (<c>Burgerlijk Wetboek Boek 6</c> gives <c>6</c>), else null.</summary>
    public static string? CivilCodeBookOf(string title)
    {
        var match = CivilCodeBook.Match(title);
        return match.Success ? match.Groups["book"].Value.ToUpperInvariant() : null;
    }
}
