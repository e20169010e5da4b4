using System.Linq;
using Citaties.Model;
using static Citaties.Kinds.FastLexical;

namespace Citaties.Kinds;

/// <summary>
/// The law after an article designation, read as <see cref="LawNameGrammar.Law"/> reads it. An EU act named by its
/// number is read by the grammar's own reader of acts (<see cref="EuActNameGrammar.Act"/>): its types, domains, numbers
/// and titles are many, and one reader of them is enough.
/// </summary>
internal static class LawPhraseReader
{
    // The first word of every EU act type the grammar knows, matched case-insensitively as a prefix.
    private static readonly string[] EuActStarts =
        EuActNameGrammar.Types.Select(t => t.Split(' ')[0].ToLowerInvariant()).Distinct().ToArray();

    /// <summary>The outcome of <see cref="Read"/>.</summary>
    public enum LawRead
    {
        None,
        Read,
    }

    /// <summary>The law phrase at <paramref name="p"/>, with the comma or space before it.</summary>
    public static LawRead Read(string s, int p, out LawPhrase? law, out int end)
    {
        law = null;
        end = Fail;
        var at = CommaOrSpace(s, p);
        if (at < 0)
        {
            return LawRead.None;
        }

        // "van de"/"van het", then a law; else "van", then a law; else a law without "van".
        var van = Word(s, at, "van");
        var afterVan = van >= 0 ? Space(s, van) : Fail;
        if (afterVan >= 0)
        {
            var article = Word(s, afterVan, "de");
            article = article >= 0 ? article : Word(s, afterVan, "het");
            var name = article >= 0 ? Space(s, article) : Fail;
            if (name >= 0)
            {
                var preposition = s.Substring(at, van - at) + " " + s.Substring(afterVan, article - afterVan);
                end = EuAct(s, name, out law);
                if (end >= 0)
                {
                    law = law! with { Preposition = preposition };
                    return LawRead.Read;
                }

                end = AfterVanDeHet(s, name, out law);
                if (end >= 0)
                {
                    law = law!.Form == LawForm.DeicticReference
                        ? law with { Text = (preposition.EndsWith("het", System.StringComparison.Ordinal) ? "het " : "de ") + law.Text, Preposition = "van" }
                        : law with { Preposition = preposition };
                    return LawRead.Read;
                }
            }

            end = EuAct(s, afterVan, out law);
            end = end >= 0 ? end : AfterVan(s, afterVan, out law);
            if (end >= 0)
            {
                law = law! with { Preposition = s.Substring(at, van - at) };
                return LawRead.Read;
            }
        }

        end = BookOfBw(s, at, out law);
        if (end >= 0)
        {
            law = law! with { Preposition = null };
            return LawRead.Read;
        }

        end = EuAct(s, at, out law);
        if (end >= 0)
        {
            return LawRead.Read;
        }

        end = LawNameScanner.Read(s, at, out var named);
        if (end > at)
        {
            law = new LawPhrase(named.Text, named.IsAbbreviation ? LawForm.Abbreviation : LawForm.TitleWithoutVan, null);
            return LawRead.Read;
        }

        end = Fail;
        return LawRead.None;
    }

    // After "van de"/"van het": a named law, or a law noun in lower case ("de wet").
    private static int AfterVanDeHet(string s, int p, out LawPhrase? law)
    {
        var end = LawNameScanner.Read(s, p, out var named);
        if (end > p)
        {
            law = new LawPhrase(named.Text, named.IsAbbreviation ? LawForm.Abbreviation : LawForm.Title, null);
            return end;
        }

        end = AnyWord(s, p, LawNameGrammar.LawNouns);
        if (end >= 0 && char.IsLower(s[p]))
        {
            law = new LawPhrase(s.Substring(p, end - p), LawForm.DeicticReference, null);
            return end;
        }

        law = null;
        return Fail;
    }

    // After a bare "van": a book of the BW (also without the code's name: "van Boek 3"), "die wet", or a named law.
    private static int AfterVan(string s, int p, out LawPhrase? law)
    {
        var book = BookOfBw(s, p, out law, codeNamed: false);
        if (book >= 0)
        {
            return book;
        }

        var determiner = AnyWord(s, p, LawNameGrammar.DeicticWords);
        var space = determiner >= 0 ? Space(s, determiner) : Fail;
        var noun = space >= 0 ? AnyWord(s, space, LawNameGrammar.DeicticNouns) : Fail;
        if (noun >= 0)
        {
            law = new LawPhrase(s.Substring(p, determiner - p) + " " + s.Substring(space, noun - space), LawForm.DeicticReference, null);
            return noun;
        }

        var end = LawNameScanner.Read(s, p, out var named);
        if (end > p)
        {
            law = new LawPhrase(named.Text, named.IsAbbreviation ? LawForm.Abbreviation : LawForm.Title, null);
            return end;
        }

        law = null;
        return Fail;
    }

