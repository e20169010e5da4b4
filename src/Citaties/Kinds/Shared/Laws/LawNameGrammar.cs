using System.Globalization;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>The law phrase after an article as written: what it says, in which form, and the words before it.</summary>
internal sealed record LawPhrase(string Text, LawForm Form, string? Preposition, string? Book = null);

/// <summary>
/// The law after an article designation: <c>Sv</c>, <c>, Wob</c>, <c>van het Wetboek van Strafvordering</c>,
/// <c>van de DSA</c>, <c>van Verordening (EU) 2022/2065</c>, <c>van Boek 6 van het Burgerlijk Wetboek</c>,
/// <c>van die wet</c>, <c>Bekendmakingswet</c>. The phrase never reaches into a following <c>(hierna: ...)</c>.
/// </summary>
internal static class LawNameGrammar
{
    /// <summary>The nouns that name a kind of regulation after <c>de</c>, <c>die</c>, <c>deze</c> (<c>de wet</c>).</summary>
    internal static readonly string[] LawNouns =
        { "wetboek", "wet", "regeling", "richtlijn", "verordening", "besluit", "verdrag", "reglement", "beschikking", "code" };

    /// <summary>The nouns after <c>die</c>, <c>deze</c>, <c>dit</c>: a law's kind, or <c>boek</c> (<c>van dit boek</c>, inside a code).</summary>
    internal static readonly string[] DeicticNouns = [.. LawNouns, "boek"];

    /// <summary>The determiners of a back-reference: <c>die wet</c>, <c>dit besluit</c>.</summary>
    internal static readonly string[] DeicticWords = { "deze", "die", "dat", "dit" };

    private static readonly Parser<string> LowerLawNoun =
        Lexical.AnyWord(LawNouns).Where(w => char.IsLower(w[0]));

    private static readonly Parser<string> Van = Lexical.Word("van");

    private static readonly Parser<string> VanDeHet =
        from van in Van
        from _ in Lexical.Space
        from article in Lexical.Word("de").Or(Lexical.Word("het"))
        from __ in Lexical.Space
        select van + " " + article;

    /// <summary><c>die wet</c>, <c>deze regeling</c>, <c>dat besluit</c>, <c>dit verdrag</c>, also capitalised (<c>dat Besluit</c>).</summary>
    private static readonly Parser<string> Deictic =
        from determiner in Lexical.AnyWord(DeicticWords)
        from _ in Lexical.Space
        from noun in Lexical.AnyWord(DeicticNouns)
        select determiner + " " + noun;

    // "Boek IV" (older codes, Sv) is book 4: Roman numerals are read as the number, so both spellings are one book.
    private static readonly Parser<string> RomanBookNumber =
        from numeral in Parse.Chars("IVXLC").AtLeastOnce().Text()
        from _ in Parse.Not(Parse.LetterOrDigit)
        let value = RomanNumeral.Value(numeral)
        where value is not null
        select value.Value.ToString(CultureInfo.InvariantCulture);

    internal static readonly Parser<string> BookNumber =
        (from digits in Lexical.Digits
         from letter in Parse.Upper.Optional()
         from _ in Parse.Not(Parse.LetterOrDigit)
         select letter.IsDefined ? digits + letter.Get() : digits)
        .Or(RomanBookNumber);

    // What follows the book number: "van het Burgerlijk Wetboek", in older texts also ", van het Burgerlijk Wetboek"
    // (artikel 349, lid 1, Boek 1, van het Burgerlijk Wetboek) or just "Burgerlijk Wetboek" (van Boek 10 Burgerlijk Wetboek),
    // or the code's abbreviation (Boek 7 BW).
    private static readonly Parser<string> BookTail =
        Parse.Regex("(,? +van +het)? +(Burgerlijk +Wetboek|BW)(?![A-Za-z])");

    private static readonly Parser<(string Boek, string Book)> Book =
        from boek in Lexical.Word("boek")
        from _ in Lexical.Space
        from book in BookNumber
        select (boek, book);

