using System;
using System.Collections.Generic;
using System.Linq;
using Sprache;

namespace Citaties.Kinds;

/// <summary>A law named by abbreviation (<c>Sv</c>, <c>Wet IB 2001</c>) or title (<c>Wetboek van Strafvordering</c>).</summary>
internal readonly record struct NamedLaw(string Text, bool IsAbbreviation);

/// <summary>
/// Reads the name of a law after an article: an abbreviation token, or a title that is not in any catalog.
/// A title is the longest run of words that can belong to one: it starts with a capital, goes on over
/// lower-case and capitalised words and over connectors (<c>van</c>, <c>op de</c>, <c>en</c> before a
/// content word), and stops at punctuation, a bracket (so <c>(hierna: Sv)</c> is left alone), an all-capital
/// word, a verb or function word that no title holds, or after a year. It must name a kind of regulation
/// (<c>wet</c>, <c>Wetboek</c>, <c>besluit</c>, <c>Verdrag</c>, ...) among its first words, so
/// <c>van de Europese Commissie</c> is no law. This is a heuristic; the catalog confirms or corrects it.
/// </summary>
internal static class LawNameScanner
{
    private const int MaxTitleWords = 16;

    private const int MaxAbbreviationLength = 5;

    // A kind of regulation must appear among the first few content words of a title.
    private const int LawNounWindow = 3;

    private static readonly string[] LawNounSuffixes =
    {
        "wet", "wetboek", "besluit", "regeling", "verordening", "richtlijn", "verdrag", "reglement", "statuut",
        "handvest", "protocol", "aanwijzingen", "beleidsregel", "beleidsregels", "code", "overeenkomst", "regelingen",
        "belastingplan",
    };

