using System;

namespace Citaties.Analyzers.Texts;

/// <summary>
/// A text found in C# source (the value of a string literal, the words of a comment) with, for each of its
/// characters, the range of the source that wrote it: an escape sequence (<c>\u00e9</c>, <c>""</c>) covers several
/// source characters, raw-string indentation and comment markers none. Findings are mapped back through it, and
/// a fix is written back with <see cref="Escape"/>, the inverse of the reading.
/// </summary>
internal sealed class CodeText
{
    private readonly int[] partStarts;
    private readonly Func<string, string?>[] partEscapes;

    public CodeText(string value, int[] sourceStarts, int[] sourceEnds, TextRole role, int[] partStarts, Func<string, string?>[] partEscapes)
    {
        Value = value;
        SourceStarts = sourceStarts;
        SourceEnds = sourceEnds;
        Role = role;
        this.partStarts = partStarts;
        this.partEscapes = partEscapes;
    }

    /// <summary>The text as the program or the reader sees it.</summary>
    public string Value { get; }

    /// <summary>For each character of <see cref="Value"/>, where its source starts (offsets in the file).</summary>
    public int[] SourceStarts { get; }

    /// <summary>For each character of <see cref="Value"/>, where its source ends (exclusive).</summary>
    public int[] SourceEnds { get; }

    public TextRole Role { get; }

    /// <summary>
    /// <paramref name="text"/> written as source of the part that holds character <paramref name="at"/> (escaped for
    /// a regular string, doubled quotes for a verbatim one, entities in a documentation comment; a concatenation
    /// has parts of several kinds); null when it cannot be written there at all.
    /// </summary>
    public string? Escape(int at, string text)
    {
        var part = partStarts.Length - 1;
        while (part > 0 && partStarts[part] > at)
        {
            part--;
        }

        return part < 0 ? null : partEscapes[part](text);
    }

    /// <summary>
    /// True when the characters from <paramref name="start"/> to <paramref name="end"/> were written one after the
    /// other, with nothing the text leaves out between them (no line prefix, indentation, tag or <c>" + "</c>), so
    /// that the source range can be replaced by the escaped new text without losing anything.
    /// </summary>
    public bool IsContiguous(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (SourceEnds[i] == SourceStarts[i] || (i + 1 < end && SourceEnds[i] != SourceStarts[i + 1]))
            {
                return false;
            }
        }

        return true;
    }
}
