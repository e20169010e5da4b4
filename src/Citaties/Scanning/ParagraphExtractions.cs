using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Scanning;

/// <summary>
/// The extraction of successive versions of one text, paragraph by paragraph: what each paragraph holds is kept by
/// its text, so a version that changed one paragraph reads only that one again. This gives exactly what extracting
/// the whole text gives, because no citation or near miss runs over a paragraph break (<see cref="Window"/> stops
/// every window at one, and a window that reaches back starts after one), and a paragraph's anchors are read with
/// the whole text around them (<see cref="CitationExtractor.ExtractWithNearMisses(string, int, int)"/>).
/// Paragraphs end after each paragraph break, as <see cref="TextChunks"/> cuts a text for parallel scans. Not thread-safe.
/// </summary>
internal sealed class ParagraphExtractions
{
    // What each paragraph of the last version held, by its text, with spans relative to the paragraph's start.
    private Dictionary<string, ExtractionResult> kept = new(StringComparer.Ordinal);

    /// <summary>How many paragraphs the last call read again (for tests and the benchmark).</summary>
    public int LastRead { get; private set; }

    /// <summary>The citations and near misses of <paramref name="text"/>, in text order.</summary>
    public ExtractionResult Extract(CitationExtractor extractor, string text)
    {
        var next = new Dictionary<string, ExtractionResult>(StringComparer.Ordinal);
        var citations = new List<Citation>();
        var misses = new List<NearMiss>();
        var read = 0;
        foreach (var (start, end) in TextChunks.Split(text.AsSpan(), 1))
        {
            var paragraph = text.Substring(start, end - start);
            if (!next.TryGetValue(paragraph, out var found) && !kept.TryGetValue(paragraph, out found))
            {
                found = Relative(extractor.ExtractWithNearMisses(text, start, end), start);
                read++;
            }

            next[paragraph] = found;
            foreach (var citation in found.Citations)
            {
                citations.Add(citation with { Span = new TextSpan(citation.Span.Start + start, citation.Span.Length) });
            }

            foreach (var miss in found.NearMisses)
            {
                misses.Add(miss with { Span = new TextSpan(miss.Span.Start + start, miss.Span.Length) });
            }
        }

        kept = next;
        LastRead = read;
        return new ExtractionResult(citations, misses);
    }

    private static ExtractionResult Relative(ExtractionResult found, int start)
    {
        if (start == 0)
        {
            return found;
        }

        var citations = new List<Citation>(found.Citations.Count);
        foreach (var citation in found.Citations)
        {
            citations.Add(citation with { Span = new TextSpan(citation.Span.Start - start, citation.Span.Length) });
        }

        var misses = new List<NearMiss>(found.NearMisses.Count);
        foreach (var miss in found.NearMisses)
        {
            misses.Add(miss with { Span = new TextSpan(miss.Span.Start - start, miss.Span.Length) });
        }

        return new ExtractionResult(citations, misses);
    }
}
