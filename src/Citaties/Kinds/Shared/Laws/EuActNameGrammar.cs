using System.Linq;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// An EU act named by its number where it is the law of an article citation (citation-rules.md 9.1):
/// <c>Verordening (EU) 2022/2065</c>, <c>Richtlijn 2000/31/EG</c>, <c>Verordening (EG) nr. 593/2008</c>,
/// <c>Besluit 2010/300/EU</c>. Yields the act as written (spaces normalised); the euAct family parses the
/// number into its parts. The official title after the number (<see cref="EuActTitleGrammar"/>) is read as part of
/// the name, so the citation covers it, but is not part of what is yielded: the number names the act.
/// </summary>
internal static class EuActNameGrammar
{
    /// <summary>The act types, as written in a citation.</summary>
    internal static readonly string[] Types =
    {
        "Gedelegeerde Verordening", "Gedelegeerde Richtlijn", "Gedelegeerd Besluit",
        "Uitvoeringsverordening", "Uitvoeringsrichtlijn", "Uitvoeringsbesluit",
        "Kaderbesluit", "Verordening", "Richtlijn", "Beschikking", "Besluit",
    };

    private static readonly string[] Domains = { "EU, Euratom", "Euratom", "EGKS", "GBVB", "EEG", "JBZ", "EG", "EU" };

    private static readonly Parser<string> Type =
        Types.Select(Lexical.Word)
            .Aggregate((a, b) => a.Or(b))
            .Named("EU act type");

    private static readonly Parser<string> Domain =
        Domains.Select(Lexical.Exact).Aggregate((a, b) => a.Or(b)).Named("EU domain");

    private static readonly Parser<string> BracketedDomain =
        from open in Parse.Char('(')
        from domain in Domain
        from close in Parse.Char(')')
        select "(" + domain + ")";

    private static readonly Parser<string> Nr =
        from nr in Lexical.Abbreviation("nr")
        from _ in Lexical.Space
        select "nr. ";

    private static readonly Parser<string> Number =
        from first in Lexical.Digits
        from slash in Parse.Char('/')
        from second in Lexical.Digits
        from domain in Parse.Char('/').Then(_ => Domain).Optional()
        from __ in Parse.Not(Parse.LetterOrDigit)
        select first + "/" + second + (domain.IsDefined ? "/" + domain.Get() : string.Empty);

    /// <summary>An EU act by type and number, as written with single spaces.</summary>
    public static readonly Parser<string> Act =
        (from type in Type
         from _ in Lexical.Space
         from domain in BracketedDomain.Then(d => Lexical.Space.Return(d + " ")).Optional()
         from nr in Nr.Optional()
         from number in Number
         from title in EuActTitleGrammar.Title.Optional()
         select type + " " + domain.GetOrElse(string.Empty) + nr.GetOrElse(string.Empty) + number)
        .Named("EU act");
}
