using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// What the three parliamentary kinds (Kamerstuk, Handelingen, Aanhangsel) have in common, read from their
/// records, so that rules on chamber and vergaderjaar are written once.
/// </summary>
internal readonly record struct ParliamentaryParts(
    Citation Citation,
    Chamber? Chamber,
    string? ChamberText,
    SessionYear? SessionYear,
    string? SessionYearText)
{
    /// <summary>The parts of <paramref name="citation"/>, or null when it is not a parliamentary citation.</summary>
    public static ParliamentaryParts? Of(Citation citation) => citation switch
    {
        KamerstukCitation k => new ParliamentaryParts(k, k.Chamber, k.ChamberText, k.SessionYear, k.SessionYearText),
        HandelingenCitation h => new ParliamentaryParts(h, h.Chamber, h.ChamberText, h.SessionYear, h.SessionYearText),
        AanhangselCitation a => new ParliamentaryParts(a, a.Chamber, a.ChamberText, a.SessionYear, a.SessionYearText),
        _ => null,
    };
}
