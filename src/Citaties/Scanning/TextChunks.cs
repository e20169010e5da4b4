using System;
using System.Collections.Generic;

namespace Citaties.Scanning;

/// <summary>
/// Cuts a large text into pieces that can be scanned apart, each ending just after a paragraph break. No window
/// reads past a paragraph break (<see cref="Window"/>), nor does a look-behind window reach back over one, so every
/// citation and near miss lies inside one piece, and scanning the pieces apart finds exactly what one scan finds.
/// </summary>
internal static class TextChunks
{
    /// <summary>
    /// Ranges that cover <paramref name="text"/> in order, each at least <paramref name="minLength"/> characters long
    /// (the last may be shorter) and ending after a paragraph break; one range when the text has no break to cut at.
    /// </summary>
    public static List<(int Start, int End)> Split(ReadOnlySpan<char> text, int minLength)
    {
        var ranges = new List<(int Start, int End)>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.Length - start > minLength ? AfterParagraphBreak(text, start + minLength) : text.Length;
            ranges.Add((start, end));
            start = end;
        }

        return ranges;
    }

    // The offset just after the first paragraph break at or after `from`, or the text's end when there is none.
    private static int AfterParagraphBreak(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var found = text.Slice(i).IndexOfAny('\n', '\u2029');
            if (found < 0)
            {
                break;
            }

            i += found;
            if (Window.IsParagraphBreak(text, i))
            {
                return i + 1;
            }
        }

        return text.Length;
    }
}
