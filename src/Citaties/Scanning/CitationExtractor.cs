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
            var citation = ParseAt(text, position);
            if (citation is null)
            {
                position++;
                continue;
            }

            (found ??= new List<Citation>()).Add(citation);
            position = Math.Max(citation.Span.End, position + 1);
        }

        return found is null ? Array.Empty<Citation>() : found;
    }

    /// <summary>The first family whose grammar accepts a citation starting at <paramref name="position"/>.</summary>
    public Citation? ParseAt(string text, int position)
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

                var start = window.SourceOffset(0);
                var end = window.SourceEndOf(consumed);
                return result.Value with
                {
                    Span = TextSpan.FromBounds(start, end),
                    Text = text.Substring(start, end - start),
                };
            }
        }

        return null;
    }
}
