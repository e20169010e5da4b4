using System.Collections.Generic;
using System.Linq;
using Citaties.OpenXml.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Citaties.OpenXml.Editing;

/// <summary>
/// Splits runs so that a span of the extracted text starts and ends on run boundaries, keeping the run
/// formatting on both halves. Works on the map of a <see cref="DocxText"/>; spans must be handled from the
/// end of the text to its start, so that the map stays valid for every span still to come.
/// </summary>
internal static class RunSplitter
{
    /// <summary>
    /// The runs that hold exactly the text of [start, end), in order, after splitting; empty when the span
    /// holds no run text (or crosses a paragraph).
    /// </summary>
    public static IReadOnlyList<Run> Isolate(DocxText text, int start, int end)
    {
        var startParagraph = text.ParagraphAt(start);
        var endParagraph = text.ParagraphAt(end);
        if (startParagraph is null || !ReferenceEquals(startParagraph, endParagraph) || end <= start)
        {
            return new List<Run>();
        }

        var pieces = text.PiecesIn(new Model.TextSpan(start, end - start));
        if (pieces.Count == 0)
        {
            return new List<Run>();
        }

        // Split at the end first: the map of everything before the end stays valid.
        SplitAt(pieces[pieces.Count - 1], end);
        var first = SplitAt(pieces[0], start);
        var runs = new List<Run>();
        if (first is not null)
        {
            runs.Add(first);
        }

        foreach (var piece in pieces.Skip(1))
        {
            if (piece.Element.Ancestors<Run>().FirstOrDefault() is { } run && !runs.Contains(run))
            {
                runs.Add(run);
            }
        }

        return runs;
    }

    /// <summary>Makes a run boundary at text offset <paramref name="offset"/> inside <paramref name="piece"/>; returns the run that starts there.</summary>
    private static Run? SplitAt(TextPiece piece, int offset)
    {
        var run = piece.Element.Ancestors<Run>().FirstOrDefault();
        if (run is null)
        {
            return null;
        }

        var local = offset - piece.TextStart;
        var element = piece.Element;
        if (local <= 0 && IsFirstContent(run, element))
        {
            return run;
        }

        if (local >= piece.Length && IsLastContent(run, element))
        {
            return null;
        }

        var tail = new Run();
        if (run.RunProperties is { } properties)
        {
            tail.Append(properties.CloneNode(true));
        }

        OpenXmlElement? moveFrom;
        if (element is Text t && local > 0 && local < piece.Length)
        {
            var cut = piece.ElementOffset + local;
            var rest = t.Text.Substring(cut);
            t.Text = t.Text.Substring(0, cut);
            t.Space = SpaceProcessingModeValues.Preserve;
            tail.Append(new Text(rest) { Space = SpaceProcessingModeValues.Preserve });
            moveFrom = element.NextSibling();
        }
        else
        {
            moveFrom = local <= 0 ? element : element.NextSibling();
        }

        while (moveFrom is not null)
        {
            var next = moveFrom.NextSibling();
            moveFrom.Remove();
            tail.Append(moveFrom);
            moveFrom = next;
        }

        run.InsertAfterSelf(tail);
        return tail;
    }

    private static bool IsFirstContent(Run run, OpenXmlElement element) =>
        ReferenceEquals(run.ChildElements.FirstOrDefault(e => e is not RunProperties), element);

    private static bool IsLastContent(Run run, OpenXmlElement element) =>
        ReferenceEquals(run.LastChild, element);
}
