using System;
using Citaties.Model;

namespace Citaties.Documents;

/// <summary>
/// A document's text as the scanner reads it, and the way back to the document's own text. For plain text the
/// two are the same string; for HTML the scanned text has the markup removed and every scanned code unit knows
/// the range of the source it came from (a decoded entity or a tag turned into a line break covers several).
/// Every front end locates findings through this one type: offsets, lines and columns of the source.
/// </summary>
public sealed class SourceText
{
    private readonly int[]? sourceStarts;
    private readonly int[]? sourceEnds;
    private readonly bool paragraphSeparatorEndsLine;
    private LineMap? lines;

    private SourceText(string source, string text, int[]? sourceStarts, int[]? sourceEnds, SourceEncoding? encoding, bool paragraphSeparatorEndsLine)
    {
        Source = source;
        Text = text;
        this.sourceStarts = sourceStarts;
        this.sourceEnds = sourceEnds;
        Encoding = encoding;
        this.paragraphSeparatorEndsLine = paragraphSeparatorEndsLine;
    }

    /// <summary>The document's own text (for a file: its bytes decoded).</summary>
    public string Source { get; }

    /// <summary>The text handed to the scanner; every span of a citation or a diagnostic is an offset into it.</summary>
    public string Text { get; }

    /// <summary>How the source's bytes were decoded, and so how fixed text is written back; null when it did not come from bytes.</summary>
    public SourceEncoding? Encoding { get; }

    /// <summary>True when the scanned text is the source itself, so spans need no mapping.</summary>
    public bool IsIdentity => sourceStarts is null;

    /// <summary>The line starts of <see cref="Source"/>, built on first use.</summary>
    public LineMap Lines => lines ??= new LineMap(Source, paragraphSeparatorEndsLine);

    /// <summary>Text that is scanned as it is.</summary>
    public static SourceText From(string text, SourceEncoding? encoding = null) =>
        new(text ?? throw new ArgumentNullException(nameof(text)), text, null, null, encoding, false);

    /// <summary>
    /// Text extracted from a structured document (a Word document) whose paragraphs are separated by U+2029:
    /// each paragraph counts as a line.
    /// </summary>
    public static SourceText FromParagraphs(string text) =>
        new(text ?? throw new ArgumentNullException(nameof(text)), text, null, null, null, true);

    /// <summary>
    /// Text derived from <paramref name="source"/>: <paramref name="sourceStarts"/> and <paramref name="sourceEnds"/>
    /// give, for each code unit of <paramref name="text"/>, the range of the source it came from.
    /// </summary>
    public static SourceText Mapped(string source, string text, int[] sourceStarts, int[] sourceEnds, SourceEncoding? encoding = null)
    {
        if (source is null || text is null || sourceStarts is null || sourceEnds is null)
        {
            throw new ArgumentNullException(source is null ? nameof(source) : text is null ? nameof(text) : nameof(sourceStarts));
        }

        if (sourceStarts.Length != text.Length || sourceEnds.Length != text.Length)
        {
            throw new ArgumentException("Every scanned code unit needs a source range.", nameof(sourceStarts));
        }

        return new SourceText(source, text, sourceStarts, sourceEnds, encoding, false);
    }

    /// <summary>The range of the source that <paramref name="span"/> of the scanned text came from.</summary>
    public TextSpan ToSource(TextSpan span)
    {
        if (sourceStarts is null || sourceEnds is null)
        {
            return span;
        }

        if (span.Length == 0)
        {
            var at = span.Start < sourceStarts.Length ? sourceStarts[span.Start] : Source.Length;
            return new TextSpan(at, 0);
        }

        return TextSpan.FromBounds(sourceStarts[span.Start], sourceEnds[span.End - 1]);
    }

    /// <summary>Where <paramref name="span"/> of the scanned text is in the source: offsets, lines and columns.</summary>
    public SourceRegion Locate(TextSpan span) => LocateInSource(ToSource(span));

    /// <summary>Lines and columns of <paramref name="sourceSpan"/>, a range of the source itself.</summary>
    public SourceRegion LocateInSource(TextSpan sourceSpan)
    {
        var start = Lines.Locate(sourceSpan.Start);
        var end = Lines.Locate(sourceSpan.End);
        return new SourceRegion(
            sourceSpan.Start,
            sourceSpan.Length,
            start.Line,
            start.Column,
            end.Line,
            end.Column,
            UnitColumn(sourceSpan.Start, start.Column),
            UnitColumn(sourceSpan.End, end.Column));
    }

    // The column counted in the source's own code units (bytes of UTF-8 or Windows-1252): what byte-oriented
    // editors and tools show. Without an encoding the source is UTF-16 and the two columns agree.
    private int UnitColumn(int offset, int column)
    {
        if (Encoding is null)
        {
            return column;
        }

        var lineStart = offset - (column - 1);
        return Encoding.UnitCount(Source, lineStart, column - 1) + 1;
    }
}
