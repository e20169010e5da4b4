using System.Collections.Generic;
using System.Linq;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// ECLIs (citation-rules.md section 8). The grammar is deliberately loose: it reads a prefix (also misspelled)
/// and a run of colon-separated parts, and leaves the judgement to <see cref="EcliAnalysis"/>, so that the
/// real-world errors of section 8.4 are recognised as ECLIs with their defects recorded instead of being missed.
/// Trailing <c>.</c>, <c>,</c>, <c>;</c>, <c>)</c> are never part of the match.
/// </summary>
internal static class EcliGrammar
{
    // Country, court, year, ordinal; a fifth part is read only after an "LJN" label.
    private const int MaxParts = 4;

    /// <summary>
    /// The prefix, including its misspellings <c>ELCI</c>, <c>ECLl</c> (lower-case L), <c>ECL</c> and <c>CLI</c>
    /// (the first letter lost in text taken from PDF).
    /// </summary>
    private static readonly Parser<string> Prefix =
        Lexical.Literal("ECLI")
            .Or(Lexical.Literal("ECLL"))
            .Or(Lexical.Literal("ELCI"))
            .Or(Lexical.Literal("ECL"))
            .Or(Lexical.Literal("CLI"))
            .Named("'ECLI'");

    /// <summary>A colon; also the typos <c>;</c> and <c>::</c>, which the analysis reports.</summary>
    private static readonly Parser<string> Separator =
        (from c in Parse.Chars(":;")
         from doubled in Parse.Char(':').Optional()
         select doubled.IsDefined ? c + ":" : c.ToString())
        .Named("':'");

    private static readonly Parser<char> PartChar = Parse.Char(c => c < 128 && char.IsLetterOrDigit(c), "letter or digit");

    /// <summary>Letters and digits, with inner dots (<c>ARR.19990427.9</c>); a dot at the end is punctuation.</summary>
    private static readonly Parser<string> Part =
        (from head in PartChar.AtLeastOnce().Text()
         from rest in (from dot in Parse.Char('.') from more in PartChar.AtLeastOnce().Text() select "." + more).Many()
         select head + string.Concat(rest))
        .Named("ECLI part");

    /// <summary>
    /// Spaces after a separator, seen in real decisions (<c>ECLI:NL:HR: 2008:BG5987</c>); only before a digit, so
    /// that a cut-off ECLI followed by prose (<c>ECLI:NL:HR:2017: zie</c>) does not swallow the next word.
    /// </summary>
    private static readonly Parser<string> StraySpace =
        from spaces in Parse.Char(' ').Repeat(1, 2).Text()
        from next in Parse.Digit.Preview()
        where next.IsDefined
        select spaces;

    private static readonly Parser<EcliPart> SeparatedPart =
        from separator in Separator
        from space in StraySpace.Or(Parse.Return(string.Empty))
        from part in Part
        select new EcliPart(separator + space, part);

    /// <summary>Two letters and a colon ahead: the country code, not yet consumed.</summary>
    private static readonly Parser<IOption<string>> CountryAhead =
        (from country in Parse.Char(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z', "letter").Repeat(2).Text()
         from colon in Parse.Char(':')
         select country)
        .Preview();

    /// <summary>
    /// The separator after the prefix as written loosely: <c>ECLI: NL:</c>, <c>ECLI : NL:</c>, or a space alone when
    /// <c>ECLI</c> is a label before the rest (<c>ECLI NL:RvS:1991:AB1234</c>). Only before a country code and its
    /// colon, so that a header's label (<c>ECLI: ECLI:NL:HR:1988:AD0289</c>) or prose after it is not read as a part.
    /// </summary>
    private static readonly Parser<string> LooseSeparator =
        from before in Parse.Char(' ').Repeat(0, 2).Text()
        from colon in Parse.Char(':').Optional()
        from after in Parse.Char(' ').Repeat(0, 2).Text()
        where before.Length + after.Length > 0
        from country in CountryAhead
        where country.IsDefined
        select before + (colon.IsDefined ? ":" : string.Empty) + after;

    private static readonly Parser<EcliPart> FirstPart =
        SeparatedPart.Or(
            from separator in LooseSeparator
            from part in Part
            select new EcliPart(separator, part));

    private static readonly Parser<IEnumerable<EcliPart>> NoParts = Parse.Return(Enumerable.Empty<EcliPart>());

    // Tails[n] reads up to n further separated parts.
    private static readonly Parser<IEnumerable<EcliPart>>[] Tails = Enumerable.Range(0, MaxParts).Select(UpTo).ToArray();

    /// <summary>The fifth part allowed after an <c>LJN</c> label (<c>ECLI:NL:HR:2011:LJN:BQ8092</c>).</summary>
    private static readonly Parser<IEnumerable<EcliPart>> AfterLjnLabel = SeparatedPart.Once();

    /// <summary>A trailing colon belongs to a cut-off ECLI (<c>ECLI:NL:HR:2017:</c>), not to a complete one.</summary>
    private static readonly Parser<string> TrailingColon =
        from colon in Parse.Char(':')
        from _ in Lexical.Boundary
        select ":";

    private static readonly Parser<bool> NoTrailingColon = Parse.Return(false);

    /// <summary>An ECLI with its prefix, well formed or with the defects of section 8.4.</summary>
    private static readonly Parser<EcliCitation> Prefixed =
        from prefix in Prefix
        from first in FirstPart
        from parts in Rest(new[] { first })
        select EcliAnalysis.Analyse(prefix, parts.Parts, parts.TrailingColon);

    /// <summary>
    /// The form the CJEU itself uses: <c>EU:C:2005:446</c>, <c>EU:T:2010:12</c>. Only the three EU courts are
    /// accepted here, so that no other text starting with <c>EU:</c> is taken for an ECLI.
    /// </summary>
    private static readonly Parser<EcliCitation> WithoutPrefix =
        from country in Lexical.Literal("EU").Named("'EU'")
        from colon in Parse.Char(':').Named("':'")
        from court in Parse.Chars("CTFctf").Named("EU court 'C', 'T' or 'F'")
        from _ in Parse.Not(PartChar)
        from parts in Rest(new[] { new EcliPart(string.Empty, country), new EcliPart(":", court.ToString()) })
        select EcliAnalysis.Analyse(null, parts.Parts, parts.TrailingColon);

    /// <summary>Any ECLI form.</summary>
    public static readonly Parser<EcliCitation> Ecli = Prefixed.Or(WithoutPrefix).Named("ECLI");

    private static Parser<(IReadOnlyList<EcliPart> Parts, bool TrailingColon)> Rest(EcliPart[] initial) =>
        from tail in Tails[MaxParts - initial.Length]
        let parts = initial.Concat(tail).ToList()
        from more in parts.Count == MaxParts && parts[3].Text.Equals("LJN", System.StringComparison.OrdinalIgnoreCase)
            ? AfterLjnLabel.Or(NoParts)
            : NoParts
        from trailing in parts.Count < MaxParts ? TrailingColon.Return(true).Or(NoTrailingColon) : NoTrailingColon
        select ((IReadOnlyList<EcliPart>)parts.Concat(more).ToList(), trailing);

    private static Parser<IEnumerable<EcliPart>> UpTo(int count) =>
        count == 0
            ? NoParts
            : (from part in SeparatedPart
               from more in UpTo(count - 1)
               select new[] { part }.Concat(more))
              .Or(NoParts);
}

/// <summary>One part of an ECLI as written, with the separator that preceded it.</summary>
internal readonly record struct EcliPart(string Separator, string Text);
