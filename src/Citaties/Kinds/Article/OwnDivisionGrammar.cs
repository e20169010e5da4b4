using System.Collections.Generic;
using System.Linq;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Parts of a law as the law's own text names them (issue #16 item 3): <c>afdeling 3.4</c>, <c>paragraaf 4.1.3.2</c>,
/// <c>de afdelingen 3.6 en 3.7</c>, <c>de hoofdstukken 2 tot en met 8 en 10 van deze wet</c>, <c>titel IIIb van Boek
/// IV</c>, <c>de titels IVa tot en met Vc en Ve</c>. Unlike <see cref="DivisionGrammar"/> the law may be left out: in a
/// law's text that is the law itself, as for <c>artikel 5</c>. Only scanned there (<see cref="KindRegistry.LawTextFamilies"/>),
/// since elsewhere such a part is the text's own (<c>paragraaf 2.3 van deze brief</c>). Each part listed is a citation
/// of its own, as each article of an enumeration is; the law written after the last belongs to all.
/// </summary>
internal static class OwnDivisionGrammar
{
    /// <summary>The unit words, plural first where the singular begins it; <c>afdeeling</c> is the spelling before 1947.</summary>
    internal static readonly (string Word, DivisionUnit Unit)[] UnitWords =
    {
        ("hoofdstukken", DivisionUnit.Hoofdstuk), ("hoofdstuk", DivisionUnit.Hoofdstuk),
        ("titels", DivisionUnit.Titel), ("titel", DivisionUnit.Titel),
        ("afdelingen", DivisionUnit.Afdeling), ("afdeling", DivisionUnit.Afdeling),
        ("afdeelingen", DivisionUnit.Afdeling), ("afdeeling", DivisionUnit.Afdeling),
        ("paragrafen", DivisionUnit.Paragraaf), ("paragraaf", DivisionUnit.Paragraaf),
    };

    private static readonly Parser<(string Keyword, DivisionUnit Unit)> Unit = DivisionGrammar.UnitOf(UnitWords, "'afdeling'");

    // As DivisionGrammar's, without the capitals of a wijzigingswet's onderdelen (a law's own onderdelen are an
    // article's); a Roman numeral may carry a capital (Sv writes "de titels IVA tot en met VC" in a heading's reference).
    private static readonly Parser<string> Number =
        Parse.Regex(@"(?:\d+[A-Za-z]?(?:\.\d+[A-Za-z]?)*|[IVXLC]+[A-Za-z]?)(?![\p{L}\p{N}])")
            .Named("number of a part of a law");

    private static readonly Parser<(string Number, string? To, int Start, int End)> Item =
        from start in Committed.Position
        from number in Number
        from to in ParagraphGrammar.Through.Then(_ => Number).Optional()
        from end in Committed.Position
        select (number, to.GetOrDefault(), start, end);

    // ", ", " en ", " of ", ", en ".
    private static readonly Parser<string> Separator =
        Lexical.ListJoin.Or(
            from comma in Lexical.Comma
            from word in Lexical.Word("en").Or(Lexical.Word("of")).Then(w => Lexical.Space.Return(w)).Optional()
            select ",");

    /// <summary>One citation per part listed, with the law of the list or none.</summary>
    public static readonly Parser<IReadOnlyList<Citation>> Citations =
        (from unit in Unit
         from _ in Lexical.Space
         from first in Item
         from rest in Separator.Then(_ => Item).Many()
         from law in LawNameGrammar.Law.Capture().Optional()
         select (IReadOnlyList<Citation>)Build(unit.Keyword, unit.Unit, new[] { first }.Concat(rest).ToArray(), law.IsDefined ? law.Get() : null))
        .FailingAtStart()
        .Named("part of the law");

    private static Citation[] Build(
        string keyword,
        DivisionUnit unit,
        (string Number, string? To, int Start, int End)[] items,
        Captured<LawPhrase>? lawCapture)
    {
        var law = lawCapture?.Value;
        var citations = new Citation[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            var last = i == items.Length - 1;
            citations[i] = new ArticleCitation
            {
                Span = TextSpan.FromBounds(i == 0 ? 0 : item.Start, last && lawCapture is { } read ? read.End : item.End),
                Keyword = keyword,
                Division = new LawDivision(unit, item.Number) { To = item.To },
                Book = law?.Form == LawForm.BookOfBw ? law.Book : null,
                LawText = law?.Text,
                LawForm = law?.Form ?? LawForm.None,
                LawPreposition = law?.Preposition,
                LawSpan = last && lawCapture is { } captured ? ArticleCitationBuilder.LawSpan(captured) : default,
                InEnumeration = items.Length > 1,
            };
        }

        return citations;
    }
}
