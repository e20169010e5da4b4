using System;

namespace Citaties.Scanning;

/// <summary>
/// A bounded, normalised copy of the source text starting at an anchor, with a map from each of its
/// characters back to a source offset. The grammar sees only this: every kind of space becomes U+0020,
/// every dash a hyphen-minus, soft hyphens and zero-width characters vanish, and a word hyphenated over a
/// line break (<c>Kamer-\nstukken</c>) is joined.
/// </summary>
internal readonly struct Window
{
    // Null when every window character stands at its own source offset (start + index): nothing was dropped.
    private readonly int[]? sourceOffsets;
    private readonly int start;

    // Windows up to this many characters are normalised on the stack (the grown ones are 3,840).
    private const int MaxStackChars = 4096;

    private Window(string text, int[]? sourceOffsets, int start, int sourceEnd)
    {
        Text = text;
        this.sourceOffsets = sourceOffsets;
        this.start = start;
        SourceEnd = sourceEnd;
    }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>The source offset just past the last source character the window covers.</summary>
    public int SourceEnd { get; }

    /// <summary>The source offset of window character <paramref name="index"/>.</summary>
    public int SourceOffset(int index) =>
        index >= Text.Length ? SourceEnd : sourceOffsets is null ? start + index : sourceOffsets[index];

    /// <summary>The source offset just past the window character before <paramref name="endIndex"/>.</summary>
    public int SourceEndOf(int endIndex) => endIndex <= 0 ? SourceOffset(0) : SourceOffset(endIndex - 1) + 1;

    /// <summary>The index of the first window character at or after source offset <paramref name="sourceOffset"/>.</summary>
    public int IndexAt(int sourceOffset)
    {
        if (sourceOffsets is null)
        {
            return Math.Max(0, Math.Min(Text.Length, sourceOffset - start));
        }

        var index = Array.BinarySearch(sourceOffsets, 0, Text.Length, sourceOffset);
        return index >= 0 ? index : ~index;
    }

    /// <summary>Builds the window for <paramref name="source"/> from <paramref name="start"/>, at most <paramref name="maxLength"/> source characters.</summary>
    public static Window Create(ReadOnlySpan<char> source, int start, int maxLength)
    {
        // Most windows drop nothing (no soft hyphen, no word hyphenated over a line): they need no offset map,
        // and their characters are normalised on the stack.
        var end = Math.Min(source.Length, start + maxLength);
        var length = end - start;
        Span<char> chars = length <= MaxStackChars ? stackalloc char[length] : new char[length];
        for (var i = start; i < end; i++)
        {
            var c = source[i];
            if (IsParagraphBreak(source, i))
            {
                // No citation runs from one paragraph into the next.
                return new Window(chars.Slice(0, i - start).ToString(), null, start, i);
            }

            if (IsInvisible(c) || (IsDash(c) && i > start && char.IsLetter(chars[i - start - 1]) && JoinsHyphenatedWord(source, i, end) > 0))
            {
                return CreateMapped(source, start, end);
            }

            chars[i - start] = Normalise(c);
        }

        return new Window(chars.ToString(), null, start, end);
    }

    // The window of a text that drops characters, with each kept character's source offset.
    private static Window CreateMapped(ReadOnlySpan<char> source, int start, int end)
    {
        var chars = new char[end - start];
        var offsets = new int[end - start];
        var n = 0;
        for (var i = start; i < end; i++)
        {
            var c = source[i];
            if (IsParagraphBreak(source, i))
            {
                end = i;
                break;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            if (IsDash(c) && n > 0 && char.IsLetter(chars[n - 1]) && JoinsHyphenatedWord(source, i, end) is var next and > 0)
            {
                i = next - 1;
                continue;
            }

            chars[n] = Normalise(c);
            offsets[n] = i;
            n++;
        }

        return new Window(new string(chars, 0, n), offsets, start, end);
    }

    // For a dash at `dash` after a letter: the index of the lower-case letter that goes on with the word after a
    // line break ("Kamer-\nstukken"), or 0 when the dash is not such a hyphen.
    private static int JoinsHyphenatedWord(ReadOnlySpan<char> source, int dash, int end)
    {
        var next = SkipLineBreak(source, dash + 1, end);
        return next > dash + 1 && next < end && char.IsLower(source[next]) ? next : 0;
    }

    /// <summary>
    /// True when a paragraph ends at <paramref name="index"/>: a U+2029 PARAGRAPH SEPARATOR (how Word
    /// documents are read), or a line break followed, after blanks, by another (an empty line in plain text).
    /// </summary>
    public static bool IsParagraphBreak(ReadOnlySpan<char> source, int index)
    {
        var c = source[index];
        if (c == '\u2029')
        {
            return true;
        }

        if (c != '\n')
        {
            return false;
        }

        for (var i = index + 1; i < source.Length; i++)
        {
            switch (source[i])
            {
                case '\n':
                    return true;
                case ' ' or '\t' or '\r' or '\u00A0':
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The first offset at or after <paramref name="from"/> that lies in the same paragraph as
    /// <paramref name="position"/>: where a window reaching back from an anchor must start.
    /// </summary>
    public static int ParagraphStartBefore(ReadOnlySpan<char> source, int from, int position)
    {
        for (var i = position - 1; i >= from; i--)
        {
            if (IsParagraphBreak(source, i))
            {
                return i + 1;
            }
        }

        return from;
    }

    /// <summary>The same normalisation the window applies, for one character.</summary>
    public static char Normalise(char c)
    {
        if (IsDash(c))
        {
            return '-';
        }

        return char.IsWhiteSpace(c) ? ' ' : c;
    }

    private static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';

    // Returns the index after "<spaces>\n<spaces>" when a line break follows, else the index itself.
    private static int SkipLineBreak(ReadOnlySpan<char> source, int index, int end)
    {
        var i = index;
        while (i < end && source[i] is ' ' or '\t')
        {
            i++;
        }

        if (i >= end || source[i] is not ('\n' or '\r'))
        {
            return index;
        }

        while (i < end && char.IsWhiteSpace(source[i]))
        {
            i++;
        }

        return i;
    }
}
