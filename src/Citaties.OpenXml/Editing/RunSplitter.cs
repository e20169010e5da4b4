using System.Collections.Generic;
using System.Linq;
using Citaties.Model;
using Citaties.OpenXml.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Citaties.OpenXml.Editing;

/// <summary>
/// Splits runs so that offsets of the extracted text fall on run boundaries, keeping the run formatting on
/// both halves. Splits must be made from the end of the text to its start: a split only changes what lies
/// after it, so the map of a <see cref="DocxText"/> stays valid for every offset still to come.
/// </summary>
internal static class RunSplitter
{
    /// <summary>Makes a run boundary at <paramref name="offset"/> of <paramref name="text"/>.</summary>
    public static void SplitAt(DocxText text, int offset)
    {
        if (PieceAt(text, offset) is not { } piece)
        {
            return;
        }

        var run = piece.Element.Ancestors<Run>().FirstOrDefault();
        if (run is null)
        {
            return;
        }

        var local = offset - piece.TextStart;
        var element = piece.Element;
        if (local == 0 && ReferenceEquals(run.ChildElements.FirstOrDefault(e => e is not RunProperties), element))
        {
            return;
        }

        var tail = new Run();
        if (run.RunProperties is { } properties)
        {
            tail.Append(properties.CloneNode(true));
        }

        OpenXmlElement? moveFrom = element;
        if (local > 0 && element is Text t)
        {
            var cut = piece.ElementOffset + local;
            var rest = t.Text.Substring(cut);
            t.Text = t.Text.Substring(0, cut);
            t.Space = SpaceProcessingModeValues.Preserve;
            tail.Append(new Text(rest) { Space = SpaceProcessingModeValues.Preserve });
            moveFrom = element.NextSibling();
        }

        while (moveFrom is not null)
        {
            var next = moveFrom.NextSibling();
            moveFrom.Remove();
            tail.Append(moveFrom);
            moveFrom = next;
        }

        run.InsertAfterSelf(tail);
    }

    /// <summary>The runs whose text lies in <paramref name="span"/>, in order, once the span's ends are run boundaries.</summary>
    public static IReadOnlyList<Run> RunsIn(DocxText text, TextSpan span)
    {
        var runs = new List<Run>();
        foreach (var piece in text.PiecesIn(span))
        {
            if (piece.TextStart >= span.Start && piece.TextEnd <= span.End
                && piece.Element.Ancestors<Run>().FirstOrDefault() is { } run
                && (runs.Count == 0 || !ReferenceEquals(runs[runs.Count - 1], run)))
            {
                runs.Add(run);
            }
        }

        return runs;
    }

    private static TextPiece? PieceAt(DocxText text, int offset)
    {
        var pieces = text.PiecesIn(new TextSpan(offset, 1));
        return pieces.Count > 0 && pieces[0].TextStart <= offset && offset < pieces[0].TextEnd ? pieces[0] : null;
    }
}
