using Citaties.Documents;
using Citaties.Model;
using Citaties.LanguageServer.Protocol;

namespace Citaties.LanguageServer.Features;

/// <summary>
/// LSP ranges from the library's regions: lines and columns from 1 become lines and characters from 0. The library's
/// columns count UTF-16 code units, as LSP's characters do, so a character outside the BMP counts two in both.
/// </summary>
internal static class Ranges
{
    /// <summary>The range of a region of the document's own text.</summary>
    public static Range Of(SourceRegion region) =>
        new(new Position(region.StartLine - 1, region.StartColumn - 1), new Position(region.EndLine - 1, region.EndColumn - 1));

    /// <summary>The range of <paramref name="sourceSpan"/>, offsets in the document's own text.</summary>
    public static Range Of(SourceText text, TextSpan sourceSpan) => Of(text.LocateInSource(sourceSpan));

    /// <summary>True when the two ranges share a position (touching counts, as an editor's cursor at a word's end does).</summary>
    public static bool Touch(Range a, Range b) => !Before(a.End, b.Start) && !Before(b.End, a.Start);

    /// <summary>True when <paramref name="position"/> lies in <paramref name="range"/>, both ends included.</summary>
    public static bool Contains(Range range, Position position) => !Before(position, range.Start) && !Before(range.End, position);

    private static bool Before(Position a, Position b) => a.Line < b.Line || (a.Line == b.Line && a.Character < b.Character);
}
