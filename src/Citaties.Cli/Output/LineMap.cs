using System;
using System.Collections.Generic;

namespace Citaties.Cli.Output;

/// <summary>
/// Turns offsets into 1-based line and column numbers; "\r\n", "\n" and "\r" each end a line, and in the text of a
/// Word document also U+2029, which separates its paragraphs.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> lineStarts = new() { 0 };

    /// <summary>
    /// Indexes the line starts of <paramref name="text"/>; <paramref name="paragraphSeparatorEndsLine"/> for the
    /// extracted text of a Word document, where each paragraph is a line.
    /// </summary>
    public LineMap(string text, bool paragraphSeparatorEndsLine = false)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                lineStarts.Add(i + 1);
            }
            else if (c is '\n' or '\r' || (paragraphSeparatorEndsLine && c == '\u2029'))
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The line and column (both from 1; the column counts UTF-16 code units) of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            // Not a line start: the line is the one starting before it.
            index = ~index - 1;
        }

        index = Math.Max(0, index);
        return (index + 1, offset - lineStarts[index] + 1);
    }
}
