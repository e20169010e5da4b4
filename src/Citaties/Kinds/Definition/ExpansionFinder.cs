using System;

namespace Citaties.Kinds;

/// <summary>
/// Finds where the phrase an abbreviation stands for begins, looking back from the bracket that defines it
/// (<c>Wetboek van Strafvordering (hierna: Sv)</c>). Works on normalised window text (every space U+0020)
/// and looks at most <see cref="MaxWords"/> words back, never past sentence punctuation or another bracket.
/// </summary>
internal static class ExpansionFinder
{
    /// <summary>How many words before the bracket an expansion may span.</summary>
    public const int MaxWords = 12;

    // How many words back a determiner or a name word is looked for when the letters say nothing.
    private const int DeterminerReach = 6;

    // A phrase after a determiner this short is the name as a whole.
    private const int ShortPhrase = 4;

    private static readonly string[] Connectors =
    {
        "van", "voor", "op", "de", "het", "en", "der", "des", "den", "tot", "te", "tegen", "inzake", "betreffende", "in", "over", "&",
    };

    private static readonly string[] Determiners = { "de", "het", "een", "deze", "dit", "die" };

    // Words that head the name of a regulation or bill; also matched as the end of a compound (digitaledienstenverordening).
    private static readonly string[] HeadWords =
    {
        "richtlijn", "verordening", "wet", "wetboek", "wetsvoorstel", "besluit", "regeling", "verdrag", "beschikking", "reglement",
    };

    /// <summary>
    /// The start of the phrase before <paramref name="end"/> from which the letters of
    /// <paramref name="abbreviation"/> can be read in order: the nearest word whose initial is the first
    /// letter, with the last word before the bracket and all but at most one other content word supplying a
    /// letter; then widened over connectors to a capitalised word (<c>Wetboek van Strafvordering</c> for Sv).
    /// -1 when the letters do not fit.
    /// </summary>
    public static int MatchingStart(string text, int end, string abbreviation)
    {
        var letters = LettersOf(abbreviation);
        if (letters.Length < 2 || letters.Length > DefinitionGrammar.MaxBareLength)
        {
            return -1;
        }

        var words = WordsBefore(text, end, out _);
        for (var s = words.Length - 1; s >= 0; s--)
        {
            var word = words[s];
            if (Initial(text, word) == letters[0] && !IsConnector(text, word) && Aligns(text, words, s, letters))
            {
                return words[WidenOverConnectors(text, words, s)].Start;
            }
        }

        return -1;
    }

    /// <summary>
    /// The start of the name before <paramref name="end"/> when the abbreviation's letters say nothing
    /// (<c>de Richtlijn audiovisuele mediadiensten (hierna: AVMSD)</c>). After a determiner among the last
    /// <see cref="DeterminerReach"/> words: the words after it (<c>het gerechtshof te Amsterdam</c>), or, when
    /// they are many, from the first capitalised word or title head word (<c>Richtlijn</c>, <c>wetsvoorstel</c>,
    /// ...). Without one: the nearest such word among the last words and the capitalised words just before it.
    /// -1 when there is no phrase.
    /// </summary>
    public static int PhraseStart(string text, int end)
    {
        var words = WordsBefore(text, end, out var sentenceStart);
        var n = words.Length;
        if (n == 0)
        {
            return -1;
        }

        var determiner = -1;
        for (var t = n - 1; t >= 0 && t >= n - DeterminerReach; t--)
        {
            if (IsOneOf(text, words[t], Determiners))
            {
                determiner = t;
                break;
            }
        }

        if (determiner == n - 1)
        {
            return -1;
        }

        int start;
        if (determiner >= 0)
        {
            start = determiner + 1;
            for (var t = determiner + 1; n - start > ShortPhrase && t < n; t++)
            {
                if (IsNameWord(text, words[t]))
                {
                    start = t;
                    break;
                }
            }
        }
        else
        {
            start = n - 1;
            for (var t = n - 1; t >= 0 && t >= n - DeterminerReach; t--)
            {
                if (IsNameWord(text, words[t]))
                {
                    start = t;
                    break;
                }
            }

            return words[WidenOverName(text, words, start, sentenceStart)].Start;
        }

        return words[WidenOverConnectors(text, words, start)].Start;
    }

