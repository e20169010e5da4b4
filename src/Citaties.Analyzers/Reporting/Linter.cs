using Citaties.Rules;

namespace Citaties.Analyzers.Reporting;

/// <summary>
/// The library's linter as the analyzer calls it: running text, or a value that must be one citation. A seam for
/// the test that proves a failure inside the library costs the user nothing but the findings of that text.
/// </summary>
internal class Linter
{
    public static Linter Library { get; } = new();

    public virtual LintResult Lint(string text, LintOptions options) => CitationLinter.Lint(text, options);

    public virtual LintResult LintCitation(string text, LintOptions options) => CitationLinter.LintCitation(text, options);
}
