using Citaties.Cli.Output;
using Citaties.Model;

namespace Citaties.Cli.Linting;

/// <summary>
/// A range of a file's text: offsets and 1-based line and column of both ends (columns in UTF-16 code units;
/// the end is the position just after the last character, as SARIF counts it).
/// </summary>
internal readonly record struct SourceRegion(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The region of <paramref name="span"/> located with <paramref name="lines"/>.</summary>
    public static SourceRegion Of(TextSpan span, LineMap lines)
    {
        var (startLine, startColumn) = lines.Locate(span.Start);
        var (endLine, endColumn) = lines.Locate(span.End);
        return new SourceRegion(span.Start, span.Length, startLine, startColumn, endLine, endColumn);
    }
}
