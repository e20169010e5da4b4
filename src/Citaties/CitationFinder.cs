using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Citaties.Model;
using Citaties.Resolution;
using Citaties.Scanning;

namespace Citaties;

/// <summary>The entry point for finding and parsing citations.</summary>
public static class CitationFinder
{
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
    /// As <see cref="MayContainCitation(string)"/>, for the <paramref name="length"/> characters of
    /// <paramref name="text"/> from <paramref name="start"/> (a comment inside a source file), without copying them.
    /// </summary>
    public static bool MayContainCitation(string text, int start, int length)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (start < 0 || length < 0 || start > text.Length - length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), "The range lies outside the text.");
        }

        return CitationExtractor.Default.HasPlausibleAnchor(text.AsSpan(start, length));
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
        options ??= ExtractOptions.Default;
        var citations = CitationExtractor.For(options).Extract(text, options.Parallelism);
        return LawResolver.Resolve(citations, options, text);
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

        return SingleCitationParser.Parse(text);
    }
}
