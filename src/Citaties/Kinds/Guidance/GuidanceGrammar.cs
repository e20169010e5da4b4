using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Aanwijzingen of the Aanwijzingen voor de regelgeving (citation-rules.md 0.1): <c>aanwijzing 3.29 van de
/// Aanwijzingen voor de regelgeving</c>, <c>aanwijzing 3.29 Ar</c>, <c>aanwijzingen 3.29 en 3.30 van de Ar</c>,
/// <c>Aanwijzing 4.50, tweede lid, Ar</c>, and the short form <c>Ar 3.29</c>. The instrument is required after the
/// word <c>aanwijzing</c>: the Openbaar Ministerie's instructions and an inspectorate's orders are called aanwijzing
/// too (<c>de aanwijzing van de minister</c>, <c>Aanwijzing 2</c>), so a bare <c>aanwijzing 3.29</c> is no citation.
/// </summary>
internal static class GuidanceGrammar
{
    /// <summary>An aanwijzing number: <c>3.29</c>, with a letter <c>3.29a</c>; in the editions before 2018 a plain <c>212</c>.</summary>
    private static readonly Parser<string> Item =
        (from number in Lexical.Digits
         from fraction in (from dot in Parse.Char('.') from digits in Lexical.Digits select "." + digits).Optional()
         from letter in Parse.Lower.Once().Text().Optional()
         from _ in Lexical.Boundary
         select number + fraction.GetOrElse(string.Empty) + letter.GetOrElse(string.Empty))
        .Named("aanwijzing number");

    /// <summary>After <c>Ar</c> only a number with a dot counts (<c>Ar 3.29</c>): <c>Ar 2</c> may be anything.</summary>
    private static readonly Parser<string> DottedItem = Item.Where(i => i.IndexOf('.') > 0).Named("aanwijzing number such as 3.29");

    private static readonly Parser<string> Separator = Lexical.Comma.Return(",").Or(Lexical.ListJoin);

    /// <summary><c>tweede lid</c> after a comma: <c>aanwijzing 4.50, tweede lid, Ar</c>.</summary>
    private static readonly Parser<string> OrdinalParagraph =
        from comma in Lexical.Comma
        from word in Parse.Lower.AtLeastOnce().Text()
        let number = DutchOrdinals.Parse(word)
        where number > 0
        from _ in Lexical.Space
        from lid in Lexical.Word("lid")
        select number.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>lid 2</c> after a space: <c>Ar 4.50 lid 2</c>.</summary>
    private static readonly Parser<string> NumberedParagraph =
        from _ in Lexical.Space
        from lid in Lexical.Word("lid")
        from __ in Lexical.Space
        from number in Lexical.Digits
        from end in Lexical.Boundary
        select number;

    private static readonly Parser<string> Paragraph = OrdinalParagraph.Or(NumberedParagraph);

    private static readonly Parser<string> Ar = Lexical.Word(GuidanceInstruments.ArAbbreviation).Where(w => w == GuidanceInstruments.ArAbbreviation);

    /// <summary>The instrument after an aanwijzing: its citeertitel in full or <c>Ar</c>.</summary>
    private static readonly Parser<string> Instrument =
        Lexical.Word(GuidanceInstruments.ArTitle).Or(Ar).Named("'Aanwijzingen voor de regelgeving' or 'Ar'");

    /// <summary>What joins an aanwijzing to its instrument: a space or comma, then <c>van de</c> or <c>van</c> if written.</summary>
    private static readonly Parser<string> Of =
        from separator in Lexical.CommaOrSpace
        from van in (from word in Lexical.Word("van")
                     from _ in Lexical.Space
                     from de in (from article in Lexical.Word("de") from __ in Lexical.Space select article).Optional()
                     select word).Optional()
        select string.Empty;

    private static readonly Parser<string> Label = Lexical.Word("aanwijzingen").Or(Lexical.Word("aanwijzing"));

    /// <summary>
    /// What follows the numbers after <c>aanwijzing</c>: a lid and the instrument. When it is not there, the grammar fails
    /// right after the numbers, so that <c>aanwijzing 2 van de inspectie</c> is prose and no broken citation (CIT0001
    /// reports a grammar that read past a number into words and then failed).
    /// </summary>
    private static readonly Parser<IOption<string>> OfTheAr = FailingWhereItStarts(
        from paragraph in Paragraph.Optional()
        from of in Of
        from instrument in Instrument
        select paragraph);

    private static readonly Parser<GuidanceCitation> Labelled =
        from label in Label
        from _ in Lexical.Space
        from items in ListOf(Item)
        from paragraph in OfTheAr
        select Build(items, paragraph);

    private static readonly Parser<GuidanceCitation> Abbreviated =
        from ar in Ar
        from _ in Lexical.Space
        from items in ListOf(DottedItem)
        from paragraph in Paragraph.Optional()
        select Build(items, paragraph);

    /// <summary>An aanwijzing of the Ar in any of the forms above.</summary>
    public static readonly Parser<GuidanceCitation> Aanwijzing =
        Labelled.Or(Abbreviated).Named("aanwijzing of the Aanwijzingen voor de regelgeving");

    private static Parser<IReadOnlyList<string>> ListOf(Parser<string> item) =>
        from first in item
        from rest in (from separator in Separator from next in item select next).Many()
        select (IReadOnlyList<string>)new[] { first }.Concat(rest).ToArray();

    private static Parser<T> FailingWhereItStarts<T>(Parser<T> parser) =>
        input =>
        {
            var result = parser(input);
            return result.WasSuccessful ? result : Result.Failure<T>(input, result.Message, result.Expectations);
        };

    private static GuidanceCitation Build(IReadOnlyList<string> items, IOption<string> paragraph) =>
        new()
        {
            Title = GuidanceInstruments.ArTitle,
            Items = items,
            Paragraph = paragraph.GetOrDefault(),
            BwbId = GuidanceInstruments.ArBwbId,
        };
}
