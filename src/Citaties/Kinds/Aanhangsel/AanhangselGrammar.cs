using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Aanhangsel Handelingen: <c>Aanhangsel Handelingen [chamber] &lt;vergaderjaar&gt;, nr. &lt;n&gt;</c>, also
/// <c>Aanh. Handelingen</c>, <c>Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 719</c> and a number without <c>nr.</c>.
/// </summary>
internal static class AanhangselGrammar
{
    private static readonly Parser<bool> Label =
        Lexical.Word("Aanhangsel").Return(false)
            .Or(Lexical.Literal("Aanh.").Return(true))
            .Named("'Aanhangsel'");

    private static readonly Parser<string> HandelingenWord =
        Lexical.Word("Handelingen").Or(Lexical.Literal("Hand.")).Named("'Handelingen'");

    private static readonly Parser<ChamberToken> ChamberPart =
        from chamber in ParliamentaryTokens.Chamber
        from separator in Lexical.CommaOrSpace.Optional()
        select chamber;

    private static readonly Parser<(string Number, bool Labelled)> Number =
        (from label in ParliamentaryTokens.NumberLabel
         from number in Lexical.Digits.Named("aanhangselnummer")
         select (number, true))
        .XOr(Lexical.Digits.Select(number => (number, false)))
        .Named("aanhangselnummer");

    /// <summary>An Aanhangsel Handelingen citation.</summary>
    public static readonly Parser<AanhangselCitation> Aanhangsel =
        (from abbreviated in Label
         from space in Lexical.OptionalSpace
         from handelingen in HandelingenWord
         from separator in Lexical.CommaOrSpace
         from chamber in ChamberPart.Optional()
         from year in ParliamentaryTokens.SessionYear
         from yearSeparator in Lexical.CommaOrSpace
         from number in Number
         from end in Lexical.Boundary
         select Build(abbreviated, chamber.IsDefined ? chamber.Get() : null, year, number.Number, number.Labelled))
        .Named("Aanhangsel citation");

    /// <summary>The citation from its parts, as the grammar and its fast path both build it.</summary>
    internal static AanhangselCitation Build(bool abbreviated, ChamberToken? chamber, SessionYearToken year, string number, bool labelled) =>
        new()
        {
            Abbreviated = abbreviated,
            Chamber = chamber?.Chamber,
            ChamberText = chamber?.Text,
            SessionYear = year.Year,
            SessionYearText = year.Text,
            SessionYearWord = year.Word,
            Number = number,
            NumberLabelled = labelled,
        };
}
