using System.Text.Json;

namespace Citaties.LanguageServer.Tests;

/// <summary>
/// Applies LSP text edits the way an editor does, written here independently of the server: lines end at
/// <c>\r\n</c>, <c>\n</c> or <c>\r</c>, characters count UTF-16 code units, edits of one change do not overlap.
/// </summary>
internal static class TextEditing
{
    public static string Apply(string text, JsonElement edits)
    {
        var located = edits.EnumerateArray()
            .Select(e => (Start: Offset(text, e.GetProperty("range").GetProperty("start")), End: Offset(text, e.GetProperty("range").GetProperty("end")), NewText: e.GetProperty("newText").GetString()!))
            .OrderByDescending(e => e.Start)
            .ToList();
        foreach (var (start, end, newText) in located)
        {
            text = text[..start] + newText + text[end..];
        }

        return text;
    }

    public static int Offset(string text, JsonElement position)
    {
        var line = position.GetProperty("line").GetInt32();
        var character = position.GetProperty("character").GetInt32();
        var offset = 0;
        for (var i = 0; i < line; i++)
        {
            var next = text.IndexOfAny(new[] { '\r', '\n' }, offset);
            offset = next + (text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? 2 : 1);
        }

        return offset + character;
    }

    /// <summary>An LSP range object.</summary>
    public static object Range(int startLine, int startCharacter, int endLine, int endCharacter) => new
    {
        start = new { line = startLine, character = startCharacter },
        end = new { line = endLine, character = endCharacter },
    };
}
