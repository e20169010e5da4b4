using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Citaties.Kinds;
using Citaties.Model;
using Citaties.Resolution;
using Citaties.Scanning;
using Sprache;

namespace Citaties;

/// <summary>The entry point for finding and parsing citations.</summary>
public static class CitationFinder
{
    private static readonly string[] CitationExpected = { "citation" };

    /// <summary>
    /// The name of the string syntax of one citation, for <c>[StringSyntax(CitationFinder.CitationSyntax)]</c> on a
    /// parameter that takes one: the Citaties analyzer then checks every literal passed to it as
    /// <see cref="CitationLinter.LintCitation(string, Rules.LintOptions)"/> does, as .NET checks a parameter marked <c>Regex</c>.
    /// </summary>
    public const string CitationSyntax = "citation";

    /// <summary>
    /// False when <paramref name="text"/> holds no word or identifier a citation can start with (none that passes the
    /// cheap check of its kind), so that no citation and no finding can come from it; true when it may. Costs one
    /// pass of the anchor scan and allocates nothing: a host that checks many small texts (string literals,
    /// comments) asks this first.
    /// </summary>
    public static bool MayContainCitation(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return CitationExtractor.Default.HasPlausibleAnchor(text.AsSpan());
    }

    /// <summary>
    /// Every citation in <paramref name="text"/>, in text order, with the laws of article citations and definitions
    /// resolved against the embedded catalog. Never throws on any text; spans are offsets into <paramref name="text"/>.
    /// </summary>
    public static IReadOnlyList<Citation> Extract(string text) => Extract(text, ExtractOptions.Default);

    /// <summary>
    /// Every citation in <paramref name="text"/>, in text order, with the laws of article citations and definitions
    /// resolved by <paramref name="options"/>: its catalog, configured abbreviations and context law. Never throws
    /// on any text; spans are offsets into <paramref name="text"/>.
    /// </summary>
    public static IReadOnlyList<Citation> Extract(string text, ExtractOptions? options)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        // Two steps of the pipeline: the grammar finds what is written, the resolver says what it refers to.
        var citations = CitationExtractor.Default.Extract(text);
        return LawResolver.Resolve(citations, options ?? ExtractOptions.Default, text);
    }

    /// <summary>
    /// Parses <paramref name="text"/> as exactly one citation (surrounding white space and one closing
    /// full stop allowed). On failure the error says what was expected and where. Checks the form only: the law
    /// of an article is not resolved (use <see cref="Extract(string, ExtractOptions)"/> for that).
    /// </summary>
    public static ParseResult TryParse([StringSyntax(CitationSyntax)] string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return ParseResult.Fail(new ParseError("Expected a citation, found empty text.", start, CitationExpected));
        }

        var extractor = CitationExtractor.Default;
        var candidates = extractor.Scanner.AnchorsAt(text.AsSpan(0, end), start).ToArray()
            .Where(anchor => anchor.LengthAt(text.AsSpan(0, end), start) >= 0)
            .SelectMany(anchor => anchor.Families)
            .Distinct()
            .ToList();
        if (candidates.Count == 0)
        {
            // No anchor starts the text: let every grammar try, so that a typo after a correct start
            // ("BWBX...") is reported where it is rather than at the first character.
            candidates = extractor.Families.Where(f => f.LookBehind is null).ToList();
        }

        IResult<IReadOnlyList<Citation>>? furthest = null;
        var furthestOffset = 0;
        foreach (var trimmedEnd in EndsToTry(text, start, end))
        {
            var window = Window.Create(text.AsSpan(0, trimmedEnd), start, trimmedEnd - start);
            foreach (var family in candidates)
            {
                var result = family.CompleteParser(WindowInput.Start(window.Text));
                if (result.WasSuccessful)
                {
                    return ParseResult.Ok(CitationExtractor.ToSource(result.Value, window, window.Text.Length, text));
                }

                var offset = window.SourceOffset(result.Remainder.Position);
                if (furthest is null || offset > furthestOffset)
                {
                    furthest = result;
                    furthestOffset = offset;
                }
            }
        }

        var lookingBehind = ParseLookingBehind(extractor, text, start, end);
        if (lookingBehind is not null)
        {
            return ParseResult.Ok(lookingBehind);
        }

        if (furthestOffset == start)
        {
            return ParseResult.Fail(new ParseError(
                $"Expected a citation, found '{Snippet(text, start, end)}': it starts with no known citation word or identifier.",
                start,
                CitationExpected));
        }

        var expected = furthest!.Expectations.Distinct().ToArray();
        var found = furthestOffset >= end ? "the end of the text" : $"'{Snippet(text, furthestOffset, end)}'";
        var what = expected.Length == 0 ? "more" : string.Join(" or ", expected);
        return ParseResult.Fail(new ParseError($"Expected {what} at position {furthestOffset}, found {found}.", furthestOffset, expected));
    }

    // A citation that begins before its anchor (a definition: "Wetboek van Strafvordering (hierna: Sv)") is
    // accepted when one found by its family's own pass covers exactly the trimmed text.
    private static IReadOnlyList<Citation>? ParseLookingBehind(CitationExtractor extractor, string text, int start, int end)
    {
        if (extractor.LookBehindScanner is not { } scanner)
        {
            return null;
        }

        foreach (var trimmedEnd in EndsToTry(text, start, end))
        {
            var head = trimmedEnd == text.Length ? text : text.Substring(0, trimmedEnd);
            for (var position = scanner.NextCandidate(head.AsSpan(), start); position >= 0; position = scanner.NextCandidate(head.AsSpan(), position + 1))
            {
                var match = CitationExtractor.ParseAt(head, position, scanner);
                if (match is { Count: 1 } && match[0].Span == TextSpan.FromBounds(start, trimmedEnd))
                {
                    return match;
                }
            }
        }

        return null;
    }

    private static IEnumerable<int> EndsToTry(string text, int start, int end)
    {
        yield return end;
        if (end - start > 1 && text[end - 1] is '.' or ';' or ',')
        {
            yield return end - 1;
        }
    }

    private static string Snippet(string text, int from, int end)
    {
        var length = Math.Min(20, end - from);
        var snippet = text.Substring(from, length);
        return length < end - from ? snippet + "..." : snippet;
    }
}
