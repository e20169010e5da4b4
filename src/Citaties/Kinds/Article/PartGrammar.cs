using System.Collections.Generic;
using System.Linq;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Onderdelen and subonderdelen (Ar 3.29): <c>onderdeel c</c>, <c>onder b</c>, <c>sub c</c>, <c>letter b</c>,
/// <c>onderdeel A</c> (amending acts), <c>onder 2°</c>, <c>sub 1°</c>, <c>aanhef en onder d</c>.
/// </summary>
internal static class PartGrammar
{
    /// <summary>The words that introduce onderdelen, longest first so "onderdeel" is not read as "onder" + "deel".</summary>
    internal static readonly (string Word, PartStyle Style)[] PartWords =
    {
        ("subonderdelen", PartStyle.Onderdeel), ("subonderdeel", PartStyle.Onderdeel), ("onderdelen", PartStyle.Onderdeel),
        ("onderdeel", PartStyle.Onderdeel), ("onder", PartStyle.Onder), ("sub", PartStyle.Sub), ("letters", PartStyle.Letter),
        ("letter", PartStyle.Letter),
    };

    private static readonly Parser<PartStyle> PartWord =
        PartWords.Select(w => Lexical.Word(w.Word).Return(w.Style)).Aggregate((a, b) => a.Or(b))
            .Named("'onderdeel', 'onder', 'sub' or 'letter'");

    private static readonly Parser<string> And =
        from _ in Lexical.Space
        from en in Lexical.Word("en")
        from __ in Lexical.Space
        select en;

    /// <summary>
    /// An onderdeel letter: one letter, a doubled letter past z (<c>aa</c>), or a letter with a number
    /// (<c>b1</c>); lower case, or upper case in amending acts (<c>A</c>). Words such as <c>de</c> or
    /// <c>meer</c> (<c>onder meer</c>) are not letters.
    /// </summary>
    public static readonly Parser<string> Letter = input =>
    {
        var s = input.Source;
        var p = input.Position;
        var end = LetterEnd(s, p);
        return end < 0
            ? Result.Failure<string>(input, "no onderdeel letter", new[] { "onderdeel letter" })
            : Result.Success(s.Substring(p, end - p), input.Skip(end - p));
    };

    /// <summary>Where the onderdeel letter at <paramref name="p"/> ends, or -1 when there is none.</summary>
    public static int LetterEnd(string s, int p)
    {
        if (p >= s.Length || !char.IsLetter(s[p]) || s[p] > 'z')
        {
            return -1;
        }

        var end = p + 1;
        if (end < s.Length && s[end] == s[p])
        {
            end++;
        }
        else
        {
            while (end < s.Length && char.IsDigit(s[end]))
            {
                end++;
            }
        }

        return end < s.Length && (char.IsLetterOrDigit(s[end]) || s[end] is '°' or 'º') ? -1 : end;
    }

    /// <summary>A subonderdeel: digits with a degree sign, <c>1°</c> (a masculine ordinal sign is read as one).</summary>
    public static readonly Parser<string> Degree =
        (from digits in Lexical.Digits
         from _ in Parse.Chars("°º")
         select digits + "°")
        .Named("subonderdeel (1°)");

    // Numbered onderdelen without a degree sign follow only "onderdeel" or "sub" (onderdeel 3, sub 3).
    private static readonly Parser<string> NumberedPart =
        Lexical.Digits.Then(d => Parse.Not(Parse.LetterOrDigit.Or(Parse.Chars("°º"))).Return(d));

    /// <summary>A list of values: <c>a</c>, <c>a en b</c>, <c>a, b en c</c>.</summary>
    private static Parser<IReadOnlyList<string>> ListOf(Parser<string> value) =>
        from first in value
        from rest in (from middle in Lexical.Comma.Then(_ => value).Many()
                      from _ in Lexical.ListJoin
                      from last in value
                      select middle.Concat(new[] { last })).Optional()
        select (IReadOnlyList<string>)new[] { first }.Concat(rest.GetOrElse(Enumerable.Empty<string>())).ToArray();

    private static readonly Parser<IReadOnlyList<string>> Letters = ListOf(Letter);

    private static readonly Parser<IReadOnlyList<string>> LettersOrNumbers = Letters.Or(ListOf(NumberedPart));

    // "onder 2°-5°" (Sr 28, 226, 311): a range of subonderdelen, kept as its two ends.
    private static readonly Parser<IReadOnlyList<string>> DegreeRange =
        from first in Degree
        from dash in Lexical.OptionalSpace.Then(_ => Lexical.Dash).Then(_ => Lexical.OptionalSpace)
        from last in Degree
        select (IReadOnlyList<string>)new[] { first, last };

    private static readonly Parser<IReadOnlyList<string>> Degrees = DegreeRange.Or(ListOf(Degree));

    /// <summary><c>onderdeel c</c>, <c>onder a en b</c>, <c>sub c</c>, <c>letter b</c>, <c>onderdeel 3</c>.</summary>
    public static readonly Parser<ArticleDetail> Parts =
        from style in PartWord
        from _ in Lexical.Space
        from values in style is PartStyle.Onderdeel or PartStyle.Sub ? LettersOrNumbers : Letters
        select new ArticleDetail { Parts = values, PartStyle = style };

    /// <summary><c>onder 2°</c>, <c>sub 1°</c>, <c>subonderdeel 1° en 2°</c>.</summary>
    public static readonly Parser<ArticleDetail> Subparts =
        from style in PartWord
        from _ in Lexical.Space
        from values in Degrees
        select new ArticleDetail { Subparts = values, SubpartStyle = style };

    /// <summary><c>aanhef</c>, <c>aanhef en onder d</c>, <c>aanhef en onderdeel b</c>.</summary>
    public static readonly Parser<ArticleDetail> Aanhef =
        from _ in Lexical.Word("aanhef")
        from part in (from __ in And
                      from p in Subparts.Or(Parts)
                      select p).Optional()
        select part.GetOrElse(ArticleDetail.Empty) with { Aanhef = true };

    /// <summary>Any onderdeel form.</summary>
    public static readonly Parser<ArticleDetail> Any =
        Aanhef.Or(Subparts).Or(Parts).Named("onderdeel");
}
