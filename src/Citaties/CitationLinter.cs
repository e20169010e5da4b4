using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Citaties.Model;
using Citaties.Rules;

namespace Citaties;

/// <summary>The entry point for validating citations and applying fixes.</summary>
public static class CitationLinter
{
    // Fixes of one citation may overlap (two rules each rewrite it); the loose one is applied in the next
    // round. Real documents settle in two or three rounds; the bound only guards against a rule whose fix
    // keeps firing.
    private const int MaxFixRounds = 8;

    /// <summary>
    /// Finds every citation in <paramref name="text"/> and runs every rule on them in one pass. Never throws
    /// on any text.
    /// </summary>
    public static LintResult Lint(string text, LintOptions? options = null) => Lint(text, options, expectsOneCitation: false);

    /// <summary>
    /// Lints <paramref name="text"/> that must be exactly one citation, such as a value passed to a parameter
    /// marked <c>[StringSyntax("citation")]</c>: CIT0002, with the parser's expected-here message, when it is not one;
    /// otherwise what <see cref="Lint(string, LintOptions?)"/> finds. Never throws on any text.
    /// </summary>
    public static LintResult LintCitation([StringSyntax(CitationFinder.CitationSyntax)] string text, LintOptions? options = null) => Lint(text, options, expectsOneCitation: true);

    private static LintResult Lint(string text, LintOptions? options, bool expectsOneCitation)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        options ??= LintOptions.Default;
        return Lint(text, options, Scanning.CitationExtractor.For(options.Extract).ExtractWithNearMisses(text, options.Extract.Parallelism), expectsOneCitation);
    }

    /// <summary>
    /// Resolves the citations of <paramref name="extraction"/> and runs every rule over the whole text: what
    /// <see cref="Lint(string, LintOptions?)"/> does once the citations are found, for a caller that found them
    /// another way (<see cref="IncrementalLinter"/>, which reads again only the paragraphs that changed).
    /// </summary>
    internal static LintResult Lint(string text, LintOptions options, Scanning.ExtractionResult extraction, bool expectsOneCitation)
    {
        var extractOptions = options.Extract;
        var citations = Resolution.LawResolver.Resolve(extraction.Citations, extractOptions, text);
        var diagnostics = new List<Diagnostic>();
        var context = new RuleContext(text, citations, extraction.NearMisses, options, diagnostics, extractOptions)
        {
            ExpectsOneCitation = expectsOneCitation,
        };
        foreach (var rule in RuleRegistry.All)
        {
            if (options.SeverityOf(rule.Descriptor) != RuleSeverity.None)
            {
                rule.Analyze(context);
            }
        }

        if (expectsOneCitation && diagnostics.Exists(d => d.Id == RuleIds.NotOneCitation))
        {
            // The value is not one citation, and says where it stops; a near miss in it says the same again.
            diagnostics.RemoveAll(d => d.Id == RuleIds.UnparsableCitation);
        }

        var ordered = diagnostics
            .OrderBy(d => d.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();
        return new LintResult(citations, ordered);
    }

    /// <summary>
    /// Applies every fix the rules offer, and lints again until no fixable finding remains, so that fixing
    /// the result a second time changes nothing. Text outside the fixed spans is left exactly as it was.
    /// </summary>
    public static FixResult Fix(string text, LintOptions? options = null)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var edits = new TextEdits(text);
        var current = text;
        for (var round = 0; round < MaxFixRounds; round++)
        {
            var fixes = Lint(current, options).Diagnostics
                .Where(d => d.Fix is not null && !IsNoOp(current, d.Fix))
                .OrderBy(d => d.Fix!.Span.Start)
                .ThenByDescending(d => d.Severity)
                .ToList();
            if (fixes.Count == 0)
            {
                break;
            }

            // Within one round, apply right to left so earlier spans stay valid, skipping overlaps.
            var chosen = new List<Diagnostic>();
            var lastEnd = -1;
            foreach (var diagnostic in fixes)
            {
                if (diagnostic.Fix!.Span.Start >= lastEnd)
                {
                    chosen.Add(diagnostic);
                    lastEnd = Math.Max(lastEnd, diagnostic.Fix.Span.End);
                }
            }

            for (var i = chosen.Count - 1; i >= 0; i--)
            {
                var fix = chosen[i].Fix!;
                edits.Replace(fix.Span, fix.Replacement, chosen[i].Id);
            }

            current = edits.Apply();
        }

        var changes = edits.Edits
            .Select(e => new TextChange(
                TextSpan.FromBounds(e.Start, e.End),
                text.Substring(e.Start, e.Length),
                e.Replacement,
                e.RuleIds))
            .Where(c => c.OriginalText != c.NewText)
            .ToArray();
        return new FixResult(current, changes);
    }

    private static bool IsNoOp(string text, Fix fix) =>
        fix.Span.End <= text.Length
        && fix.Span.Length == fix.Replacement.Length
        && string.CompareOrdinal(text, fix.Span.Start, fix.Replacement, 0, fix.Span.Length) == 0;
}
