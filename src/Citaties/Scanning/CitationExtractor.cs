using System;
using System.Collections.Generic;
using System.Linq;
using Citaties.Kinds;
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
    public static CitationExtractor Default { get; } = new(KindRegistry.Families);

    /// <summary>The extractor for the text of a law: also articles without a number (<see cref="KindRegistry.LawTextFamilies"/>).</summary>
    public static CitationExtractor InsideLaw => InsideLawExtractor.Value;

    // Built on first use: most texts have no context law, and building a scanner is work at every start (the analyzer's too).
    private static readonly Lazy<CitationExtractor> InsideLawExtractor = new(() => new CitationExtractor(KindRegistry.LawTextFamilies));

    /// <summary>The extractor for a text extracted with <paramref name="options"/>: <see cref="InsideLaw"/> when they give a context law.</summary>
    public static CitationExtractor For(ExtractOptions options) => options.ContextLaw is null ? Default : InsideLaw;

    public IReadOnlyList<CitationFamily> Families { get; }

    /// <summary>The scanner over the families whose citations start at their anchor.</summary>
    public AnchorScanner Scanner => scanner;

    /// <summary>The scanner over the families with a <see cref="CitationFamily.LookBehind"/>, or null when there are none.</summary>
    public AnchorScanner? LookBehindScanner => lookBehindScanner;

    /// <summary>
    /// Every citation in <paramref name="text"/>, in text order. Citations of one pass never overlap, except the
    /// ECLI and LJN that a case citation holds, which are returned after it with their own spans; those of
    /// look-behind families (definitions) may overlap the others, e.g. the article citation they follow.
    /// </summary>
    public IReadOnlyList<Citation> Extract(string text) => Extract(text, null, 1);

    /// <summary>
    /// As <see cref="Extract(string)"/>, on up to <paramref name="parallelism"/> threads for a large text
    /// (<see cref="ExtractOptions.Parallelism"/>); the result is the same on any number.
    /// </summary>
    public IReadOnlyList<Citation> Extract(string text, int parallelism) => Extract(text, null, parallelism);

    /// <summary>
    /// As <see cref="Extract(string, int)"/>, and also the near misses: places where a grammar read past its anchor
    /// and through a number before it failed (CIT0001). Only this call pays for collecting them.
    /// </summary>
    public ExtractionResult ExtractWithNearMisses(string text, int parallelism = 1)
    {
        var misses = new List<NearMiss>();
        return new ExtractionResult(Extract(text, misses, parallelism), misses);
    }

    /// <summary>
    /// As <see cref="ExtractWithNearMisses(string, int)"/>, for the anchors from <paramref name="from"/> up to <paramref name="to"/>
    /// only, every check still seeing the whole text. For a range of whole paragraphs this finds exactly what the whole
    /// text's extraction finds in them, as no citation runs over a paragraph break (<see cref="ParagraphExtractions"/>).
    /// </summary>
    public ExtractionResult ExtractWithNearMisses(string text, int from, int to)
    {
        var misses = new List<NearMiss>();
        var (found, behind) = ScanRange(text, from, to, misses);
        return new ExtractionResult(Joined(found, behind), misses);
    }

    /// <summary>
    /// As <see cref="ExtractWithNearMisses(string, int)"/>, on <paramref name="threads"/> threads with pieces of at least
    /// <paramref name="pieceLength"/> characters: for the tests, which cut many more pieces than a real run does.
    /// </summary>
    internal ExtractionResult ExtractInPieces(string text, int threads, int pieceLength)
    {
        var misses = new List<NearMiss>();
        var (found, behind) = ScanInPieces(text, threads, pieceLength, misses);
        return new ExtractionResult(Joined(found, behind), misses);
    }

    private IReadOnlyList<Citation> Extract(string text, List<NearMiss>? misses, int parallelism)
    {
        var threads = ParallelScan.Threads(text.Length, parallelism);
        var (found, behind) = threads > 1
            ? ScanInPieces(text, threads, ParallelScan.PieceLength(text.Length, threads), misses)
            : ScanRange(text, 0, text.Length, misses);
        return Joined(found, behind);
    }

    // Its own method: the lambda's closure would otherwise be allocated on every call, also on one thread.
    private (List<Citation>? Found, List<Citation>? Behind) ScanInPieces(string text, int threads, int pieceLength, List<NearMiss>? misses) =>
        ParallelScan.Run(text, threads, pieceLength, misses, (start, end, pieceMisses) => ScanRange(text, start, end, pieceMisses));

    // The citations of both passes in one list in text order, without those outranked by an overlap.
    private static IReadOnlyList<Citation> Joined(List<Citation>? found, List<Citation>? behind)
    {
        if (behind is null)
        {
            return found ?? (IReadOnlyList<Citation>)Array.Empty<Citation>();
        }

        return WithoutOutranked(found is null ? InTextOrder(behind) : Merge(found, InTextOrder(behind)));
    }

    /// <summary>
    /// The citations of both passes that start in [<paramref name="start"/>, <paramref name="end"/>), the look-behind
    /// ones in the order found; null for a pass that found none.
    /// </summary>
    private (List<Citation>? Found, List<Citation>? Behind) ScanRange(string text, int start, int end, List<NearMiss>? misses)
    {
        var found = Scan(text, start, end, scanner, misses);
        var behind = lookBehindScanner is null ? null : Scan(text, start, end, lookBehindScanner, null, found);
        return (found, behind);
    }

    /// <summary>
    /// The look-behind citations by where they start: each family's citations begin before their anchors, so a law
    /// named alone may begin before a definition whose bracket comes earlier in the text.
    /// </summary>
    private static List<Citation> InTextOrder(List<Citation> citations)
    {
        for (var i = 1; i < citations.Count; i++)
        {
            if (citations[i].Span.Start < citations[i - 1].Span.Start)
            {
                // Stable, so the citations of one match keep their order.
                return citations.OrderBy(c => c.Span.Start).ToList();
            }
        }

        return citations;
    }

    /// <summary>
    /// <paramref name="citations"/> (in text order) without those that <see cref="Citation.GivesWayToOverlap"/> and
    /// overlap another citation: the law an article citation or a definition names is part of it.
    /// </summary>
    private static List<Citation> WithoutOutranked(List<Citation> citations)
    {
        List<Citation>? kept = null;
        var reach = 0;
        for (var i = 0; i < citations.Count; i++)
        {
            var citation = citations[i];
            var outranked = citation.GivesWayToOverlap && (reach > citation.Span.Start || OverlapsNext(citations, i));
            if (outranked)
            {
                kept ??= citations.GetRange(0, i);
                continue;
            }

            kept?.Add(citation);
            if (!citation.GivesWayToOverlap)
            {
                reach = Math.Max(reach, citation.Span.End);
            }
        }

        return kept ?? citations;
    }

    // A later citation that does not give way and starts inside this one (citations are in order of start).
    private static bool OverlapsNext(List<Citation> citations, int index)
    {
        var end = citations[index].Span.End;
        for (var k = index + 1; k < citations.Count && citations[k].Span.Start < end; k++)
        {
            if (!citations[k].GivesWayToOverlap)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The citations of the first family whose grammar accepts a match at <paramref name="position"/>,
    /// with spans in source offsets and in text order.
    /// </summary>
    public IReadOnlyList<Citation>? ParseAt(string text, int position) => ParseAt(text, position, scanner);

    /// <summary>
    /// True when some anchor of <paramref name="text"/> passes its family's cheap check, so that a grammar would be
    /// run there; false means <see cref="ExtractWithNearMisses(string, int)"/> finds neither a citation nor a near miss. Allocates
    /// nothing.
    /// </summary>
    public bool HasPlausibleAnchor(ReadOnlySpan<char> text) =>
        HasPlausibleAnchor(text, scanner) || (lookBehindScanner is { } behind && HasPlausibleAnchor(text, behind));

    private static bool HasPlausibleAnchor(ReadOnlySpan<char> text, AnchorScanner over)
    {
        for (var position = over.NextCandidate(text, 0); position >= 0; position = over.NextCandidate(text, position + 1))
        {
            var wordStart = AnchorScanner.IsWordStart(text, position);
            foreach (var anchor in over.AnchorsAt(text, position))
            {
                var anchorLength = anchor.LengthAt(text, position);
                if (anchorLength < 0)
                {
                    continue;
                }

                foreach (var family in anchor.Families)
                {
                    if ((wordStart || !family.AnchorNeedsWordStart) && family.IsPlausible(text, position, anchorLength))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>As <see cref="ParseAt(string, int)"/>, for the families of <paramref name="over"/>.</summary>
    public static IReadOnlyList<Citation>? ParseAt(string text, int position, AnchorScanner over)
    {
        NearMiss? ignored = null;
        return ParseAt(text, position, over, false, ref ignored);
    }

    /// <summary>
    /// As <see cref="ParseAt(string, int, AnchorScanner)"/>; when <paramref name="wantMiss"/> is set and no family
    /// matches, <paramref name="miss"/> receives the failure that got furthest, if it counts as a near miss.
    /// </summary>
    private static IReadOnlyList<Citation>? ParseAt(string text, int position, AnchorScanner over, bool wantMiss, ref NearMiss? miss, bool covered = false)
    {
        var span = text.AsSpan();
        var anchors = over.AnchorsAt(span, position);
        var wordStart = AnchorScanner.IsWordStart(span, position);
        foreach (var anchor in anchors)
        {
            var anchorLength = anchor.LengthAt(span, position);
            if (anchorLength < 0)
            {
                continue;
            }

            foreach (var family in anchor.Families)
            {
                if ((family.AnchorNeedsWordStart && !wordStart) || (covered && family.LookBehind is { GivesWay: true }))
                {
                    continue;
                }

                if (!family.IsPlausible(span, position, anchorLength))
                {
                    continue;
                }

                var match = family.LookBehind is null
                    ? Match(family, text, position, anchorLength, wantMiss, ref miss)
                    : MatchLookingBehind(family, family.LookBehind, text, position);
                if (match is not null)
                {
                    return match;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The citations <paramref name="family"/>'s grammar finds at <paramref name="position"/> (its cheap check
    /// already passed), or null; for the benchmark project's per-family profile.
    /// </summary>
    internal static IReadOnlyList<Citation>? ParseAtFamily(string text, int position, int anchorLength, CitationFamily family)
    {
        NearMiss? miss = null;
        return family.LookBehind is null
            ? Match(family, text, position, anchorLength, false, ref miss)
            : MatchLookingBehind(family, family.LookBehind, text, position);
    }

    /// <summary>
    /// The citations of the families of <paramref name="over"/> that start at an anchor in [<paramref name="start"/>,
    /// <paramref name="end"/>) of <paramref name="text"/>; every check still sees the whole text. Inside a citation of
    /// <paramref name="earlier"/> (the first pass, in text order), families whose look-behind gives way
    /// (<see cref="LookBehind.GivesWay"/>) are not tried: what they would find there is dropped anyway.
    /// </summary>
    private static List<Citation>? Scan(string text, int start, int end, AnchorScanner over, List<NearMiss>? misses, List<Citation>? earlier = null)
    {
        List<Citation>? found = null;
        var span = text.AsSpan();
        var position = start;
        var missEnd = 0;
        var next = 0;
        var coveredUntil = 0;
        while ((position = over.NextCandidate(span, position)) >= 0 && position < end)
        {
            while (earlier is not null && next < earlier.Count && earlier[next].Span.Start <= position)
            {
                coveredUntil = Math.Max(coveredUntil, earlier[next++].Span.End);
            }

            NearMiss? miss = null;
            var match = ParseAt(text, position, over, misses is not null, ref miss, position < coveredUntil);
            if (match is null)
            {
                // A near miss hides any other starting inside it: the text is one broken citation.
                if (miss is { } m && position >= missEnd)
                {
                    misses!.Add(m);
                    missEnd = m.Span.End;
                }

                position++;
                continue;
            }

            found ??= new List<Citation>();
            var after = position + 1;
            foreach (var citation in match)
            {
                found.Add(citation);
                after = Math.Max(after, citation.Span.End);
            }

            position = after;
        }

        return found;
    }

    private static IReadOnlyList<Citation>? Match(CitationFamily family, string text, int position, int anchorLength, bool wantMiss, ref NearMiss? miss)
    {
        var maxLength = family.MaxLength;
        for (var grown = 0; ; grown++)
        {
            var window = Window.Create(text.AsSpan(), position, maxLength);
            var consumed = Read(family, window.Text, out var citations, out var failure);
            if (consumed == 0)
            {
                if (wantMiss && failure is not null && AsNearMiss(family, failure, window, position + anchorLength, text) is { } found
                    && (miss is null || found.Span.End > miss.Value.Span.End))
                {
                    miss = found;
                }

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

            return ToSource(citations, window, consumed, text);
        }
    }

    /// <summary>
    /// A failed parse counts as a near miss only when the grammar committed to a citation: it read past the
    /// anchor word and through at least one digit (a year, a dossier), and the last thing it read was a word or
    /// label that asks for more (<c>nr.</c>, <c>nr</c>, <c>p.</c>), not a number a sentence may go on from, with or
    /// without a comma (<c>in de Kamerstukken II 2019/20, die ...</c>). A word the grammar was reading when it failed is not counted
    /// as read. The window ending before the text does says nothing, nor does a failure at the anchor itself.
    /// </summary>
    private static NearMiss? AsNearMiss(CitationFamily family, IResult<IReadOnlyList<Citation>> failure, Window window, int anchorEnd, string text)
    {
        var stop = failure.Remainder.Position;
        var windowText = window.Text;
        if (stop >= windowText.Length && window.SourceEnd < text.Length)
        {
            return null;
        }

        var anchorEndIndex = window.IndexAt(anchorEnd);
        var end = Math.Min(stop, windowText.Length);
        if (end < windowText.Length && char.IsLetterOrDigit(windowText[end]))
        {
            while (end > anchorEndIndex && char.IsLetterOrDigit(windowText[end - 1]))
            {
                end--;
            }
        }

        while (end > anchorEndIndex && windowText[end - 1] is ' ' or ',')
        {
            end--;
        }

        if (end <= anchorEndIndex + 1
            || char.IsDigit(windowText[end - 1])
            || windowText.IndexOfAny(Digits, anchorEndIndex, end - anchorEndIndex) < 0)
        {
            return null;
        }

        var start = window.SourceOffset(0);
        return new NearMiss(TextSpan.FromBounds(start, window.SourceEndOf(end)), family.Name, failure.Expectations.ToArray());
    }

    private static readonly char[] Digits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

    private static IReadOnlyList<Citation>? MatchLookingBehind(CitationFamily family, LookBehind lookBehind, string text, int position)
    {
        var span = text.AsSpan();
        var start = Math.Max(0, position - lookBehind.MaxLength);
        while (start > 0 && start < position && !char.IsWhiteSpace(span[start - 1]))
        {
            start++;
        }

        start = Window.ParagraphStartBefore(span, start, position);

        var window = Window.Create(span, start, position - start + family.MaxLength);
        var anchorIndex = window.IndexAt(position);
        var fromAnchor = anchorIndex == 0 ? window.Text : window.Text.Substring(anchorIndex);
        var consumed = Read(family, fromAnchor, out var value, out _);
        if (consumed == 0)
        {
            return null;
        }

        var parsed = new Citation[value.Count];
        for (var i = 0; i < parsed.Length; i++)
        {
            var citation = value[i];
            var relative = citation.Span == default ? new TextSpan(0, consumed) : citation.Span;
            parsed[i] = citation with { Span = new TextSpan(relative.Start + anchorIndex, relative.Length) };
        }

        var resolved = lookBehind.Step(window.Text, anchorIndex, parsed);
        return resolved is null || resolved.Count == 0 ? null : ToSource(resolved, window, anchorIndex + consumed, text);
    }

    /// <summary>
    /// Reads a citation at the start of <paramref name="window"/>: with the family's fast path when it recognises one,
    /// else with its grammar. Returns the window characters consumed (trailing spaces excluded), 0 when nothing was
    /// read; then <paramref name="failure"/> holds the grammar's failure.
    /// </summary>
    private static int Read(CitationFamily family, string window, out IReadOnlyList<Citation> citations, out IResult<IReadOnlyList<Citation>>? failure)
    {
        failure = null;
        if (family.FastPath is { } fast && fast(window, out citations, out var end))
        {
            return Trimmed(end, window);
        }

        var result = family.Parser(WindowInput.Start(window));
        var consumed = Consumed(result, window);
        citations = consumed > 0 ? result.Value : Array.Empty<Citation>();
        failure = result.WasSuccessful ? null : result;
        return consumed;
    }

    // The window characters a successful match consumed, trailing spaces excluded; 0 when it failed.
    internal static int Consumed(IResult<IReadOnlyList<Citation>> result, string windowText) =>
        result.WasSuccessful ? Trimmed(result.Remainder.Position, windowText) : 0;

    // A match that ends at window index end, without the trailing spaces it read.
    internal static int Trimmed(int end, string windowText)
    {
        while (end > 0 && windowText[end - 1] == ' ')
        {
            end--;
        }

        return end;
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
