using System.Globalization;
using Citaties.Rules;

namespace Citaties.Tests.Rules.Legislation;

/// <summary>Shorthands for the legislation rule tests: lint or fix a text in a profile, keep one rule's findings.</summary>
internal static class LegislationLint
{
    public static LintOptions In(LintProfile profile, string culture = "nl-NL") =>
        new() { Profile = profile, Culture = CultureInfo.GetCultureInfo(culture) };

    public static IReadOnlyList<Diagnostic> Findings(string text, LintProfile profile, string id) =>
        CitationLinter.Lint(text, In(profile)).Diagnostics.Where(d => d.Id == id).ToList();

    public static Diagnostic Single(string text, LintProfile profile, string id) =>
        Findings(text, profile, id).Single();

    /// <summary>The text with every fix applied in <paramref name="profile"/>.</summary>
    public static string Fixed(string text, LintProfile profile) => CitationLinter.Fix(text, In(profile)).Text;

    /// <summary>The text of <paramref name="span"/> in <paramref name="text"/>.</summary>
    public static string At(string text, Citaties.Model.TextSpan span) => text.Substring(span.Start, span.Length);
}
