using System.Linq;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// A report of a decision in a case-law journal (citation-rules.md 7.1): <c>NJ 2017/13, m.nt. T. Hartlief</c>,
/// <c>AB 2021/300</c>, the older <c>NJ 1994, 233</c>, <c>BNB 1988/248*</c>, <c>V-N 2016/12.7</c>.
/// </summary>
internal static class JournalReportGrammar
{
    /// <summary>The journals, in the capitals they print; the family's anchors are these words.</summary>
    internal static readonly string[] Journals =
    {
        "NJ", "AB", "JB", "RvdW", "JOR", "JAR", "NJB", "Gst.", "BR", "EHRC", "USZ", "RSV", "V-N", "BNB",
    };

    /// <summary>The characters a journal starts with.</summary>
    internal static readonly string FirstCharacters = new(Journals.Select(j => j[0]).Distinct().ToArray());

    private static readonly Parser<string> Journal = CaseTokens.OneOf("journal (NJ, AB, JB, ...)", Journals);

    private static readonly Parser<object> NoLetter = Parse.Not(Parse.Letter);

    private static readonly Parser<IOption<string>> OptionalSubNumber =
        (from dot in CaseTokens.Dot from digits in Lexical.Digits select "." + digits).Optional();

    /// <summary>A number in the volume: <c>13</c>, <c>12.7</c> (V-N).</summary>
    private static readonly Parser<string> Number =
        from head in Lexical.Digits
        from sub in OptionalSubNumber
        from _ in NoLetter
        select head + sub.GetOrElse(string.Empty);

    /// <summary><c>/13</c> (today's form, also <c>/ 13</c>) or <c>, 233</c> (the older one, also without the space).</summary>
    private static readonly Parser<(string Number, bool OldForm)> Place =
        (from slash in CaseTokens.Slash from _ in CaseTokens.OptionalSpace from number in Number select (number, false))
        .Or(from comma in CaseTokens.CommaChar from _ in CaseTokens.OptionalSpace from number in Number select (number, true));

    private static readonly Parser<string> NoteLabel = CaseTokens.OneOf("'m.nt.'", "m.nt.", "m. nt.", "met noot", "nt.");

    /// <summary><c>m.nt. T. Hartlief</c>, <c>met noot Van der Meer</c>, after a comma or a space.</summary>
    private static readonly Parser<string> Annotation =
        from separator in CaseTokens.OneOf("','", ", ", " ")
        from label in NoteLabel
        from _ in CaseTokens.Space
        from names in PersonNameGrammar.Names
        select names;

    private static readonly Parser<IOption<string>> OptionalAnnotation = Annotation.Optional();

    /// <summary>One report.</summary>
    public static readonly Parser<CaseReport> Report =
        (from journal in Journal
         from _ in CaseTokens.Space
         from year in CaseTokens.Year
         where year is >= 1800 and <= 2099
         from place in Place
         from star in CaseTokens.OptionalStar
         from annotator in OptionalAnnotation
         select new CaseReport
         {
             Journal = journal,
             Year = year,
             Number = place.Number,
             OldForm = place.OldForm,
             Starred = star.IsDefined,
             Annotator = annotator.GetOrDefault(),
         })
        .Named("journal report");
}
