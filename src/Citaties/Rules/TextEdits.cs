using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Citaties.Model;

namespace Citaties.Rules;

/// <summary>
/// A set of non-overlapping replacements expressed in the coordinates of an original text, built up over
/// several rounds of fixing. A replacement made in a later round on the already edited text is mapped back
/// and merged with any earlier edit it touches, so the result is always "original span -> new text".
/// </summary>
internal sealed class TextEdits
{
    private readonly string original;
    private readonly List<Edit> edits = new(); // sorted by Start, non-overlapping

    public TextEdits(string original) => this.original = original;

    public IReadOnlyList<Edit> Edits => edits;

    /// <summary>The original text with every edit applied.</summary>
    public string Apply()
    {
        var builder = new StringBuilder(original.Length);
        var position = 0;
        foreach (var edit in edits)
        {
            builder.Append(original, position, edit.Start - position).Append(edit.Replacement);
            position = edit.End;
        }

        return builder.Append(original, position, original.Length - position).ToString();
    }

    /// <summary>Replaces <paramref name="span"/> of the CURRENT text (original with all edits applied).</summary>
    public void Replace(TextSpan span, string replacement, string ruleId)
    {
        // Walk the edits, tracking the offset between current and original coordinates, to find the first
        // and last edit that the span touches.
        var delta = 0;
        var first = -1;
        var last = -1;
        var deltaBeforeFirst = 0;
        for (var i = 0; i < edits.Count; i++)
        {
            var edit = edits[i];
            var currentStart = edit.Start + delta;
            var currentEnd = currentStart + edit.Replacement.Length;
            if (currentEnd < span.Start)
            {
                delta += edit.Replacement.Length - edit.Length;
                continue;
            }

            if (currentStart > span.End)
            {
                break;
            }

            if (first < 0)
            {
                first = i;
                deltaBeforeFirst = delta;
            }

            last = i;
            delta += edit.Replacement.Length - edit.Length;
        }

        if (first < 0)
        {
            var before = DeltaBefore(span.Start);
            Insert(new Edit(span.Start - before, span.End - before, replacement, new[] { ruleId }));
            return;
        }

        // Merge with the touched edits: the new edit covers their original ranges and the span's.
        var firstEdit = edits[first];
        var lastEdit = edits[last];
        var currentFirstStart = firstEdit.Start + deltaBeforeFirst;
        var deltaAfterLast = delta;
        var currentLastEnd = lastEdit.End + deltaAfterLast;
        var mergedCurrentStart = Math.Min(span.Start, currentFirstStart);
        var mergedCurrentEnd = Math.Max(span.End, currentLastEnd);
        var current = Apply();
        var newText = string.Concat(
            current.AsSpan(mergedCurrentStart, span.Start - mergedCurrentStart).ToString(),
            replacement,
            current.AsSpan(span.End, mergedCurrentEnd - span.End).ToString());
        var ids = new SortedSet<string>(StringComparer.Ordinal) { ruleId };
        for (var i = first; i <= last; i++)
        {
            ids.UnionWith(edits[i].RuleIds);
        }

        var originalStart = Math.Min(firstEdit.Start, span.Start - deltaBeforeFirst);
        var originalEnd = Math.Max(lastEdit.End, span.End - deltaAfterLast);
        edits.RemoveRange(first, last - first + 1);
        Insert(new Edit(originalStart, originalEnd, newText, ids.ToArray()));
    }

    private int DeltaBefore(int currentOffset)
    {
        var delta = 0;
        foreach (var edit in edits)
        {
            if (edit.Start + delta + edit.Replacement.Length > currentOffset)
            {
                break;
            }

            delta += edit.Replacement.Length - edit.Length;
        }

        return delta;
    }

    private void Insert(Edit edit)
    {
        var index = 0;
        while (index < edits.Count && edits[index].Start < edit.Start)
        {
            index++;
        }

        edits.Insert(index, edit);
    }

    /// <summary>A replacement of original[Start..End) by <see cref="Replacement"/>, made by the fixes of <see cref="RuleIds"/>.</summary>
    internal readonly record struct Edit(int Start, int End, string Replacement, IReadOnlyList<string> RuleIds)
    {
        public int Length => End - Start;
    }
}
