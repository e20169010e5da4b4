using System.Globalization;
using Citaties.Model;
using Citaties.Rules;

namespace Citaties.Tests.Rules;

/// <summary>Shorthands for rule tests: the findings of one rule, English options, and a fix that settles.</summary>
internal static class RuleFindings
{
    public static LintOptions English { get; } = new() { Culture = CultureInfo.GetCultureInfo("en-GB") };

    public static LintOptions In(LintProfile profile) => new() { Profile = profile };

    /// <summary>The findings of rule <paramref name="id"/> on <paramref name="text"/>.</summary>
    public static IReadOnlyList<Diagnostic> Of(string id, string text, LintOptions? options = null) =>
        CitationLinter.Lint(text, options).Diagnostics.Where(d => d.Id == id).ToList();

    /// <summary>The span of the first occurrence of <paramref name="part"/> in <paramref name="text"/>.</summary>
    public static TextSpan SpanOf(string text, string part) => new(text.IndexOf(part, StringComparison.Ordinal), part.Length);

    /// <summary>
    /// Applies the fixes to <paramref name="text"/>, checks that rule <paramref name="id"/> no longer fires, that fixing
    /// again changes nothing, and that the text outside the fixed span is as it was; returns the fixed text.
    /// </summary>
    public static string FixSettles(string id, string text, LintOptions? options = null)
    {
        var fixedText = CitationLinter.Fix(text, options).Text;
        var change = CitationLinter.Fix(text, options).Changes.Single();
        Assert.Multiple(() =>
        {
            Assert.That(Of(id, fixedText, options), Is.Empty, "the rule still fires after its fix");
            Assert.That(CitationLinter.Fix(fixedText, options).Text, Is.EqualTo(fixedText), "fixing twice changes the text");
            Assert.That(fixedText.Substring(0, change.Span.Start), Is.EqualTo(text.Substring(0, change.Span.Start)));
            Assert.That(
                fixedText.Substring(change.Span.Start + change.NewText.Length),
                Is.EqualTo(text.Substring(change.Span.End)));
        });
        return fixedText;
    }
}
