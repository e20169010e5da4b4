using System.Collections.Generic;
using System.Linq;
using Citaties.Catalog;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Parts of a law larger than an article (Ar 3.54–3.58): <c>hoofdstuk 5</c>, <c>titel 4.1 Awb</c>,
/// <c>afdeling 8.2.6 van de Algemene wet bestuursrecht</c>, <c>onderdeel B</c>, <c>Bijlage I</c>.
/// The law is required: texts speak of their own chapters and paragraphs all the time (<c>paragraaf 2.3 van
/// deze brief</c>, <c>onderdeel 4 van het middel</c>), so only a named law, or <c>van deze wet</c>, makes one
/// a citation of legislation. <c>§ 4</c> is not read: anchors start with an ASCII character (AnchorScanner).
/// </summary>
internal static class DivisionGrammar
{
    /// <summary>The words for each unit, longest first where one begins another (titeldeel, titel).</summary>
    internal static readonly (string Word, DivisionUnit Unit)[] UnitWords =
    {
        ("hoofdstuk", DivisionUnit.Hoofdstuk), ("titeldeel", DivisionUnit.Titel), ("titel", DivisionUnit.Titel),
        ("afdeling", DivisionUnit.Afdeling), ("paragraaf", DivisionUnit.Paragraaf), ("onderdeel", DivisionUnit.Onderdeel),
        ("bijlage", DivisionUnit.Bijlage), (Section, DivisionUnit.Paragraaf),
    };

    private static readonly Parser<(string Keyword, DivisionUnit Unit)> Unit = UnitOf(UnitWords, "'hoofdstuk'");

    // The paragraph sign also stands for the German and Austrian article (§ 354a HGB): after it only a Dutch law is
    // read, by its title or an abbreviation the catalog knows.
    private const string Section = "§";

    /// <summary>The first of <paramref name="words"/> that stands in the text, as written, with its unit.</summary>
    internal static Parser<(string Keyword, DivisionUnit Unit)> UnitOf((string Word, DivisionUnit Unit)[] words, string name) =>
        words.Select(u => Lexical.Word(u.Word).Select(w => (w, u.Unit)))
            .Aggregate((a, b) => a.Or(b))
            .Named(name);

    // 5, 5A, 4.1, 8.2.6, 4.1.3.2, 3a (Ar 6.16 inserts letters); Roman II, XXVIII, IIIb; capitals of a wijzigingswet: B, AA.
    private static readonly Parser<string> Number =
        Parse.Regex(@"(?:\d+[A-Za-z]?(?:\.\d+[A-Za-z]?)*|[IVXLC]+[a-z]?|[A-Z]{1,2})(?![\p{L}\p{N}])")
            .Named("number of a part of a law");

    /// <summary>A part of a law with the law it belongs to, as an article citation with a <see cref="LawDivision"/>.</summary>
    /// <remarks>Without a law a text's own <c>hoofdstuk 5</c> is meant: no broken citation, so it fails at the anchor.</remarks>
    public static readonly Parser<IReadOnlyList<Citation>> Citations =
        (from unit in Unit
         from _ in Lexical.OptionalSpace
         from number in Number
         from law in LawNameGrammar.Law.Capture()
         where unit.Keyword != Section || law.Value.Form != LawForm.Abbreviation || LawCatalog.Default.FindByAbbreviation(law.Value.Text, law.Value.Book).Found
         select (IReadOnlyList<Citation>)ArticleCitationBuilder.BuildDivision(unit.Keyword, new LawDivision(unit.Unit, number), law))
        .FailingAtStart()
        .Named("part of a law");
}
