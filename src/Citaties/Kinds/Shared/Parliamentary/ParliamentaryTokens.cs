using System.Globalization;
using System.Linq;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Tokens shared by the Kamerstuk, Handelingen and Aanhangsel grammars: chamber, vergaderjaar, dossier number
/// with its suffix, ondernummer and its label, pages.
/// </summary>
internal static class ParliamentaryTokens
{
    private static readonly Parser<bool> NotLetterOrDigit = Parse.Not(Parse.LetterOrDigit).Return(true);

    private static readonly Parser<char> Capital = Parse.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>A vergaderjaar ahead, after a comma or spaces, not consumed: what makes a digit a chamber.</summary>
    private static readonly Parser<IOption<SessionYearToken>> SessionYearAhead =
        (from separator in Lexical.CommaOrSpace
         from year in Parse.Ref(() => SessionYear)
         select year)
        .Preview();

    /// <summary>
    /// I, II, VV (also I/II and I-II for a joint session), the chamber spelled out (<c>Tweede Kamer</c>) or
    /// abbreviated (<c>TK</c>, <c>EK</c>), or as a digit: <c>2</c>, <c>1</c>, and <c>11</c>, which is how text recognition
    /// reads <c>II</c>. A digit is a chamber only before a vergaderjaar, so that no dossier number is taken for one.
    /// </summary>
    public static readonly Parser<ChamberToken> Chamber =
        RomanChamber("I/II", Model.Chamber.Verenigde)
            .Or(RomanChamber("I-II", Model.Chamber.Verenigde))
            .Or(RomanChamber("VV", Model.Chamber.Verenigde))
            .Or(RomanChamber("II", Model.Chamber.Tweede))
            .Or(RomanChamber("I", Model.Chamber.Eerste))
            .Or(RomanChamber("TK", Model.Chamber.Tweede))
            .Or(RomanChamber("EK", Model.Chamber.Eerste))
            .Or(SpelledChamber("Tweede Kamer", Model.Chamber.Tweede))
            .Or(SpelledChamber("Eerste Kamer", Model.Chamber.Eerste))
            .Or(SpelledChamber("Verenigde Vergadering", Model.Chamber.Verenigde))
            .Or(DigitChamber("11", Model.Chamber.Tweede))
            .Or(DigitChamber("2", Model.Chamber.Tweede))
            .Or(DigitChamber("1", Model.Chamber.Eerste))
            .Named("chamber");

    private static readonly Parser<string> NoText = Parse.Return(string.Empty);

    private static readonly Parser<(int Value, string Text, int Digits)> SecondYear =
        Lexical.DigitsExactly(4).Or(Lexical.DigitsExactly(2))
            .Select(d => (int.Parse(d, CultureInfo.InvariantCulture), d, d.Length));

    private static readonly Parser<string> SessionYearWord =
        from word in Lexical.AnyWord(new[] { "vergaderjaar", "zitting" })
        from _ in Lexical.Space
        select word;

    /// <summary>The hyphen of a year broken over a line (<c>2010/-</c> and <c>11</c> on the next), with the space the break became.</summary>
    private static readonly Parser<string> LineBreakHyphen =
        from dash in Lexical.Dash
        from space in Lexical.OptionalSpace
        select "-" + space;

    /// <summary>
    /// A vergaderjaar: <c>2018/19</c>, <c>1999/2000</c>, <c>2019-2020</c>, <c>2021/2022</c>, or broken over a line
    /// (<c>2010/- 11</c>), optionally after <c>vergaderjaar</c> or <c>Zitting</c>. Impossible years (<c>2019/21</c>)
    /// parse, for the validator to report.
    /// </summary>
    public static readonly Parser<SessionYearToken> SessionYear =
        (from word in SessionYearWord.Optional()
         from first in Lexical.DigitsExactly(4)
         from separator in Parse.Chars('/', '-')
         from broken in separator == '/' ? LineBreakHyphen.Or(NoText) : NoText
         from second in SecondYear
         select new SessionYearToken(
             Model.SessionYear.FromParts(int.Parse(first, CultureInfo.InvariantCulture), second.Value, second.Digits),
             first + separator + broken + second.Text,
             word.GetOrDefault()))
        .Named("vergaderjaar");