    /// <summary><c>Boek 6 van het Burgerlijk Wetboek</c>, yielding the book; the text is always written that way.</summary>
    private static readonly Parser<LawPhrase> BookOfBw =
        from book in Book
        from tail in BookTail
        select new LawPhrase(book.Boek + " " + book.Book + " van het Burgerlijk Wetboek", LawForm.BookOfBw, "van", book.Book);

    /// <summary>
    /// <c>van Boek 3</c> without the code's name: a book of the code the text is in (only the BW numbers its articles per
    /// book). The text is <c>Boek 3</c>, which tells the resolver that the code is not named.
    /// </summary>
    private static readonly Parser<LawPhrase> BookOfThisCode =
        Book.Select(book => new LawPhrase(book.Boek + " " + book.Book, LawForm.BookOfBw, "van", book.Book));

    private static readonly Parser<string> CodeNamed = Parse.Regex(",? +van +((de|het|den) +[A-Z]|(dat|die) +[Ww]etboek)");

    /// <summary>
    /// <c>(van) het Tweede Boek</c>, as Sv and Sr name their books: a book of the code the text is in, written as
    /// <see cref="BookOfThisCode"/> writes it (<c>Boek 2</c>). Not when a code's name follows
    /// (<c>het Tweede Boek van het Wetboek van Strafrecht</c>, <c>van dat Wetboek</c>): that code is the law.
    /// </summary>
    private static readonly Parser<LawPhrase> OrdinalBookOfThisCode =
        from number in OrdinalReader.Create(inflected: true)
        from _ in Lexical.Space
        from boek in Lexical.Word("boek")
        from __ in Parse.Not(CodeNamed)
        let book = number.ToString(CultureInfo.InvariantCulture)
        select new LawPhrase("Boek " + book, LawForm.BookOfBw, "van", book);

    private static readonly Parser<LawPhrase> EuAct =
        EuActNameGrammar.Act.Select(act => new LawPhrase(act, LawForm.EuAct, null));

    // After "van de"/"van het": a named law, an EU act, or "de wet" meaning the law under discussion.
    private static readonly Parser<LawPhrase> AfterVanDeHet =
        OrdinalBookOfThisCode
            .Or(EuAct)
            .Or(LawNameScanner.Law.Select(l => new LawPhrase(l.Text, l.IsAbbreviation ? LawForm.Abbreviation : LawForm.Title, null)))
            .Or(LowerLawNoun.Select(noun => new LawPhrase(noun, LawForm.DeicticReference, null)));

    // After a bare "van": a BW book, an EU act, a back-reference, or a named law.
    private static readonly Parser<LawPhrase> AfterVan =
        BookOfBw
            .Or(BookOfThisCode)
            .Or(EuAct)
            .Or(Deictic.Select(d => new LawPhrase(d, LawForm.DeicticReference, null)))
            .Or(LawNameScanner.Law.Select(l => new LawPhrase(l.Text, l.IsAbbreviation ? LawForm.Abbreviation : LawForm.Title, null)));

    // Without "van": a BW book (", Boek 3, van het Burgerlijk Wetboek"), an EU act, an abbreviation, or a bare title (CIT2009).
    private static readonly Parser<LawPhrase> WithoutVan =
        BookOfBw.Select(book => book with { Preposition = null })
            .Or(EuAct)
            .Or(LawNameScanner.Law.Select(l => new LawPhrase(l.Text, l.IsAbbreviation ? LawForm.Abbreviation : LawForm.TitleWithoutVan, null)));

    /// <summary>The law phrase, with the comma or space before it.</summary>
    public static readonly Parser<LawPhrase> Law =
        (from _ in Lexical.CommaOrSpace
         from law in (from preposition in VanDeHet
                      from name in AfterVanDeHet
                      select name.Form == LawForm.DeicticReference
                          ? name with { Text = (preposition.EndsWith("het", System.StringComparison.Ordinal) ? "het " : "de ") + name.Text, Preposition = "van" }
                          : name with { Preposition = preposition })
             .Or(from van in Van
                 from __ in Lexical.Space
                 from name in AfterVan
                 select name with { Preposition = van })
             .Or(WithoutVan)
         select law)
        .Named("law");
}