    // Capitalised words that start sentences or clauses; never an abbreviation or the start of a title.
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "het", "een", "dit", "deze", "die", "dat", "zie", "ook", "als", "bij", "voor", "met", "naar", "onze",
        "wij", "we", "ik", "hij", "zij", "ze", "u", "er", "in", "op", "om", "te", "tot", "dan", "nu", "maar", "en",
        "of", "zo", "wel", "niet", "want", "toen", "na", "door", "uit", "aan", "over", "per", "alle", "elke",
        "geen", "hun", "haar", "zijn", "mijn", "uw", "ons", "wat", "wie", "hoe", "waar", "ja", "nee", "is", "kan",
    };

    // Prepositions that occur inside titles (Wet op de ..., Wetboek van ..., Verdrag betreffende ...).
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "van", "op", "inzake", "betreffende", "tot", "ter", "ten", "houdende", "omtrent", "tussen", "voor", "naar",
        "aangaande",
    };

    // Determiners are part of a title only right after one of the connectors.
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "de", "het", "der", "den", "een", "'s",
    };

    // Words no citeertitel holds but prose often puts right after one: verbs, adverbs, pronouns,
    // conjunctions, participles, and the words of a following citation.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "kan", "kunnen", "kon", "konden", "mag",
        "mogen", "moet", "moeten", "zal", "zullen", "zou", "zouden", "heeft", "hebben", "had", "hadden", "bepaalt",
        "bepalen", "verplicht", "verplichten", "verbiedt", "verbieden", "geldt", "gelden", "regelt", "regelen",
        "bevat", "bevatten", "voorziet", "voorzien", "luidt", "luiden", "ziet", "zien", "staat", "staan", "biedt",
        "bieden", "vereist", "vereisen", "schrijft", "houdt", "geeft", "geven", "stelt", "stellen", "noemt",
        "omschrijft", "legt", "maakt", "gaat", "komt", "blijft", "kent", "kennen", "eist", "verleent", "vormt",
        "strekt", "opgenomen", "bepaalde", "bepaald", "genoemde", "genoemd", "bedoelde", "bedoeld", "gestelde",
        "gesteld", "vermelde", "neergelegde", "geregelde", "geregeld", "omschreven", "voorgeschreven",
        "vastgelegd", "vastgestelde", "toepassing", "niet", "ook", "nog", "wel", "al", "dan", "dus", "echter",
        "immers", "namelijk", "daarnaast", "bovendien", "tevens", "eveneens", "reeds", "slechts", "alleen", "er",
        "hier", "daar", "dat", "die", "dit", "deze", "welke", "wat", "wie", "waar", "waarin", "waarvan", "waarbij",
        "waarop", "waardoor", "waarmee", "waaronder", "waarnaar", "zoals", "als", "om", "te", "zich", "u", "we",
        "wij", "ik", "hij", "zij", "ze", "men", "nu", "sinds", "tenzij", "indien", "wanneer", "omdat", "doordat",
        "zodat", "terwijl", "hetgeen", "maar", "want", "respectievelijk", "onderscheidenlijk", "jo", "juncto",
        "lid", "leden", "artikel", "artikelen", "art", "onderdeel", "onderdelen", "onder", "sub", "aanhef", "in",
        "bij", "door", "na", "per", "aan", "uit", "met", "over", "tegen", "zonder", "binnen", "buiten", "via",
        "geen", "alle", "elke", "iedere", "hun", "haar", "zijn", "hem", "deel", "c.q", "dient", "dienen", "valt",
        "vallen", "behoort", "behoren", "brengt", "brengen", "faalt", "falen", "treedt", "treden", "volgt", "volgen",
        "blijkt", "blijken", "luidde", "weerspiegelt", "weerspiegelde", "verricht", "verrichten", "aanbiedt", "wijst",
        "wijzen", "ontbreekt", "berust", "berusten", "leidt", "leiden", "ging", "gingen", "kwam", "kwamen", "bleek",
        "vervolgens", "evenzeer", "inderdaad", "derhalve", "evenwel", "voorts", "thans", "mede", "zo", "toen",
        "zelf", "zelfs", "juist", "hierna", "verder", "nader", "steeds", "nimmer", "nooit", "altijd", "vooral",
        "volzin", "zin", "aanzien", "af", "mee", "toe", "voldoet", "voldoen", "klemt", "klemmen",
    };

    // Pronominal adverbs (daardoor, hierin, waarvan) start with these and end with a preposition.
    private static readonly string[] AdverbHeads = { "daar", "hier", "waar" };

    private static readonly string[] AdverbTails =
    {
        "door", "in", "om", "mee", "na", "naast", "op", "over", "uit", "van", "voor", "bij", "tegen", "toe", "onder",
        "aan", "binnen", "buiten", "tussen", "naar",
    };

    // Separable prefixes of past participles (vastgesteld, afgewezen, ingetrokken).
    private static readonly string[] ParticiplePrefixes =
        { string.Empty, "af", "op", "in", "toe", "aan", "uit", "vast", "voor", "na", "mee", "door", "vrij", "bij", "terug", "weg", "over" };

    /// <summary>A law name at the current position: an abbreviation (with a year) or a title.</summary>
    public static readonly Parser<NamedLaw> Law = input =>
    {
        var start = input.Position;
        var end = Read(input.Source, start, out var law);
        return end > start
            ? Result.Success(law, input.Skip(end - start))
            : Result.Failure<NamedLaw>(input, "no law name", new[] { "law" });
    };

    /// <summary>
    /// Reads a law name at <paramref name="start"/> of <paramref name="s"/>: returns where it ends, or
    /// <paramref name="start"/> when there is none (then <paramref name="law"/> is default).
    /// </summary>
    public static int Read(string s, int start, out NamedLaw law)
    {
        var end = ScanAbbreviation(s, start);
        var isAbbreviation = end > start;
        if (!isAbbreviation)
        {
            end = ScanTitle(s, start);
        }

        law = end > start ? new NamedLaw(CollapseSpaces(s.Substring(start, end - start)), isAbbreviation) : default;
        return end;
    }

    /// <summary>True for a single word that reads as an abbreviation: <c>Sv</c>, <c>DSA</c>, <c>WvSv</c>, <c>Awb</c>.</summary>
    public static bool IsAbbreviationToken(string token)
    {
        // A capitalised function word starting the next sentence or paragraph ("Artikel 245\nTegen de beslissing",
        // "Zoals de regering") is no abbreviation.
        if (token.Length == 0 || !char.IsUpper(token[0]) || CommonWords.Contains(token)
            || StopWords.Contains(token.ToLowerInvariant()) || DutchOrdinals.Parse(token.ToLowerInvariant()) > 0)
        {
            return false;
        }

        var letters = 0;
        var capitals = 0;
        foreach (var c in token)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }

            letters++;
            if (char.IsUpper(c))
            {
                capitals++;
            }
        }

        return capitals >= 2 || (letters <= MaxAbbreviationLength && !HasLawNoun(token));
    }

    /// <summary>True when <paramref name="word"/> names a kind of regulation: <c>Wet</c>, <c>Bekendmakingswet</c>, <c>Wetboek</c>.</summary>
    public static bool HasLawNoun(string word)
    {
        foreach (var suffix in LawNounSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "Sv", "DSA", "Iw 1990", "Wet IB 2001", "Wet RO": returns the end, or start when there is none.
    private static int ScanAbbreviation(string s, int start)
    {
        var end = ReadToken(s, start);
        var first = s.Substring(start, end - start);
        if (first == "Wet")
        {
            var next = SkipSpaces(s, end);
            var nextEnd = ReadToken(s, next);
            var second = s.Substring(next, nextEnd - next);
            if (next > end && second.Length is > 0 and <= MaxAbbreviationLength && char.IsUpper(second[0])
                && IsAbbreviationToken(second))
            {
                return ScanYear(s, nextEnd);
            }

            return start;
        }

        return IsAbbreviationToken(first) && !IsDottedAbbreviation(s, end) ? ScanYear(s, end) : start;
    }

    // "Uitv.besch.", "I.B.": a word cut short by a full stop that a letter follows is part of a dotted
    // abbreviation this scanner cannot read, not a law name.
    private static bool IsDottedAbbreviation(string s, int end) =>
        end + 1 < s.Length && s[end] == '.' && char.IsLetter(s[end + 1]);

    // Words prose puts after a law name and titles do not hold: present participles (staande, afwijzend),
    // past participles (vastgesteld, afgewezen, geregeld) and pronominal adverbs (daardoor), but not nouns
    // like "gezondheid".
    private static bool LooksLikeVerbForm(string lower)
    {
        if (lower.Length < 6 || lower.EndsWith("heid", StringComparison.Ordinal) || lower.EndsWith("heden", StringComparison.Ordinal))
        {
            return false;
        }

        // Present participles end in -end(e) (afwijzend, lopende) or -aand(e) (staande, gaand); nouns like
        // "rechtsbijstand", "verband" and "Nederland" do not.
        if (lower.EndsWith("end", StringComparison.Ordinal) || lower.EndsWith("ende", StringComparison.Ordinal)
            || lower.EndsWith("aand", StringComparison.Ordinal) || lower.EndsWith("aande", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var head in AdverbHeads)
        {
            if (lower.StartsWith(head, StringComparison.Ordinal) && AdverbTails.Any(t => lower.Length == head.Length + t.Length && lower.EndsWith(t, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        foreach (var prefix in ParticiplePrefixes)
        {
            if (!lower.StartsWith(prefix + "ge", StringComparison.Ordinal))
            {
                continue;
            }

            var last = lower[lower.Length - 1];
            if (last is 'd' or 't' || (prefix.Length > 0 && lower.EndsWith("en", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    // A title: see the class summary. Returns the end of its last content word, or start when there is none.
    private static int ScanTitle(string s, int start)
    {
        if (start >= s.Length || !char.IsUpper(s[start]))
        {
            return start;
        }

        var end = ReadToken(s, start);
        var first = s.Substring(start, end - start);
        if (end == start || CommonWords.Contains(first) || IsAllCapitals(first))
        {
            return start;
        }

        var contentWords = 1;
        var lawNounSeen = HasLawNoun(first);
        var previousWasConnector = false;
        var position = end;
        for (var words = 1; words < MaxTitleWords; words++)
        {
            var next = SkipSpaces(s, position);
            if (next == position)
            {
                break;
            }

            var tokenEnd = ReadToken(s, next);
            if (tokenEnd == next)
            {
                break;
            }

            var token = s.Substring(next, tokenEnd - next);
            var lower = token.ToLowerInvariant();
            if (IsYear(s, next, tokenEnd))
            {
                if (!previousWasConnector)
                {
                    end = tokenEnd;
                }

                break;
            }

            // Checked first: "betreffende" and "houdende" look like participles.
            if (Connectors.Contains(lower))
            {
                previousWasConnector = true;
                position = tokenEnd;
                continue;
            }

            // "Verzamelwet VWS 2019", "Fiscale verzamelwet SZW 2021": a department's letters belong to a title that a year ends.
            if (IsAllCapitals(token) && token.Length <= MaxAbbreviationLength && !previousWasConnector && YearFollows(s, tokenEnd))
            {
                end = ScanYear(s, tokenEnd);
                break;
            }

            if (char.IsDigit(token[0]) || StopWords.Contains(lower) || IsAllCapitals(token)
                || (CommonWords.Contains(token) && char.IsUpper(token[0])) || IsDottedAbbreviation(s, tokenEnd)
                || (char.IsLower(token[0]) && LooksLikeVerbForm(lower)))
            {
                break;
            }

            if (Determiners.Contains(lower))
            {
                if (!previousWasConnector)
                {
                    break;
                }

                position = tokenEnd;
                continue;
            }

            if (lower is "en" or "of")
            {
                // "werk en inkomen", "Drank- en horecawet": only before another content word.
                var after = SkipSpaces(s, tokenEnd);
                var afterEnd = ReadToken(s, after);
                var afterWord = s.Substring(after, afterEnd - after);
                if (after == tokenEnd || afterEnd == after || !char.IsLower(afterWord[0])
                    || StopWords.Contains(afterWord) || Determiners.Contains(afterWord) || Connectors.Contains(afterWord))
                {
                    break;
                }

                previousWasConnector = true;
                position = tokenEnd;
                continue;
            }

            contentWords++;
            if (contentWords <= LawNounWindow && HasLawNoun(token))
            {
                lawNounSeen = true;
            }

            previousWasConnector = false;
            end = tokenEnd;
            position = tokenEnd;
        }

        return lawNounSeen ? end : start;
    }

    private static bool YearFollows(string s, int end) => ScanYear(s, end) > end;

    private static int ScanYear(string s, int end)
    {
        var next = SkipSpaces(s, end);
        if (next > end && next + 4 <= s.Length && IsYear(s, next, ReadToken(s, next)))
        {
            return next + 4;
        }

        return end;
    }

    private static bool IsYear(string s, int start, int end)
    {
        if (end - start != 4 || (end < s.Length && s[end] == '/'))
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!char.IsDigit(s[i]))
            {
                return false;
            }
        }

        return s[start] is '1' or '2';
    }

    private static bool IsAllCapitals(string token)
    {
        var capitals = 0;
        foreach (var c in token)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                capitals++;
            }
        }

        return capitals >= 2;
    }

    // A name broken over a line ("Wet \nbestuursrechtelijke") has several spaces in the window; the name has one.
    private static string CollapseSpaces(string name)
    {
        if (name.IndexOf("  ", StringComparison.Ordinal) < 0)
        {
            return name;
        }

        var sb = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c != ' ' || sb.Length == 0 || sb[sb.Length - 1] != ' ')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static int SkipSpaces(string s, int position)
    {
        while (position < s.Length && s[position] == ' ')
        {
            position++;
        }

        return position;
    }

    // A word: letters and digits, with inner hyphens and apostrophes (zbo's), and a trailing hyphen
    // when a conjunction follows ("Drank- en horecawet").
    private static int ReadToken(string s, int start)
    {
        var i = start;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            if (c is ('-' or '\'' or '\u2019') && i > start && i + 1 < s.Length && char.IsLetter(s[i + 1]))
            {
                i++;
                continue;
            }

            if (c == '-' && i > start && (At(s, i + 1, " en ") || At(s, i + 1, " of ")))
            {
                i++;
            }

            break;
        }

        return i;
    }

    private static bool At(string s, int position, string text) =>
        position + text.Length <= s.Length && string.CompareOrdinal(s, position, text, 0, text.Length) == 0;
}