    private static readonly Parser<string> GroupSeparator =
        Parse.Char(' ').AtLeastOnce().Return(" ").Or(Parse.Char('.').Return("."));

    // A hyphen after the thousands (32-123) only after two digits, so that it makes a five-digit dossier: after one
    // digit it is more likely an old dossier with its ondernummer.
    private static readonly Parser<string> HyphenGroupSeparator = Lexical.Dash.Return("-");

    private static readonly Parser<(string Digits, string Written)> GroupedNumber =
        from head in Parse.Digit.Repeat(1, 2).Text()
        from separator in head.Length == 2 ? GroupSeparator.Or(HyphenGroupSeparator) : GroupSeparator
        from tail in Lexical.DigitsExactly(3)
        select (head + tail, head + separator + tail);

    private static readonly Parser<bool> NotYearContinuation =
        Parse.Not(Parse.Chars('/', '-').Then(c => Parse.Digit)).Return(true);

    // A four-digit number followed by '/' or '-' and a digit is a vergaderjaar (2019/20), never a dossier.
    private static readonly Parser<(string Digits, string Written)> PlainNumber =
        from digits in Parse.Digit.Repeat(1, 5).Text()
        from _ in Parse.Not(Parse.Digit)
        from __ in digits.Length == 4 ? NotYearContinuation : Parse.Return(true)
        select (digits, digits);

    /// <summary>
    /// A dossier number: <c>28 638</c> (any run of spaces, a dot or a hyphen after the thousands: <c>28.638</c>,
    /// <c>28-638</c>), <c>34193</c>, or a shorter old one.
    /// </summary>
    public static readonly Parser<(string Digits, string Written)> DossierNumber =
        GroupedNumber.Or(PlainNumber).Named("dossier number");

    /// <summary>A five-digit dossier number, grouped or not, as in lists of dossiers and bare ids.</summary>
    public static readonly Parser<(string Digits, string Written)> FiveDigitDossierNumber =
        DossierNumber.Where(n => n.Digits.Length == 5).Named("five-digit dossier number");

    private static readonly Parser<string> Rijkswet =
        from r in Parse.Char('R')
        from digits in Parse.Digit.AtLeastOnce().Text()
        select "R" + digits;

    // The marker in brackets, also with a space after the R (36 123 (R 2150)); its value has none.
    private static readonly Parser<(string Value, string Written)> BracketedRijkswet =
        from open in Parse.Char('(')
        from r in Parse.Char('R')
        from space in Lexical.OptionalSpace.Capture()
        from digits in Parse.Digit.AtLeastOnce().Text()
        from close in Parse.Char(')')
        select ("R" + digits, "(R" + space.Text + digits + ")");

    /// <summary>A budget chapter: a Roman numeral, optionally with a capital (<c>VI</c>, <c>IIA</c>, <c>IXB</c>; also <c>XXXX</c>, for the validator).</summary>
    private static readonly Parser<string> RomanSuffix =
        from numeral in Parse.Chars("IVXLC").AtLeastOnce().Text()
        from letter in Capital.Optional()
        from _ in NotLetterOrDigit
        select letter.IsDefined ? numeral + letter.Get() : numeral;

    /// <summary>An Eerste Kamer letter sequence (<c>D</c>, <c>AB</c>) not followed by a letter or digit.</summary>
    public static readonly Parser<string> CapitalLetters =
        from letters in Capital.Repeat(1, 2).Text()
        from _ in NotLetterOrDigit
        select letters;

