using System;
using Citaties.Catalog;
using Citaties.Catalog.Register;
using Citaties.Model;

namespace Citaties.Resolution;

/// <summary>
/// Resolves a regulation cited by its long title: <c>artikel 1 van de Wet van 15 mei 1829, houdende algemeene
/// bepalingen der wetgeving van het Koningrijk</c>. The grammar reads only the kind (<c>Wet</c>) and stops at the
/// date; the register of BWB titles knows which regulations of that kind carry that date, and the words after the
/// date tell them apart. The citation is extended over the date and the words of the long title the text repeats.
/// </summary>
internal static class DatedTitleExtension
{
    // Long titles in the register are cut at 400 characters; the text is not read further than that.
    private const int MaxWindow = 450;

    // A run with this many content words of the long title is distinctive, even when the text then goes on with others.
    private const int DistinctiveWords = 3;

    // Words every long title can hold: "tot wijziging van de Wet" is shared by hundreds and tells none apart.
    private static readonly string[] FunctionWords =
    {
        "tot", "van", "de", "het", "der", "den", "des", "een", "en", "of", "in", "op", "met", "voor", "bij", "ter", "ten",
        "houdende", "betreffende", "inzake", "nopens", "omtrent", "wijziging", "vaststelling", "regeling", "regelen",
        "regels", "wet", "besluit", "verband", "aanvulling", "intrekking", "nadere", "enige", "andere", "bepalingen",
        "algemene", "algemeene", "enkele",
    };

    /// <summary>
    /// The citation extended to the long title it cites, with its law set; null when the text after its law is no
    /// dated head, when no regulation of the register fits, or when several fit equally well.
    /// </summary>
    public static ArticleCitation? Extend(ArticleCitation citation, string source, LawCatalog catalog)
    {
        if (catalog.Register is not { } register || !TitleExtension.EndsWithItsLaw(citation, source))
        {
            return null;
        }

        // The law span holds "van de" as well; the head starts where the law text does.
        var lawStart = StartOfLastWords(source, citation.Span.End, citation.LawText!.Split(' ').Length);
        var window = source.AsSpan(lawStart, Math.Min(MaxWindow, source.Length - lawStart));
        var head = DatedTitle.HeadLength(window);
        if (head == 0 || lawStart + head <= citation.Span.End)
        {
            return null;
        }

        var rest = window.Slice(head);
        LawEntry? best = null;
        var bestWords = -1;
        var bestEnd = 0;
        var tie = false;
        foreach (var (row, entry) in register.FindByDatedHead(window.Slice(0, head)))
        {
            var title = register.Register.TitleAt(row).AsSpan();
            var words = CommonWords(rest, title.Slice(DatedTitle.HeadLength(title)), out var end, out var whole, out var content);
            if (!whole && content < DistinctiveWords && !EndsPhrase(rest.Slice(end)))
            {
                continue;
            }

            if (words > bestWords)
            {
                (best, bestWords, bestEnd, tie) = (entry, words, end, false);
            }
            else if (words == bestWords && !ReferenceEquals(entry, best))
            {
                tie = true;
            }
        }

        if (best is null || tie)
        {
            return null;
        }

        var lawEnd = lawStart + head + bestEnd;
        return TitleExtension.ExtendTo(citation, source, TitleExtension.Words(source, lawStart, lawEnd), lawEnd) with
        {
            Law = NameResolver.FromLaw(best, null),
        };
    }

    // Where the last `count` words before `end` start.
    private static int StartOfLastWords(string source, int end, int count)
    {
        var position = end;
        for (var i = 0; i < count; i++)
        {
            while (position > 0 && char.IsWhiteSpace(source[position - 1]))
            {
                position--;
            }

            while (position > 0 && !char.IsWhiteSpace(source[position - 1]))
            {
                position--;
            }
        }

        return position;
    }

    // How many words the text and the rest of the long title share from their start (punctuation around words aside),
    // where the shared run ends in the text, whether it covers the whole title, and how many of them are content words.
    private static int CommonWords(ReadOnlySpan<char> text, ReadOnlySpan<char> title, out int end, out bool whole, out int content)
    {
        var words = 0;
        content = 0;
        var t = 0;
        var l = 0;
        end = 0;
        while (true)
        {
            var titleWord = NextWord(title, ref l, out _);
            if (titleWord.IsEmpty)
            {
                whole = true;
                return words;
            }

            var textWord = NextWord(text, ref t, out var textEnd);
            if (textWord.IsEmpty || !CatalogKey.FoldedEquals(textWord, titleWord))
            {
                whole = false;
                return words;
            }

            words++;
            content += DatedTitle.IsOneOf(titleWord, FunctionWords) ? 0 : 1;
            end = textEnd;
        }
    }

    // The next word with the punctuation around it taken off; empty at the end. `end` is where the bare word ends.
    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, ref int position, out int end)
    {
        while (true)
        {
            while (position < text.Length && (char.IsWhiteSpace(text[position]) || IsPunctuation(text[position])))
            {
                position++;
            }

            var start = position;
            while (position < text.Length && !char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            end = position;
            while (end > start && IsPunctuation(text[end - 1]))
            {
                end--;
            }

            if (end > start || position >= text.Length)
            {
                return text.Slice(start, end - start);
            }
        }
    }

    // The text stops naming the regulation here: a bracket (Stb. 28), a full stop, a line end or nothing more.
    private static bool EndsPhrase(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is '\n' or '\r')
            {
                return true;
            }

            if (!char.IsWhiteSpace(c))
            {
                return c is '(' or ')' or '.' or ';' or ':';
            }
        }

        return true;
    }

    private static bool IsPunctuation(char c) => c is ',' or ';' or ':' or '.' or '(' or ')' or '"' or '\'' or '\u2018' or '\u2019' or '\u201C' or '\u201D';
}
