using System;
using System.Collections.Generic;

namespace Citaties.Documents;

/// <summary>
/// Turns offsets into 1-based line and column numbers and back; "\r\n", "\n" and "\r" each end a line, and in the
/// text of a Word document also U+2029, which separates its paragraphs. Columns count UTF-16 code units.
/// </summary>
public sealed class LineMap
{
    private readonly List<int> lineStarts = new() { 0 };
    private readonly string text;

    /// <summary>
    /// Indexes the line starts of <paramref name="text"/>; <paramref name="paragraphSeparatorEndsLine"/> for the
    /// extracted text of a Word document, where each paragraph is a line.
    /// </summary>
    public LineMap(string text, bool paragraphSeparatorEndsLine = false)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        this.text = text;
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

    /// <summary>The number of lines (an empty text has one).</summary>
    public int LineCount => lineStarts.Count;

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

    /// <summary>
    /// The offset of <paramref name="line"/> and <paramref name="column"/> (both from 1). As LSP asks, a column
    /// past the end of its line gives the end of that line (before its line break), a line past the end the end
    /// of the text.
    /// </summary>
    public int OffsetOf(int line, int column)
    {
        if (line < 1)
        {
            return 0;
        }

        if (line > lineStarts.Count)
        {
            return text.Length;
        }

        var start = lineStarts[line - 1];
        var end = line < lineStarts.Count ? lineStarts[line] : text.Length;
        if (end > start && line < lineStarts.Count)
        {
            // Step back over the line break that ends this line ("\r\n" is one break of two code units).
            end -= end - 2 >= start && text[end - 2] == '\r' && text[end - 1] == '\n' ? 2 : 1;
        }

        return Math.Min(start + Math.Max(column - 1, 0), end);
    }
}