    private static readonly Parser<string> NumericSegment =
        from digits in Parse.Digit.Repeat(1, 5).Text()
        from _ in NotLetterOrDigit
        select digits;

    private static readonly Parser<(string Value, string Written)> SpaceSuffix =
        from space in Lexical.Space
        from suffix in BracketedRijkswet.Select(r => (r.Value, " " + r.Written))
            .Or(RomanSuffix.Select(r => (r, " " + r)))
        select suffix;

    /// <summary>
    /// A budget chapter glued on, or after a dot (<c>32 123IV</c>, <c>32123.IV</c>): numerals I, V and X only, so
    /// that a glued capital (<c>C</c>) stays unread rather than become a chapter.
    /// </summary>
    private static readonly Parser<(string Value, string Written)> GluedSuffix =
        from dot in Parse.Char('.').Optional()
        from numeral in Parse.Chars("IVX").AtLeastOnce().Text()
        from letter in Capital.Optional()
        from _ in NotLetterOrDigit
        let suffix = letter.IsDefined ? numeral + letter.Get() : numeral
        select (suffix, (dot.IsDefined ? "." : string.Empty) + suffix);

    private static readonly Parser<(string Value, string Written)> HyphenSuffix =
        from dash in Lexical.Dash
        from suffix in BracketedRijkswet.Select(r => (r.Value, "-" + r.Written))
            .Or(Rijkswet.Then(r => NotLetterOrDigit.Return((r, "-" + r))))
            .Or(RomanSuffix.Select(r => (r, "-" + r)))
            .Or(CapitalLetters.Select(r => (r, "-" + r)))
            .Or(NumericSegment.Select(r => (r, "-" + r)))
        select suffix;

    /// <summary>A numbered ondernummer: digits with up to two lower-case letters (<c>178</c>, <c>188b</c>).</summary>
    private static readonly Parser<string> NumberedOndernummer =
        from digits in Parse.Digit.Repeat(1, 6).Text()
        from letters in Parse.Lower.Repeat(0, 2).Text()
        from _ in NotLetterOrDigit
        select digits + letters;

    /// <summary>
    /// An ondernummer: digits with up to two lower-case letters (<c>188b</c>, <c>42e</c>), or an Eerste Kamer
    /// letter sequence (<c>D</c>, <c>AB</c>).
    /// </summary>
    public static readonly Parser<string> Ondernummer =
        NumberedOndernummer.Or(CapitalLetters).Named("ondernummer");

    /// <summary>
    /// A numbered ondernummer or a range of them (<c>1-3</c> in <c>nrs. 1-3</c>). Eerste Kamer letters are no part of
    /// lists and ranges: a letter stands alone (<c>D</c>), so its canonical form without <c>nr.</c> reads back.
    /// </summary>
    public static readonly Parser<string> NumberOrRange =
        (from first in NumberedOndernummer
         from last in (from dash in Lexical.Dash from n in NumberedOndernummer select n).Optional()
         select last.IsDefined ? first + "-" + last.Get() : first)
        .Named("ondernummer");

    private static readonly Parser<string> HyphenNumber =
        from dash in Lexical.Dash
        from number in Ondernummer
        select number;

    // After a numeric suffix only a number is glued on (21501-02-1855): a numeric suffix may itself be the
    // ondernummer (36100-3), and a letter after it (36100-3-D) would be a second one.
    private static readonly Parser<string> HyphenNumbered =
        from dash in Lexical.Dash
        from number in NumberedOndernummer
        select number;

    /// <summary>
    /// A dossier with its suffix (space, hyphen or rijkswet form) and a hyphen-glued ondernummer if any: a letter or
    /// number after a chapter or fund letter (<c>31700-VI-D</c>, <c>35300-A-12</c>), only a number after a numeric one.
    /// </summary>
    public static readonly Parser<DossierToken> Dossier = DossierWith(DossierNumber);