    // The first of the words that matches as a whole word (whole words cannot shadow each other, so order does not matter).
    private static int AnyWord(string s, int p, string[] words)
    {
        foreach (var word in words)
        {
            var end = Word(s, p, word);
            if (end >= 0)
            {
                return end;
            }
        }

        return Fail;
    }

    // "Boek 6 van het Burgerlijk Wetboek": the book number (digits and an optional capital), then the code's name;
    // unless codeNamed, the name may be left out ("van Boek 3": a book of the code the text is in).
    private static int BookOfBw(string s, int p, out LawPhrase? law, bool codeNamed = true)
    {
        law = null;
        var boek = Word(s, p, "boek");
        var number = boek >= 0 ? Space(s, boek) : Fail;
        var digits = number >= 0 ? Digits(s, number) : Fail;
        if (digits < 0)
        {
            return Fail;
        }

        var bookEnd = digits < s.Length && char.IsUpper(s[digits]) ? digits + 1 : digits;
        if (!NoLetterOrDigitAt(s, bookEnd))
        {
            return Fail;
        }

        var end = CodeNameAt(s, bookEnd);
        var book = s.Substring(number, bookEnd - number);
        if (end < 0 || (end < s.Length && s[end] is >= 'A' and <= 'Z' or >= 'a' and <= 'z'))
        {
            if (codeNamed)
            {
                return Fail;
            }

            law = new LawPhrase(s.Substring(p, boek - p) + " " + book, LawForm.BookOfBw, "van", book);
            return bookEnd;
        }

        law = new LawPhrase(s.Substring(p, boek - p) + " " + book + " van het Burgerlijk Wetboek", LawForm.BookOfBw, "van", book);
        return end;
    }

    // The code's name after the book number, as in the grammar's tail: ", van het" or "van het" is optional before
    // "Burgerlijk Wetboek" or "BW".
    private static int CodeNameAt(string s, int bookEnd)
    {
        foreach (var name in CodeNames)
        {
            var end = CodeWordsAt(s, bookEnd < s.Length && s[bookEnd] == ',' ? bookEnd + 1 : bookEnd, [.. VanHet, .. name]);
            end = end >= 0 ? end : CodeWordsAt(s, bookEnd, name);
            if (end >= 0)
            {
                return end;
            }
        }

        return Fail;
    }

    // The words after the book number, case as written in the grammar's pattern.
    private static readonly string[] VanHet = { "van", "het" };
    private static readonly string[][] CodeNames = { new[] { "Burgerlijk", "Wetboek" }, new[] { "BW" } };

    // Each of the words after one or more spaces, case-sensitively; the end, or Fail.
    private static int CodeWordsAt(string s, int p, string[] words)
    {
        var end = p;
        foreach (var word in words)
        {
            var at = Space(s, end);
            if (at < 0 || at + word.Length > s.Length || string.CompareOrdinal(s, at, word, 0, word.Length) != 0)
            {
                return Fail;
            }

            end = at + word.Length;
        }

        return end;
    }

    // An EU act at p, as the grammar reads it where its law phrase tries one (before a title or an abbreviation).
    private static int EuAct(string s, int p, out LawPhrase? law)
    {
        law = null;
        if (!StartsEuAct(s, p))
        {
            return Fail;
        }

        var act = EuActNameGrammar.Act(WindowInput.Start(s).At(p));
        if (!act.WasSuccessful)
        {
            return Fail;
        }

        law = new LawPhrase(act.Value, LawForm.EuAct, null);
        return act.Remainder.Position;
    }

    // An EU act type word with an act number after it. The grammar allows only the type, a bracketed domain and
    // "nr." before the number, none of which holds a digit: so the first digit after the type must start
    // "digits/digits", or no act is named here.
    private static bool StartsEuAct(string s, int p)
    {
        var typed = false;
        foreach (var start in EuActStarts)
        {
            if (Literal(s, p, start) >= 0)
            {
                typed = true;
                break;
            }
        }

        if (!typed)
        {
            return false;
        }

        var digit = p;
        while (digit < s.Length && !char.IsDigit(s[digit]))
        {
            digit++;
        }

        var digits = Digits(s, digit);
        return digits >= 0 && digits < s.Length && s[digits] == '/';
    }
}
