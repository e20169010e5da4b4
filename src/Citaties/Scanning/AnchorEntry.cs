using System;
using System.Linq;
using Citaties.Kinds;

namespace Citaties.Scanning;

/// <summary>An anchor string and the families it can start.</summary>
internal sealed class AnchorEntry
{
    // A word hyphenated over a line end ("Kamer-\nstukken") still anchors when at least this many letters stand on
    // each side of the hyphen, so short words and ordinary compounds with a dash ("ABRvS-uitspraak") are not read
    // as broken anchors.
    private const int MinPartAtLineBreak = 3;
    private const int MinLengthForLineBreak = 2 * MinPartAtLineBreak;

    public AnchorEntry(string text, CitationFamily[] families)
    {
        Text = text;
        Families = families;
        NeedsWordStart = families.All(f => f.AnchorNeedsWordStart);
        MayBreakOverLine = text.Length >= MinLengthForLineBreak && text.All(c => c is >= 'a' and <= 'z');
    }

    public string Text { get; }

    public CitationFamily[] Families { get; }

    /// <summary>True when every family of this anchor wants it at a word start (after no letter or digit).</summary>
    public bool NeedsWordStart { get; }

    /// <summary>True when the anchor is a word long enough to be found hyphenated over a line end.</summary>
    public bool MayBreakOverLine { get; }

    /// <summary>
    /// How many source characters the anchor covers at <paramref name="position"/> (compared as ordinal ignoring
    /// case), or -1 when it does not start there. A word may be hyphenated over one line end
    /// (<c>Kamer-\nstukken</c>), with at least three letters on each side: that is what PDF and OCR text holds.
    /// </summary>
    public int LengthAt(ReadOnlySpan<char> text, int position)
    {
        var i = position;
        var broken = false;
        for (var k = 0; k < Text.Length; k++, i++)
        {
            if (i >= text.Length)
            {
                return -1;
            }

            if (SameIgnoringCase(text[i], Text[k]))
            {
                continue;
            }

            if (broken || !MayBreakOverLine || text[i] != '-' || k < MinPartAtLineBreak || k > Text.Length - MinPartAtLineBreak
                || AfterLineBreak(text, i + 1) is not (>= 0 and var resumed) || resumed >= text.Length || !SameIgnoringCase(text[resumed], Text[k]))
            {
                return -1;
            }

            broken = true;
            i = resumed;
        }

        return i - position;
    }

    // Ordinal ignoring case, as string comparison does it: that never equates a character outside ASCII with one
    // inside it, so ASCII is folded here and the rest (the ë of "drieënveertigste") by the invariant upper case.
    private static bool SameIgnoringCase(char c, char anchor)
    {
        if (c == anchor)
        {
            return true;
        }

        if ((c | anchor) < 128)
        {
            var folded = (char)(c | 0x20);
            return folded == (anchor | 0x20) && folded is >= 'a' and <= 'z';
        }

        return c >= 128 && anchor >= 128 && char.ToUpperInvariant(c) == char.ToUpperInvariant(anchor);
    }

    // Where the rest of a hyphenated word starts: after spaces or tabs, one line end and the white space of the next
    // line (not a paragraph separator, which ends a paragraph rather than a line); -1 when no line end follows.
    private static int AfterLineBreak(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i >= text.Length || text[i] is not ('\n' or '\r'))
        {
            return -1;
        }

        while (i < text.Length && char.IsWhiteSpace(text[i]) && text[i] != '\u2029')
        {
            i++;
        }

        return i;
    }
}
