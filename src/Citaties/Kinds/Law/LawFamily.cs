using System;
using System.Collections.Generic;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Laws named alone (<see cref="LawCitation"/>), anchored at the law noun that nearly every Dutch citation title
/// holds: <c>wet</c> at the end of a word (<c>Omgevingswet</c>), the word <c>Wet</c>/<c>wet</c>
/// (<c>Wet op de jeugdzorg</c>, <c>Algemene wet bestuursrecht</c>) and <c>Wetboek</c>; and <c>Verdrag</c> for
/// treaties. The title starts before the anchor, so the family looks behind it (<see cref="LawTitleReader"/> decides
/// where, against the catalog). The cheap check wants a capital where the title would start: <c>deze wet</c> and
/// <c>de wet</c>, the commonest hits in law text, never reach the reader.
/// </summary>
internal static class LawFamily
{
    /// <summary>How far before the anchor a title may start: three words before the law noun.</summary>
    private const int Reach = 60;

    // The grammar reads the rest of the anchor's word; the look-behind step finds the title around it.
    private static readonly Parser<Citation> AnchorWord =
        from word in Parse.Letter.AtLeastOnce().Text()
        select (Citation)new LawCitation { LawText = word };

    public static readonly CitationFamily Instance = new(
        "law",
        new[] { "wet", "verdrag " },
        AnchorWord,
        plausible: IsPlausible,
        maxLength: LawTitleReader.MaxLength,
        anchorNeedsWordStart: false,
        lookBehind: new LookBehind(Reach, LawTitleReader.Resolve, givesWay: true));

    private static bool IsPlausible(ReadOnlySpan<char> text, int start, int length)
    {
        var end = start + length;
        if (text[end - 1] == ' ')
        {
            // "Verdrag ": a treaty's title starts with it.
            return text[start] == 'V' && IsWordStart(text, start);
        }

        // "wet" ends its word, or is the first syllable of "Wetboek".
        if (end < text.Length && char.IsLetter(text[end])
            && !(text.Slice(end).StartsWith("boek".AsSpan(), StringComparison.Ordinal) && (end + 4 == text.Length || !char.IsLetter(text[end + 4]))))
        {
            return false;
        }

        var wordStart = start;
        while (wordStart > 0 && start - wordStart < Reach && IsTitleLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (char.IsUpper(text[wordStart]))
        {
            return true;
        }

        // "Algemene wet bestuursrecht", "Burgerlijk Wetboek": the word before the noun is capitalised.
        return wordStart == start && PreviousWordIsCapitalised(text, wordStart);
    }

    private static bool PreviousWordIsCapitalised(ReadOnlySpan<char> text, int wordStart)
    {
        var i = wordStart - 1;
        if (i < 1 || text[i] != ' ')
        {
            return false;
        }

        var end = i;
        while (i > 0 && IsTitleLetter(text[i - 1]))
        {
            i--;
        }

        // "De wet", "Deze wet" at the start of a sentence: a capital, but no title.
        var word = text.Slice(i, end - i);
        return i < end && char.IsUpper(text[i]) && !IsDeterminer(word);
    }

    /// <summary>
    /// A capitalised determiner that starts a sentence (<c>De</c>, <c>Deze</c>): never the first word of a title, so
    /// neither the cheap check nor <see cref="LawTitleReader"/> starts one there.
    /// </summary>
    internal static bool IsDeterminer(ReadOnlySpan<char> word)
    {
        foreach (var determiner in Determiners)
        {
            if (word.Equals(determiner.AsSpan(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Determiners = { "De", "Het", "Een", "Deze", "Dit", "Dat", "Die", "Zijn", "Haar", "Hun", "Onze", "Elke", "Iedere", "Geen" };

    private static bool IsWordStart(ReadOnlySpan<char> text, int at) => at == 0 || !char.IsLetterOrDigit(text[at - 1]);

    internal static bool IsTitleLetter(char c) => char.IsLetter(c) || c is '-' or '\'';
}
