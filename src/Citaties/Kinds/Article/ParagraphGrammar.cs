using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Leden: ordinal words before <c>lid</c> (<c>eerste lid</c>, <c>eerste en derde lid</c>, <c>tweede tot en met
/// vierde lid</c>; Ar 3.29) or numbers after it (<c>lid 4</c>, <c>leden 1 en 3</c>; Leidraad).
/// </summary>
internal static class ParagraphGrammar
{
    // A range of leden longer than this is kept as its two ends rather than spelled out.
    private const int MaxSpelledOutRange = 50;

    /// <summary>A Dutch ordinal word from <c>eerste</c> to <c>honderdste</c>, as its number.</summary>
    public static readonly Parser<int> Ordinal = OrdinalReader.Create(inflected: false);

    private static readonly Parser<string> LidWord =
        Lexical.Word("leden").Or(Lexical.Word("lid")).Named("'lid'");

    /// <summary><c> tot en met </c> or <c> t/m </c> between the ends of a range (of leden, or of parts of a law).</summary>
    internal static readonly Parser<RangeStyle> Through =
        from _ in Lexical.Space
        from style in Lexical.Literal("tot en met").Return(RangeStyle.TotEnMet).Or(Lexical.Literal("t/m").Return(RangeStyle.TM))
        from __ in Lexical.Space
        select style;

    /// <summary>A lid number: digits with at most one inserted letter (<c>2a</c>).</summary>
    public static readonly Parser<string> Number =
        (from digits in Lexical.Digits
         from letter in Parse.Lower.Optional()
         from _ in Parse.Not(Parse.LetterOrDigit)
         select letter.IsDefined ? digits + letter.Get() : digits)
        .Named("lid number");

    /// <summary><c>tweede lid</c>, <c>eerste en derde lid</c>, <c>eerste, tweede en vierde lid</c>, <c>tweede tot en met (het) vierde lid</c>, <c>eerste of derde lid</c>.</summary>
    public static readonly Parser<ArticleDetail> Ordinals =
        from first in Ordinal
        from rest in OrdinalRange().Or(OrdinalList()).Optional()
        from _ in Lexical.Space
        from lid in LidWord
        select Build(
            new[] { first.ToString(CultureInfo.InvariantCulture) }
                .Concat(rest.GetOrElse(default).Numbers?.Select(n => n.ToString(CultureInfo.InvariantCulture)) ?? Enumerable.Empty<string>())
                .ToArray(),
            ParagraphStyle.Ordinal,
            rest.IsDefined ? rest.Get().Style : RangeStyle.None);

    /// <summary>
    /// <c>lid 4</c>, <c>lid 2a</c>, <c>lid 2-4</c>, <c>leden 1 en 3</c>, <c>leden 1, 2 en 4</c>, <c>leden 2 tot en met 4</c>.
    /// Only <c>leden</c> takes a list: after <c>lid 7</c> the numbers are articles (<c>art. 359 lid 7 en 423 Sv</c>,
    /// <c>de artikelen 64 lid 2 en 65</c>; issue #16 item 2).
    /// </summary>
    public static readonly Parser<ArticleDetail> Numbers =
        from lid in LidWord
        from _ in Lexical.Space
        from first in Number
        from rest in (IsPlural(lid) ? NumberRange().Or(NumberList()) : NumberRange()).Optional()
        select Build(
            new[] { first }.Concat(rest.GetOrElse(default).Numbers ?? Enumerable.Empty<string>()).ToArray(),
            ParagraphStyle.Number,
            rest.IsDefined ? rest.Get().Style : RangeStyle.None) with { ParagraphListOpen = IsPlural(lid) && !rest.IsDefined };

    /// <summary>
    /// A sentence of a lid (Ar 3.30): <c>eerste zin</c>, <c>derde volzin</c>, <c>1e volzin</c>, <c>laatste zin</c>;
    /// the number, or <c>laatste</c>.
    /// </summary>
    public static readonly Parser<ArticleDetail> Sentence =
        (from number in Ordinal.Select(n => n.ToString(CultureInfo.InvariantCulture))
             .Or(Lexical.Digits.Then(d => Parse.Chars("e").Return(d)))
             .Or(Lexical.Word("laatste").Return("laatste"))
         from _ in Lexical.Space
         from word in Lexical.Word("volzin").Or(Lexical.Word("zin"))
         select new ArticleDetail { Sentence = number })
        .Named("zin");

    /// <summary>The length of <c>lid</c>: a longer lid word is <c>leden</c>.</summary>
    internal const int SingularLength = 3;

    /// <summary>True for <c>leden</c>, which may hold a list; <c>lid</c> holds one number or a range.</summary>
    internal static bool IsPlural(string lidWord) => lidWord.Length > SingularLength;

    /// <summary>Leden in either style.</summary>
    public static readonly Parser<ArticleDetail> Paragraphs = Ordinals.Or(Numbers).Named("lid");

    private static Parser<(IEnumerable<int> Numbers, RangeStyle Style)> OrdinalRange() =>
        from style in Through
        from het in Lexical.Word("het").Then(w => Lexical.Space.Return(w)).Optional()
        from last in Ordinal
        select ((IEnumerable<int>)new[] { last }, style);

    private static Parser<(IEnumerable<int> Numbers, RangeStyle Style)> OrdinalList() =>
        from middle in Lexical.Comma.Then(_ => Ordinal).Many()
        from _ in Lexical.ListJoin
        from last in Ordinal
        select (middle.Concat(new[] { last }), RangeStyle.None);

    private static Parser<(IEnumerable<string> Numbers, RangeStyle Style)> NumberRange() =>
        from style in Through.Or(Lexical.Dash.Return(RangeStyle.Hyphen))
        from last in Number
        select ((IEnumerable<string>)new[] { last }, style);

    private static Parser<(IEnumerable<string> Numbers, RangeStyle Style)> NumberList() =>
        from middle in Lexical.Comma.Then(_ => Number).Many()
        from _ in Lexical.ListJoin
        from last in Number
        select (middle.Concat(new[] { last }), RangeStyle.None);

    /// <summary>Leden as read: a range is stored spelled out (2, 3, 4) when both ends are plain numbers, else as its two ends.</summary>
    internal static ArticleDetail Build(string[] numbers, ParagraphStyle style, RangeStyle rangeStyle)
    {
        var isRange = rangeStyle != RangeStyle.None;
        if (isRange
            && int.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            && int.TryParse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
            && to > from && to - from <= MaxSpelledOutRange)
        {
            numbers = Enumerable.Range(from, to - from + 1).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray();
        }

        return new ArticleDetail
        {
            Paragraphs = numbers,
            ParagraphStyle = style,
            ParagraphsAreRange = isRange,
            ParagraphRangeStyle = rangeStyle,
        };
    }
}
