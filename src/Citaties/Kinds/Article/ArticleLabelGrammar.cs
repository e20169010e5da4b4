using System.Linq;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Article labels (citation-rules.md 6.4): <c>125p</c>, <c>6:162</c>, <c>7A:1576</c>, <c>1:3</c>, <c>2.1</c>,
/// <c>10.6ter</c>, <c>5.3.1</c>, <c>13bis</c>, Roman <c>I</c> of amending acts; and ranges of them.
/// </summary>
internal static class ArticleLabelGrammar
{
    /// <summary>The Latin suffixes of inserted articles, longest first where one begins another.</summary>
    internal static readonly string[] LatinSuffixes =
        { "quinquies", "sexies", "septies", "octies", "novies", "decies", "quater", "bis", "ter" };

    // Inserted articles get one to three lower-case letters (14a, 552i); bis/ter series are longer. One capital is
    // read too (7.13H, issue #16 item 1), as written: the builder lowers it and marks the citation (CIT2015).
    private static readonly Parser<string> Suffix =
        LatinSuffixes.Select(Lexical.Exact).Aggregate((a, b) => a.Or(b))
            .Or(Parse.Lower.Repeat(1, 3).Text())
            .Or(Parse.Char(c => c is >= 'A' and <= 'Z', "capital").Once().Text())
            .Then(s => Parse.Not(Parse.Letter).Return(s));

    // A chapter or book may carry one capital (Boek 7A, hoofdstuk 5A), but only right before ':' or '.' and a digit.
    private static readonly Parser<string> CapitalBeforeSeparator = input =>
    {
        var s = input.Source;
        var p = input.Position;
        if (p + 2 < s.Length && s[p] is >= 'A' and <= 'Z' && s[p + 1] is (':' or '.') && char.IsDigit(s[p + 2]))
        {
            return Result.Success(s[p].ToString(), input.Advance());
        }

        return Result.Failure<string>(input, "no book letter", new[] { "book letter" });
    };

    // Older texts put a space before the Latin suffix: "90 sexies", "509u bis". Not "ter", which is also a Dutch
    // word ("artikel 12 ter uitvoering van").
    private static readonly Parser<string> SpacedSuffix =
        from _ in Parse.Char(' ')
        from suffix in LatinSuffixes.Where(s => s != "ter").Select(Lexical.Word).Aggregate((a, b) => a.Or(b))
        select suffix.ToLowerInvariant();

    private static readonly Parser<string> Segment =
        from digits in Lexical.Digits
        from suffix in Suffix.Or(CapitalBeforeSeparator).Optional()
        from spaced in SpacedSuffix.Optional()
        select digits + suffix.GetOrElse(string.Empty) + spaced.GetOrElse(string.Empty);

    private static readonly Parser<string> Subsegment =
        from separator in Parse.Chars(":.")
        from segment in Segment
        select separator + segment;

    /// <summary>An Arabic label with up to two further levels: <c>5.3.1</c>, <c>6:162</c>, <c>10.6ter</c>.</summary>
    public static readonly Parser<string> Arabic =
        (from first in Segment
         from rest in Subsegment.Repeat(0, 2)
         from _ in Parse.Not(Parse.LetterOrDigit)
         select first + string.Concat(rest))
        .Named("article number");

    /// <summary>A Roman label of an amending act: <c>I</c>, <c>XIV</c>.</summary>
    public static readonly Parser<string> Roman =
        Parse.Chars("IVXLC").AtLeastOnce().Text()
            .Then(r => Parse.Not(Parse.LetterOrDigit).Return(r))
            .Named("Roman article number");

    /// <summary>Any single label.</summary>
    public static readonly Parser<string> Label = Arabic.Or(Roman).Named("article number");

    /// <summary>The words joining the ends of a range, with their style.</summary>
    public static readonly Parser<RangeStyle> RangeWord =
        (from _ in Lexical.Space
         from w in Lexical.Literal("tot en met").Return(RangeStyle.TotEnMet)
             .Or(Lexical.Literal("t/m").Return(RangeStyle.TM))
         from __ in Lexical.Space
         select w)
        .Or(from _ in Lexical.OptionalSpace
            from dash in Lexical.Dash
            from __ in Lexical.OptionalSpace
            select RangeStyle.Hyphen)
        .Named("'tot en met'");

    /// <summary>A label or a range of labels, with the range style (<see cref="RangeStyle.None"/> for a label).</summary>
    public static readonly Parser<(ArticleItem Item, RangeStyle Style)> Item =
        from first in Label
        from range in (from style in RangeWord
                       from last in Label
                       select (style, last)).Optional()
        select range.IsDefined
            ? (new ArticleItem(first, range.Get().last), range.Get().style)
            : (new ArticleItem(first), RangeStyle.None);
}
