using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Handelingen: <c>Handelingen &lt;chamber&gt; &lt;vergaderjaar&gt;, nr. &lt;vergadernummer&gt;[, item &lt;n&gt;][, p. &lt;pages&gt;]</c>.
/// The vergaderjaar is required, so the word "handelingen" in running text never parses. Also accepts the
/// wrong forms the validator reports: no vergadernummer, or a dossier number (<c>Handelingen, 2006/07, 31 015, nr. 67</c>).
/// </summary>
internal static class HandelingenGrammar
{
    private static readonly Parser<string> Label =
        Lexical.Word("Handelingen").Or(Lexical.Literal("Hand.")).Named("'Handelingen'");

    private static readonly Parser<ChamberToken> ChamberPart =
        from chamber in ParliamentaryTokens.Chamber
        from separator in Lexical.CommaOrSpace.Optional()
        select chamber;

    // Handelingen have no dossier; one of four or more digits after the year is taken as a (wrong) dossier
    // number, so that "Handelingen, 2006/07, 31 015, nr. 67" is recognised and can be reported.
    private static readonly Parser<DossierToken> WrongDossier =
        from separator in ParliamentaryTokens.YearSeparator
        from dossier in ParliamentaryTokens.Dossier
        where dossier.Dossier.Number.Length >= 4
        select dossier;

    private static readonly Parser<string?> Meeting =
        Committed.OptionalAfter(
            from separator in Lexical.CommaOrSpace from label in ParliamentaryTokens.NumberLabel select label,
            label => Lexical.Digits.Named("vergadernummer"));

    private static readonly Parser<string?> Item =
        Committed.OptionalAfter(
            from separator in Lexical.CommaOrSpace from label in Lexical.Word("item") from space in Lexical.OptionalSpace select label,
            label => Lexical.Digits.Named("item number"));

    private static readonly Parser<PagesToken?> Pages = ParliamentaryTokens.OptionalPages;

    /// <summary>A Handelingen citation.</summary>
    public static readonly Parser<HandelingenCitation> Handelingen =
        (from label in Label
         from separator in Lexical.CommaOrSpace
         from chamber in ChamberPart.Optional()
         from year in ParliamentaryTokens.SessionYear
         from dossier in WrongDossier.Optional()
         from meeting in Meeting
         from item in Item
         from pages in Pages
         select Build(label, chamber.IsDefined ? chamber.Get() : null, year, dossier.IsDefined ? dossier.Get().Dossier : null, meeting, item, pages))
        .Named("Handelingen citation");

    /// <summary>The citation from its parts, as the grammar and its fast path both build it.</summary>
    internal static HandelingenCitation Build(
        string label, ChamberToken? chamber, SessionYearToken year, Dossier? dossier, string? meeting, string? item, PagesToken? pages) =>
        new()
        {
            Label = label,
            Chamber = chamber?.Chamber,
            ChamberText = chamber?.Text,
            SessionYear = year.Year,
            SessionYearText = year.Text,
            SessionYearWord = year.Word,
            Dossier = dossier,
            Meeting = meeting,
            Item = item,
            Pages = pages?.Pages,
            PagesLabel = pages?.Label,
            PagesWritten = pages?.Written,
        };
}
