using System;
using System.Collections.Generic;
using Citaties.Analyzers.Texts;
using Citaties.Rules;
using Microsoft.CodeAnalysis;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;
using SourceSpan = Microsoft.CodeAnalysis.Text.TextSpan;

namespace Citaties.Analyzers.Reporting;

/// <summary>
/// Lints one text of the code with the library and turns each finding into a compiler diagnostic on the exact
/// source characters, with the fix written back for the literal or comment it stands in.
/// </summary>
internal static class TextReporter
{
    /// <summary>
    /// The findings of <paramref name="text"/>; none when the library fails on it, so that the analyzer never
    /// breaks a build (no AD0001) for a text it cannot check.
    /// </summary>
    public static IEnumerable<RoslynDiagnostic> Check(CodeText text, SyntaxTree tree, LintOptions options, Linter linter)
    {
        LintResult result;
        try
        {
            result = text.Role == TextRole.CitationArgument ? linter.LintCitation(text.Value, options) : linter.Lint(text.Value, options);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Array.Empty<RoslynDiagnostic>();
        }

        var diagnostics = new List<RoslynDiagnostic>(result.Diagnostics.Count);
        foreach (var finding in result.Diagnostics)
        {
            var span = ToSource(text, finding.Span.Start, finding.Span.End);
            var properties = finding.Fix is { } fix ? FixOf(text, fix) : null;
            diagnostics.Add(RoslynDiagnostic.Create(
                RuleDescriptors.For(finding.Descriptor),
                Location.Create(tree, span),
                RuleDescriptors.ToRoslyn(finding.Severity),
                additionalLocations: null,
                properties,
                new CatalogMessage(finding)));
        }

        return diagnostics;
    }

    // The source range of characters start to end of the text: from where the first was written to where the
    // last ends. An empty range sits before the character at start.
    private static SourceSpan ToSource(CodeText text, int start, int end)
    {
        if (text.Value.Length == 0)
        {
            return default;
        }

        if (end <= start)
        {
            var at = start < text.Value.Length ? text.SourceStarts[start] : text.SourceEnds[text.Value.Length - 1];
            return new SourceSpan(at, 0);
        }

        return SourceSpan.FromBounds(text.SourceStarts[start], text.SourceEnds[end - 1]);
    }

    // The fix as the smallest edit: a rule may offer the whole citation rewritten where one word changes, and the
    // part that changes is what must be written into one literal (a citation may run over a concatenation).
    private static System.Collections.Immutable.ImmutableDictionary<string, string?>? FixOf(CodeText text, Fix fix)
    {
        var start = fix.Span.Start;
        var end = fix.Span.End;
        if (end > text.Value.Length)
        {
            return null;
        }

        var replacement = fix.Replacement;
        var prefix = 0;
        while (start + prefix < end && prefix < replacement.Length && text.Value[start + prefix] == replacement[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (end - suffix > start + prefix && replacement.Length - suffix > prefix && text.Value[end - suffix - 1] == replacement[replacement.Length - suffix - 1])
        {
            suffix++;
        }

        start += prefix;
        end -= suffix;
        replacement = replacement.Substring(prefix, replacement.Length - prefix - suffix);
        if (!text.IsContiguous(start, end))
        {
            return null;
        }

        var written = text.Escape(start < text.Value.Length ? start : Math.Max(start - 1, 0), replacement);
        return written is null ? null : FixProperties.Create(ToSource(text, start, end), written, replacement);
    }
}
