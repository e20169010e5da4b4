using Citaties.Model;
using Citaties.Rules;

namespace Citaties.Tests.Rules;

/// <summary>Shared checks of the rule fixtures: findings of one rule, and fixes that settle and touch nothing else.</summary>
internal static class RuleTestKit
{
    /// <summary>A fixed day for rules that look at the date (mid vergaderjaar 2025/26).</summary>
    public static readonly DateTime Today = new(2026, 1, 15);

    public static LintOptions In(LintProfile profile) => new() { Profile = profile, Today = Today };

    public static LintOptions English(LintProfile profile = LintProfile.Literatuur) =>
        In(profile) with { Culture = System.Globalization.CultureInfo.GetCultureInfo("en-GB") };

    public static IReadOnlyList<Diagnostic> Findings(string text, string id, LintOptions? options = null) =>
        CitationLinter.Lint(text, options ?? In(LintProfile.Literatuur)).Diagnostics.Where(d => d.Id == id).ToList();

    public static Diagnostic Single(string text, string id, LintOptions? options = null)
    {
        var findings = Findings(text, id, options);
        Assert.That(findings, Has.Count.EqualTo(1), $"{id} on '{text}'");
        return findings[0];
    }

    public static string Covered(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    /// <summary>
    /// Fixes <paramref name="text"/>, expects <paramref name="expected"/>, then checks that the rule no longer
    /// fires, that a second fix changes nothing, and that no character outside the changed spans moved.
    /// </summary>
    public static void AssertFix(string text, string id, string expected, LintOptions? options = null)
    {
        options ??= In(LintProfile.Literatuur);
        var result = CitationLinter.Fix(text, options);
        Assert.That(result.Text, Is.EqualTo(expected));
        Assert.That(result.Changes, Is.Not.Empty);
        Assert.That(result.Changes.SelectMany(c => c.RuleIds), Does.Contain(id));
        Assert.That(Findings(result.Text, id, options), Is.Empty, "the rule still fires after its fix");
        Assert.That(CitationLinter.Fix(result.Text, options).IsUnchanged, Is.True, "fixing twice changes more");

        var first = result.Changes[0].Span.Start;
        var last = result.Changes[^1].Span.End;
        Assert.That(result.Text[..first], Is.EqualTo(text[..first]), "text before the fix changed");
        Assert.That(result.Text[^(text.Length - last)..], Is.EqualTo(text[last..]), "text after the fix changed");
    }
}