    /// <summary>The end of the last word before <paramref name="end"/> (spaces before the bracket excluded).</summary>
    public static int PhraseEnd(string text, int end)
    {
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }

    // Reads letters[1..] after the initial of words[start], preferring the initial of a later word, then a
    // letter later in the current word, then any letter of a later word. Accepts when the last content word
    // supplied a letter and at most one content word in between supplied none.
    private static bool Aligns(string text, Word[] words, int start, string letters)
    {
        var contributed = 1 << start;
        var current = start;
        var position = InitialIndex(text, words[start]) + 1;
        for (var k = 1; k < letters.Length; k++)
        {
            var c = letters[k];
            var next = NextWordWithInitial(text, words, current, c);
            if (next >= 0)
            {
                current = next;
                position = InitialIndex(text, words[next]) + 1;
            }
            else if ((position = IndexOfLetter(text, position, words[current].End, c)) >= 0)
            {
                position++;
                continue;
            }
            else
            {
                position = -1;
                for (var t = current + 1; t < words.Length && position < 0; t++)
                {
                    position = IndexOfLetter(text, words[t].Start, words[t].End, c);
                    current = t;
                }

                if (position < 0)
                {
                    return false;
                }

                position++;
            }

            contributed |= 1 << current;
        }

        var skipped = 0;
        var lastContent = -1;
        var lettersInContributing = 0;
        var contributingWords = 0;
        for (var t = start; t < words.Length; t++)
        {
            if ((contributed & (1 << t)) != 0)
            {
                contributingWords++;
                lettersInContributing += LetterCount(text, words[t]);
            }

            if (!IsContent(text, words[t]))
            {
                continue;
            }

            lastContent = t;
            if ((contributed & (1 << t)) == 0)
            {
                skipped++;
            }
        }

        if (lastContent < 0 || (contributed & (1 << lastContent)) == 0 || skipped > 1)
        {
            return false;
        }

        // Letters all from one word must abbreviate it, not spell it: "bijlage (Bijlage)" is no definition.
        return contributingWords > 1 || letters.Length * 2 <= lettersInContributing;
    }

    private static int NextWordWithInitial(string text, Word[] words, int current, char c)
    {
        for (var t = current + 1; t < words.Length; t++)
        {
            if (Initial(text, words[t]) == c)
            {
                return t;
            }
        }

        return -1;
    }

    // Moves the start left over one to three connectors when a capitalised word stands before them. An
    // article alone does not join ("in Nederland de Autoriteit"); "van het", "op het", "van de" do.
    private static int WidenOverConnectors(string text, Word[] words, int start)
    {
        while (true)
        {
            var t = start - 1;
            var joins = false;
            while (t >= 0 && start - t <= 3 && IsConnector(text, words[t]))
            {
                joins |= !IsOneOf(text, words[t], Determiners);
                t--;
            }

            if (!joins || t < 0 || !IsCapitalised(text, words[t]) || IsConnector(text, words[t]))
            {
                return start;
            }

            start = t;
        }
    }

    // Moves the start of a name left over the capitalised words and connector-joined capitalised words before
    // it ("Minister van Landbouw, Natuurbeheer en Visserij"), but not onto the capital that opens a sentence.
    private static int WidenOverName(string text, Word[] words, int start, bool sentenceStart)
    {
        var name = start;
        while (name - start < MaxWords / 2)
        {
            var before = start - 1;
            if (before >= 0 && IsCapitalised(text, words[before]) && !IsConnector(text, words[before])
                && !(before == 0 && sentenceStart && !IsNameWord(text, words[before], capitalsCount: false)))
            {
                start = before;
                continue;
            }

            var widened = WidenOverConnectors(text, words, start);
            if (widened == start)
            {
                return start;
            }

            start = widened;
        }

        return start;
    }