    /// <summary><see cref="Dossier"/> restricted to five-digit numbers, for lists and bare ids.</summary>
    public static readonly Parser<DossierToken> FiveDigitDossier = DossierWith(FiveDigitDossierNumber);

    /// <summary><see cref="Dossier"/> restricted to four-digit numbers, for lists of the older dossiers (<c>9876,9877</c>).</summary>
    public static readonly Parser<DossierToken> FourDigitDossier = DossierWith(DossierNumber.Where(n => n.Digits.Length == 4));

    private static readonly Parser<string> NumberWord =
        Lexical.Literal("nummers").Or(Lexical.Literal("nummer")).Or(Lexical.Literal("nrs")).Or(Lexical.Literal("nr"));

    /// <summary>The label of an ondernummer, vergadernummer or aanhangselnummer: <c>nr.</c>, <c>nr</c>, <c>Nr.</c>, <c>nrs.</c>, <c>nummer</c>.</summary>
    public static readonly Parser<NumberLabelToken> NumberLabel =
        (from word in NumberWord
         from dot in Parse.Char('.').Optional()
         from _ in Parse.Not(Parse.Letter)
         from spaces in Parse.Char(' ').Many()
         select new NumberLabelToken(
             dot.IsDefined ? word + "." : word,
             char.ToLowerInvariant(word[word.Length - 1]) == 's',
             true,
             spaces.Any()))
        .Named("'nr.'");

    /// <summary>The label <c>letter</c> before an Eerste Kamer letter, as in Handelingen lists (<c>35424, letter C</c>).</summary>
    public static readonly Parser<NumberLabelToken> LetterLabel =
        from word in Lexical.Word("letter")
        from _ in Lexical.Space
        select new NumberLabelToken(word, false, false, true);

    /// <summary>
    /// The page label: <c>p.</c>, <c>pp.</c>, <c>blz.</c>, <c>blz</c>, <c>pag.</c>, <c>pag</c>, <c>pagina</c>,
    /// <c>bladzijde</c>, <c>bladzijden</c>.
    /// </summary>
    public static readonly Parser<string> PagesLabel =
        Lexical.Word("bladzijden")
            .Or(Lexical.Word("bladzijde"))
            .Or(Lexical.Literal("blz."))
            .Or(Lexical.Word("blz"))
            .Or(Lexical.Literal("pag."))
            .Or(Lexical.Word("pagina"))
            .Or(Lexical.Word("pag"))
            .Or(Lexical.Literal("pp."))
            .Or(Lexical.Literal("p."))
            .Named("'p.'");

    private static readonly Parser<string> Page =
        Parse.Digit.Repeat(1, 5).Text().Then(d => Parse.Not(Parse.Digit).Return(d)).Named("page number");

    // A slash joins two pages as a dash does (pag 8/9).
    private static readonly Parser<string> PageRange =
        from first in Page
        from last in (from s1 in Lexical.OptionalSpace
                      from dash in Lexical.Dash.Or(Parse.Char('/'))
                      from s2 in Lexical.OptionalSpace
                      from p in Page
                      select p).Optional()
        select last.IsDefined ? first + "-" + last.Get() : first;

    private static readonly Parser<char> SpaceAndDigit =
        from space in Lexical.Space
        from digit in Parse.Digit
        select digit;

    /// <summary>
    /// A further page after a comma (<c>p. 17, 19-22</c>); not when a space and a digit follow it, as in a
    /// grouped dossier number (<c>p. 17, 33 000</c>) that begins something else.
    /// </summary>
    private static readonly Parser<string> CommaPages =
        from comma in Lexical.Comma
        from range in PageRange
        from _ in Parse.Not(SpaceAndDigit)
        select ", " + range;

    private static readonly Parser<string> AndPages =
        from s1 in Lexical.Space
        from en in Lexical.Word("en")
        from s2 in Lexical.Space
        from range in PageRange
        select " en " + range;

