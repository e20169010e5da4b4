using System;
using System.Collections.Generic;
using System.Linq;
using Citaties.Kinds;
using Citaties.Model;
using Sprache;

namespace Citaties.Scanning;

/// <summary>
/// Reads a text that must be exactly one citation (surrounding white space and one closing full stop allowed):
/// the families whose anchors start it try their grammars on the whole of it, and on failure the one that got
/// furthest says what it expected there. <c>CitationFinder.TryParse</c> and rule CIT0002 both read through it.
/// </summary>
internal static class SingleCitationParser
{
    private static readonly string[] CitationExpected = { "citation" };

    public static ParseResult Parse(string text)
    {
        var (start, end) = Trimmed(text);

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
        if (candidates.Count == 0 || char.IsDigit(text[start]))
        {
            // No anchor starts the text: let every grammar try, so that a typo after a correct start
            // ("BWBX...") is reported where it is rather than at the first character. A number anchors only the
            // BW article without keyword (6:2 BW); identifiers that start with one (a bare CELEX number) have no
            // anchor, so every grammar tries after it.
            candidates = candidates.Concat(extractor.Families.Where(f => f.LookBehind is null)).Distinct().ToList();
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

    /// <summary>
    /// The citation the scan reads at the start of the text when it covers all of it (surrounding white space and
    /// one closing full stop allowed), or null. The scan's path (fast paths first, the grammar where they cannot
    /// decide) reads a correct citation for a fraction of what the complete grammars cost: rule CIT0002 asks it
    /// first, for every argument of a citation parameter in a build. A test holds it to what <see cref="Parse"/> reads.
    /// </summary>
    public static IReadOnlyList<Citation>? ReadAsScanned(string text)
    {
        var (start, end) = Trimmed(text);
        foreach (var trimmedEnd in start < end ? EndsToTry(text, start, end) : Enumerable.Empty<int>())
        {
            var head = trimmedEnd == text.Length ? text : text.Substring(0, trimmedEnd);
            if (CitationExtractor.Default.ParseAt(head, start) is { Count: 1 } match && match[0].Span == TextSpan.FromBounds(start, trimmedEnd))
            {
                return match;
            }
        }

        return null;
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

    /// <summary>Where <paramref name="text"/> begins and ends without the white space around it: what is parsed.</summary>
    public static (int Start, int End) Trimmed(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
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
