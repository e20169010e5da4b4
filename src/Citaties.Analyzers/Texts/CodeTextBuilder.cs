using System;
using System.Collections.Generic;
using System.Text;

namespace Citaties.Analyzers.Texts;

/// <summary>
/// Builds a <see cref="CodeText"/> character by character, each with the source range it came from, in parts
/// that each know how new text is written into them.
/// </summary>
internal sealed class CodeTextBuilder
{
    private readonly StringBuilder value = new();
    private readonly List<int> starts = new();
    private readonly List<int> ends = new();
    private readonly List<int> partStarts = new();
    private readonly List<Func<string, string?>> partEscapes = new();

    public int Length => value.Length;

    /// <summary>Starts a part of the text (one literal of a concatenation) written as <paramref name="escape"/> says.</summary>
    public void BeginPart(Func<string, string?> escape)
    {
        partStarts.Add(value.Length);
        partEscapes.Add(escape);
    }

    /// <summary>One character, written in the source from <paramref name="sourceStart"/> to <paramref name="sourceEnd"/>.</summary>
    public void Append(char c, int sourceStart, int sourceEnd)
    {
        value.Append(c);
        starts.Add(sourceStart);
        ends.Add(sourceEnd);
    }

    /// <summary>The characters <paramref name="from"/> to <paramref name="to"/> of <paramref name="source"/>, written as they are at <paramref name="sourceStart"/>.</summary>
    public void AppendVerbatim(string source, int from, int to, int sourceStart)
    {
        for (var i = from; i < to; i++)
        {
            Append(source[i], sourceStart + (i - from), sourceStart + (i - from) + 1);
        }
    }

    /// <summary>
    /// A character that the source does not write (a line break between two comment lines, the gap between two
    /// parts of a concatenation): it keeps citations from running across, and takes no source characters.
    /// </summary>
    public void AppendSeparator(char c, int at) => Append(c, at, at);

    public string ValueSince(int start) => value.ToString(start, value.Length - start);

    public CodeText Build(TextRole role) =>
        new(value.ToString(), starts.ToArray(), ends.ToArray(), role, partStarts.ToArray(), partEscapes.ToArray());
}