    private static readonly Parser<string> Following =
        from s in Lexical.Space
        from ev in Lexical.Literal("e.v.").Or(Lexical.Literal("e v.")).Or(Lexical.Word("ev"))
        select " e.v.";

    /// <summary>
    /// The page numbers after a page label: <c>3</c>, <c>7-8</c>, <c>22- 24</c>, <c>8/9</c>, <c>12 en 16</c>,
    /// <c>17, 19-22</c>, <c>5 e.v.</c>, <c>5 e v.</c>.
    /// </summary>
    public static readonly Parser<string> PageList =
        from first in PageRange
        from more in AndPages.Or(CommaPages).Many()
        from following in Following.Optional()
        select first + string.Concat(more) + following.GetOrElse(string.Empty);

    /// <summary>A page label and its pages.</summary>
    public static readonly Parser<PagesToken> Pages =
        from label in PagesLabel
        from space in Lexical.OptionalSpace.Capture()
        from pages in PageList.Capture()
        select new PagesToken(label, pages.Value, label + space.Text + pages.Text);

    /// <summary>
    /// Optional pages after a comma or spaces (<c>, p. 7</c>), committed once a label is read, as the Kamerstuk and
    /// Handelingen grammars end.
    /// </summary>
    public static readonly Parser<PagesToken?> OptionalPages =
        Committed.OptionalAfter(
            from separator in Lexical.CommaOrSpace from label in PagesLabel select label,
            label => from space in Lexical.OptionalSpace.Capture()
                     from pages in PageList.Capture()
                     select new PagesToken(label, pages.Value, label + space.Text + pages.Text));

    /// <summary>
    /// What may stand between a vergaderjaar and a dossier: a comma (true), a hyphen as in old
    /// <c>Zitting 1958-1959-5380</c> (true), or only spaces (false: the comma was left out). A hyphen is not taken
    /// when a second vergaderjaar follows (<c>1993/94-1996/97</c>).
    /// </summary>
    public static readonly Parser<bool> YearSeparator =
        Lexical.Comma.Return(true)
            .Or(from s1 in Lexical.OptionalSpace
                from dash in Lexical.Dash
                from s2 in Lexical.OptionalSpace
                from _ in Parse.Not(Parse.Digit.Repeat(4).Then(d => Parse.Chars('/', '-')))
                select true)
            .Or(Lexical.Space.Return(false));

    private static Parser<DossierToken> DossierWith(Parser<(string Digits, string Written)> number) =>
        from n in number
        from suffix in SpaceSuffix.Select(s => (s.Value, s.Written, Hyphen: false))
            .Or(HyphenSuffix.Select(s => (s.Value, s.Written, Hyphen: true)))
            .Or(GluedSuffix.Select(s => (s.Value, s.Written, Hyphen: false)))
            .Optional()
        from glued in !suffix.IsDefined ? Parse.Return<string?>(null)
            : (char.IsDigit(suffix.Get().Value[0]) ? HyphenNumbered : HyphenNumber).Optional().Select(o => o.GetOrDefault())
        select new DossierToken(
            new Dossier(n.Digits, suffix.IsDefined ? suffix.Get().Value : null, n.Written + (suffix.IsDefined ? suffix.Get().Written : string.Empty)),
            suffix.IsDefined && suffix.Get().Hyphen,
            glued);

    private static Parser<ChamberToken> RomanChamber(string text, Chamber chamber) =>
        from written in Lexical.Exact(text)
        from _ in NotLetterOrDigit
        select new ChamberToken(chamber, written);

    private static Parser<ChamberToken> DigitChamber(string text, Chamber chamber) =>
        from written in Lexical.Exact(text)
        from _ in NotLetterOrDigit
        from year in SessionYearAhead
        where year.IsDefined
        select new ChamberToken(chamber, written);

    private static Parser<ChamberToken> SpelledChamber(string text, Chamber chamber) =>
        Lexical.Word(text).Select(written => new ChamberToken(chamber, written));
}
