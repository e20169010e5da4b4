using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>BWB ids: <c>BWB</c>, <c>R</c> or <c>V</c>, digits (seven when well formed).</summary>
internal static class BwbGrammar
{
    /// <summary>
    /// A BWB id with any number of digits from 5 to 9, so that a wrong length (<c>BWBR001903</c>) is still
    /// recognised as a BWB id and can be reported by the validator.
    /// </summary>
    public static readonly Parser<BwbCitation> Bwb =
        (from prefix in Parse.IgnoreCase("BWB").Named("'BWB'")
         from type in Parse.Chars("RVrv").Named("'R' or 'V'")
         from digits in Parse.Digit.Repeat(5, 9).Text().Named("BWB digits")
         from _ in Lexical.Boundary
         select new BwbCitation { Type = char.ToUpperInvariant(type), Digits = digits, Value = "BWB" + char.ToUpperInvariant(type) + digits })
        .Named("BWB id");
}
