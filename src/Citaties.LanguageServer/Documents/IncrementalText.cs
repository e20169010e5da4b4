using System;
using System.Collections.Generic;
using Citaties.Documents;
using Citaties.LanguageServer.Protocol;

namespace Citaties.LanguageServer.Documents;

/// <summary>
/// Applies the changes of <c>textDocument/didChange</c> to a text. Positions are 0-based lines and UTF-16 code
/// units, which is what .NET strings count; the library's <see cref="LineMap"/> ends lines where LSP does (at
/// <c>\r\n</c>, <c>\n</c> and <c>\r</c>, not at U+2028) and clamps a character past the end of its line to that end.
/// </summary>
internal static class IncrementalText
{
    /// <summary><paramref name="text"/> with <paramref name="changes"/> made in order; a change without a range replaces everything.</summary>
    public static string Apply(string text, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        foreach (var change in changes)
        {
            text = Apply(text, change);
        }

        return text;
    }

    private static string Apply(string text, TextDocumentContentChangeEvent change)
    {
        var newText = change.Text ?? string.Empty;
        if (change.Range is not { } range)
        {
            return newText;
        }

        var lines = new LineMap(text);
        var start = OffsetOf(lines, range.Start);
        var end = Math.Max(start, OffsetOf(lines, range.End));
        return string.Concat(text.AsSpan(0, start), newText, text.AsSpan(end));
    }

    /// <summary>The offset of an LSP position; a negative line or character counts as the start (bad input never throws).</summary>
    public static int OffsetOf(LineMap lines, Position position) =>
        lines.OffsetOf(Math.Max(position.Line, 0) + 1, Math.Max(position.Character, 0) + 1);
}
