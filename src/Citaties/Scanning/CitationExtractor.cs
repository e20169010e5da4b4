using System;
using System.Collections.Generic;
using System.Linq;
using Citaties.Model;
using Sprache;

namespace Citaties.Scanning;

/// <summary>
/// The extraction loop: the anchor scanner proposes positions, each family's cheap test filters them, and
/// only then the family's grammar runs on a bounded window. Never runs a parser over the whole text.
/// </summary>
internal sealed class CitationExtractor
{
    // How close to the end of a cut window a match must reach to be read again in a larger one, how much
    // larger, and how often (240 characters grow to 960 and 3,840).
    private const int GrowthMargin = 80;
    private const int GrowthFactor = 4;
    private const int MaxGrowths = 2;

    private readonly AnchorScanner scanner;

    // Families whose citations begin before their anchor, scanned in a pass of their own (may be null).
    private readonly AnchorScanner? lookBehindScanner;

    public CitationExtractor(IReadOnlyList<CitationFamily> families)
    {
        Families = families;
        scanner = new AnchorScanner(families.Where(f => f.LookBehind is null));
        var lookBehindFamilies = families.Where(f => f.LookBehind is not null).ToArray();
        lookBehindScanner = lookBehindFamilies.Length == 0 ? null : new AnchorScanner(lookBehindFamilies);
    }

    /// <summary>The extractor over every registered family.</summary>
    public static CitationExtractor Default { get; } = new(FamilyRegistry.All);

    public IReadOnlyList<CitationFamily> Families { get; }

    /// <summary>The scanner over the families whose citations start at their anchor.</summary>
    public AnchorScanner Scanner => scanner;

    /// <summary>The scanner over the families with a <see cref="CitationFamily.LookBehind"/>, or null when there are none.</summary>
    public AnchorScanner? LookBehindScanner => lookBehindScanner;

    /// <summary>
    /// Every citation in <paramref name="text"/>, in text order. Citations of one pass never overlap; those
    /// of look-behind families (definitions) may overlap the others, e.g. the article citation they follow.
    /// </summary>
    public IReadOnlyList<Citation> Extract(string text)
    {
        var found = Scan(text, scanner);
        if (lookBehindScanner is null)
        {
            return found ?? (IReadOnlyList<Citation>)Array.Empty<Citation>();
        }

        var behind = Scan(text, lookBehindScanner);
        if (behind is null || found is null)
        {
            return found ?? behind ?? (IReadOnlyList<Citation>)Array.Empty<Citation>();
        }

        return Merge(found, behind);
    }

    /// <summary>
    /// The citations of the first family whose grammar accepts a match at <paramref name="position"/>,
    /// with spans in source offsets and in text order.
    /// </summary>
    public IReadOnlyList<Citation>? ParseAt(string text, int position) => ParseAt(text, position, scanner);

    /// <summary>As <see cref="ParseAt(string, int)"/>, for the families of <paramref name="over"/>.</summary>
    public static IReadOnlyList<Citation>? ParseAt(string text, int position, AnchorScanner over)
    {
        var span = text.AsSpan();
        var anchors = over.AnchorsAt(span, position);
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

                var match = family.LookBehind is null ? Match(family, text, position) : MatchLookingBehind(family, family.LookBehind, text, position);
                if (match is not null)
                {
                    return match;
                }
            }
        }

        return null;
    }

    private static List<Citation>? Scan(string text, AnchorScanner over)
    {
        List<Citation>? found = null;
        var span = text.AsSpan();
        var position = 0;
        while ((position = over.NextCandidate(span, position)) >= 0)
        {
            var match = ParseAt(text, position, over);
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

        return found;
    }

    private static IReadOnlyList<Citation>? Match(CitationFamily family, string text, int position)
    {
        var maxLength = family.MaxLength;
        for (var grown = 0; ; grown++)
        {
            var window = Window.Create(text.AsSpan(), position, maxLength);
            var result = family.Parser(new Input(window.Text));
            var consumed = Consumed(result, window.Text);
            if (consumed == 0)
            {
                return null;
            }

            // A match that runs into the end of a cut window may have been cut by it: a long enumeration of
            // articles whose law comes after the window ("de artikelen 300, 301, ... en 346 van het Wetboek van
            // Strafvordering"). Read it again in a larger window; only such matches pay, and a match that fills
            // the larger window too moves the scan past it, so the work stays linear in the text.
            if (grown < MaxGrowths && window.SourceEnd < text.Length && consumed > window.Text.Length - GrowthMargin)
            {
                maxLength *= GrowthFactor;
                continue;
            }

            return ToSource(result.Value, window, consumed, text);
        }
    }

    private static IReadOnlyList<Citation>? MatchLookingBehind(CitationFamily family, LookBehind lookBehind, string text, int position)
    {
        var span = text.AsSpan();
        var start = Math.Max(0, position - lookBehind.MaxLength);
        while (start > 0 && start < position && !char.IsWhiteSpace(span[start - 1]))
        {
            start++;
        }

        var window = Window.Create(span, start, position - start + family.MaxLength);
        var anchorIndex = window.IndexAt(position);
        var fromAnchor = anchorIndex == 0 ? window.Text : window.Text.Substring(anchorIndex);
        var result = family.Parser(new Input(fromAnchor));
        var consumed = Consumed(result, fromAnchor);
        if (consumed == 0)
        {
            return null;
        }

        var parsed = new Citation[result.Value.Count];
        for (var i = 0; i < parsed.Length; i++)
        {
            var citation = result.Value[i];
            var relative = citation.Span == default ? new TextSpan(0, consumed) : citation.Span;
            parsed[i] = citation with { Span = new TextSpan(relative.Start + anchorIndex, relative.Length) };
        }

        var resolved = lookBehind.Step(window.Text, anchorIndex, parsed);
        return resolved is null || resolved.Count == 0 ? null : ToSource(resolved, window, anchorIndex + consumed, text);
    }

    // The window characters a successful match consumed, trailing spaces excluded; 0 when it failed.
    private static int Consumed(IResult<IReadOnlyList<Citation>> result, string windowText)
    {
        if (!result.WasSuccessful)
        {
            return 0;
        }

        var consumed = result.Remainder.Position;
        while (consumed > 0 && windowText[consumed - 1] == ' ')
        {
            consumed--;
        }

        return consumed;
    }

    private static List<Citation> Merge(List<Citation> first, List<Citation> second)
    {
        var merged = new List<Citation>(first.Count + second.Count);
        int i = 0, j = 0;
        while (i < first.Count || j < second.Count)
        {
            var takeFirst = j >= second.Count || (i < first.Count && first[i].Span.Start <= second[j].Span.Start);
            merged.Add(takeFirst ? first[i++] : second[j++]);
        }

        return merged;
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
            mapped[i] = (citation with
            {
                Span = TextSpan.FromBounds(start, end),
                Text = text.Substring(start, end - start),
            }).MapInnerSpans(inner => inner.Length == 0
                ? new TextSpan(Math.Max(0, window.SourceOffset(inner.Start) - start), 0)
                : TextSpan.FromBounds(window.SourceOffset(inner.Start) - start, window.SourceEndOf(inner.End) - start));
        }

        if (mapped.Length > 1)
        {
            Array.Sort(mapped, (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        }

        return mapped;
    }
}
