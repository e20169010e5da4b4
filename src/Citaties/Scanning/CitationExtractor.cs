using System;
using System.Collections.Generic;
using Citaties.Model;
using Sprache;

namespace Citaties.Scanning;

/// <summary>
/// The extraction loop: the anchor scanner proposes positions, each family's cheap test filters them, and
/// only then the family's grammar runs on a bounded window. Never runs a parser over the whole text.
/// </summary>
internal sealed class CitationExtractor
{
    private readonly AnchorScanner scanner;

    public CitationExtractor(IReadOnlyList<CitationFamily> families)
    {
        Families = families;
        scanner = new AnchorScanner(families);
    }

    /// <summary>The extractor over every registered family.</summary>
    public static CitationExtractor Default { get; } = new(FamilyRegistry.All);

    public IReadOnlyList<CitationFamily> Families { get; }

    public AnchorScanner Scanner => scanner;

    /// <summary>Every citation in <paramref name="text"/>, in text order, none overlapping.</summary>
    public IReadOnlyList<Citation> Extract(string text)
    {
        List<Citation>? found = null;
        var span = text.AsSpan();
        var position = 0;
        while ((position = scanner.NextCandidate(span, position)) >= 0)
        {
            var match = ParseAt(text, position);
            if (match is null)
            {
                position++;
                continue;
            }

            found ??= new List<Citation>();
            var end = position + 1;
            foreach (var citation in match)
            {
                found.Add(citation);
                end = Math.Max(end, citation.Span.End);
            }

            position = end;
        }

        return found is null ? Array.Empty<Citation>() : found;
    }

    /// <summary>
    /// The citations of the first family whose grammar accepts a match starting at <paramref name="position"/>,
    /// with spans in source offsets and in text order.
    /// </summary>
    public IReadOnlyList<Citation>? ParseAt(string text, int position)
    {
        var span = text.AsSpan();
        var anchors = scanner.AnchorsAt(span, position);
        var wordStart = position == 0 || !char.IsLetterOrDigit(span[position - 1]);
        foreach (var anchor in anchors)
        {
            foreach (var family in anchor.Families)
            {
                if (family.AnchorNeedsWordStart && !wordStart)
                {
                    continue;
                }

                if (!family.IsPlausible(span, position, anchor.Text.Length))
                {
                    continue;
                }

                var window = Window.Create(span, position, family.MaxLength);
                var result = family.Parser(new Input(window.Text));
                if (!result.WasSuccessful)
                {
                    continue;
                }

                var consumed = result.Remainder.Position;
                while (consumed > 0 && window.Text[consumed - 1] == ' ')
                {
                    consumed--;
                }

                if (consumed == 0)
                {
                    continue;
                }

                return ToSource(result.Value, window, consumed, text);
            }
        }

        return null;
    }

    /// <summary>
    /// Maps window-relative spans to source offsets and fills in <see cref="Citation.Text"/>. A citation
    /// with the default span covers the whole match of <paramref name="consumed"/> window characters.
    /// </summary>
    internal static IReadOnlyList<Citation> ToSource(IReadOnlyList<Citation> citations, Window window, int consumed, string text)
    {
        var mapped = new Citation[citations.Count];
        for (var i = 0; i < mapped.Length; i++)
        {
            var citation = citations[i];
            var span = citation.Span == default ? new TextSpan(0, consumed) : citation.Span;
            var start = window.SourceOffset(span.Start);
            var end = window.SourceEndOf(span.End);
            mapped[i] = citation with
            {
                Span = TextSpan.FromBounds(start, end),
                Text = text.Substring(start, end - start),
            };
        }

        if (mapped.Length > 1)
        {
            Array.Sort(mapped, (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        }

        return mapped;
    }
}