    // Up to MaxWords words ending before `end`, in text order; stops at a word that ends a sentence or clause
    // (. ; : ! ?) or holds a bracket. `sentenceStart` tells whether the first word opens a sentence.
    private static Word[] WordsBefore(string text, int end, out bool sentenceStart)
    {
        sentenceStart = false;
        var found = new Word[MaxWords];
        var count = 0;
        var i = end;
        while (count < MaxWords)
        {
            while (i > 0 && text[i - 1] == ' ')
            {
                i--;
            }

            if (i == 0)
            {
                sentenceStart = true;
                break;
            }

            var wordEnd = i;
            while (i > 0 && text[i - 1] != ' ')
            {
                i--;
            }

            var word = new Word(i, wordEnd);
            if (EndsClause(text, word))
            {
                sentenceStart = text[wordEnd - 1] is '.' or '!' or '?' or ':';
                break;
            }

            found[count++] = word;
        }

        var words = new Word[count];
        for (var k = 0; k < count; k++)
        {
            words[k] = found[count - 1 - k];
        }

        return words;
    }

    private static bool EndsClause(string text, Word word)
    {
        for (var k = word.Start; k < word.End; k++)
        {
            if (text[k] is '(' or ')' or '[' or ']' or '{' or '}')
            {
                return true;
            }
        }

        return text[word.End - 1] is '.' or ';' or ':' or '!' or '?';
    }

    private static string LettersOf(string abbreviation)
    {
        var rest = abbreviation;
        foreach (var determiner in new[] { "de ", "het " })
        {
            if (rest.StartsWith(determiner, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest.Substring(determiner.Length);
            }
        }

        var letters = new char[rest.Length];
        var n = 0;
        foreach (var c in rest)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(letters, 0, n);
    }

    private static int InitialIndex(string text, Word word)
    {
        for (var k = word.Start; k < word.End; k++)
        {
            if (char.IsLetterOrDigit(text[k]))
            {
                return k;
            }
        }

        return word.End - 1;
    }

    private static char Initial(string text, Word word)
    {
        var k = InitialIndex(text, word);
        return char.IsLetterOrDigit(text[k]) ? char.ToLowerInvariant(text[k]) : '\0';
    }

    private static int IndexOfLetter(string text, int from, int end, char c)
    {
        for (var k = from; k < end; k++)
        {
            if (char.ToLowerInvariant(text[k]) == c)
            {
                return k;
            }
        }

        return -1;
    }

    private static int LetterCount(string text, Word word)
    {
        var n = 0;
        for (var k = word.Start; k < word.End; k++)
        {
            if (char.IsLetterOrDigit(text[k]))
            {
                n++;
            }
        }

        return n;
    }

    private static bool IsCapitalised(string text, Word word) => char.IsUpper(text[InitialIndex(text, word)]);

    private static bool IsConnector(string text, Word word) => IsOneOf(text, word, Connectors);

    // A word that carries meaning: it has a letter and is not a connector ("2008" and "&" are not content).
    private static bool IsContent(string text, Word word)
    {
        if (IsConnector(text, word))
        {
            return false;
        }

        for (var k = word.Start; k < word.End; k++)
        {
            if (char.IsLetter(text[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNameWord(string text, Word word, bool capitalsCount = true)
    {
        if (IsConnector(text, word) || IsOneOf(text, word, Determiners))
        {
            return false;
        }

        if (capitalsCount && IsCapitalised(text, word))
        {
            return true;
        }

        var span = Trimmed(text, word);
        foreach (var head in HeadWords)
        {
            if (span.EndsWith(head.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneOf(string text, Word word, string[] list)
    {
        var span = Trimmed(text, word);
        foreach (var item in list)
        {
            if (span.Equals(item.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The word without surrounding quotes or commas.
    private static ReadOnlySpan<char> Trimmed(string text, Word word)
    {
        var start = word.Start;
        var end = word.End;
        while (start < end && !char.IsLetterOrDigit(text[start]) && text[start] != '&')
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(text[end - 1]) && text[end - 1] != '&')
        {
            end--;
        }

        return text.AsSpan(start, end - start);
    }

    private readonly struct Word
    {
        public Word(int start, int end)
        {
            Start = start;
            End = end;
        }

        public int Start { get; }

        public int End { get; }
    }
}
