using Citaties.Model;
using static Citaties.Grammar.FastPaths.FastLexical;

namespace Citaties.Grammar.FastPaths;

/// <summary>
/// The law after an article designation, read as <see cref="LawNameGrammar.Law"/> reads it. An EU act or a book
/// of the BW is left to the grammar: <see cref="Read"/> then reports <see cref="LawRead.Declined"/>.
/// </summary>
internal static class LawPhraseReader
{
    private static readonly string[] LawNouns =
        { "verordening", "beschikking", "richtlijn", "reglement", "regeling", "wetboek", "verdrag", "besluit", "code", "wet" };

    private static readonly string[] DeicticWords = { "deze", "die", "dat", "dit" };

    // The first words of every EU act type the grammar knows (EuActNameGrammar), matched case-insensitively.
    private static readonly string[] EuActStarts =
        { "gedelegeerde", "gedelegeerd", "uitvoeringsverordening", "uitvoeringsrichtlijn", "uitvoeringsbesluit", "kaderbesluit", "verordening", "richtlijn", "beschikking", "besluit" };

    /// <summary>The outcome of <see cref="Read"/>.</summary>
    public enum LawRead
    {
        None,
        Read,
        Declined,
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
                if (StartsEuAct(s, name))
                {
                    return LawRead.Declined;
                }

                var preposition = s.Substring(at, van - at) + " " + s.Substring(afterVan, article - afterVan);
                end = AfterVanDeHet(s, name, out law);
                if (end >= 0)
                {
                    law = law!.Form == LawForm.DeicticReference
                        ? law with { Text = (preposition.EndsWith("het", System.StringComparison.Ordinal) ? "het " : "de ") + law.Text, Preposition = "van" }
                        : law with { Preposition = preposition };
                    return LawRead.Read;
                }
            }

            if (Word(s, afterVan, "boek") >= 0 || StartsEuAct(s, afterVan))
            {
                return LawRead.Declined;
            }

            end = AfterVan(s, afterVan, out law);
            if (end >= 0)
            {
                law = law! with { Preposition = s.Substring(at, van - at) };
                return LawRead.Read;
            }
        }

        if (StartsEuAct(s, at))
        {
            return LawRead.Declined;
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

        end = AnyWord(s, p, LawNouns);
        if (end >= 0 && char.IsLower(s[p]))
        {
            law = new LawPhrase(s.Substring(p, end - p), LawForm.DeicticReference, null);
            return end;
        }

        law = null;
        return Fail;
    }

    // After a bare "van": "die wet", or a named law.
    private static int AfterVan(string s, int p, out LawPhrase? law)
    {
        var determiner = AnyWord(s, p, DeicticWords);
        var space = determiner >= 0 ? Space(s, determiner) : Fail;
        var noun = space >= 0 ? AnyWord(s, space, LawNouns) : Fail;
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

    // The first of the words that matches as a whole word; the lists above are ordered longest first.
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

    private static bool StartsEuAct(string s, int p)
    {
        foreach (var start in EuActStarts)
        {
            if (Literal(s, p, start) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
