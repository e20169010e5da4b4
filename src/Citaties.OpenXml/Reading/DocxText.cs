using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.OpenXml.Reading;

/// <summary>
/// The text of a Word document as the scanner sees it: every story (body, footnotes, endnotes, comments,
/// headers, footers, in that order), paragraphs separated by <see cref="ParagraphSeparator"/>, with a map
/// from each character back to the element it came from. Deleted text, field codes and hidden text are
/// left out; inserted text is in.
/// </summary>
public sealed class DocxText
{
    /// <summary>
    /// U+2029 PARAGRAPH SEPARATOR between paragraphs: the scanner never lets a citation run across it, as no
    /// citation in Word runs from one paragraph into the next. A line break inside a paragraph is '\n'.
    /// </summary>
    public const char ParagraphSeparator = '\u2029';

    private readonly TextPiece[] pieces;
    private readonly DocxParagraph[] paragraphs;

    internal DocxText(string text, DocxParagraph[] paragraphs, TextPiece[] pieces)
    {
        Text = text;
        this.paragraphs = paragraphs;
        this.pieces = pieces;
    }

    /// <summary>The extracted text.</summary>
    public string Text { get; }

    /// <summary>Every paragraph, in the order of the text.</summary>
    public IReadOnlyList<DocxParagraph> Paragraphs => paragraphs;

    /// <summary>Every piece of the map, in the order of the text.</summary>
    public IReadOnlyList<TextPiece> Pieces => pieces;

    /// <summary>The paragraph whose text contains <paramref name="offset"/> (or ends at it), or null between stories.</summary>
    public DocxParagraph? ParagraphAt(int offset)
    {
        int lo = 0, hi = paragraphs.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var span = paragraphs[mid].Span;
            if (offset < span.Start)
            {
                hi = mid - 1;
            }
            else if (offset > span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return paragraphs[mid];
            }
        }

        return null;
    }

    /// <summary>The pieces that overlap <paramref name="span"/>, in order.</summary>
    public IReadOnlyList<TextPiece> PiecesIn(TextSpan span)
    {
        var result = new List<TextPiece>();
        var index = FirstPieceEndingAfter(span.Start);
        for (var i = index; i < pieces.Length && pieces[i].TextStart < span.End; i++)
        {
            result.Add(pieces[i]);
        }

        return result;
    }

    private int FirstPieceEndingAfter(int offset)
    {
        int lo = 0, hi = pieces.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (pieces[mid].TextEnd <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return Math.Min(lo, pieces.Length);
    }
}
