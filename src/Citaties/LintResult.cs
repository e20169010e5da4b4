using System.Collections.Generic;
using Citaties.Model;
using Citaties.Rules;

namespace Citaties;

/// <summary>What <see cref="CitationLinter.Lint(string, Rules.LintOptions)"/> found: the citations and the diagnostics, both in text order.</summary>
/// <param name="Citations">Every citation in the text.</param>
/// <param name="Diagnostics">Every finding at or above severity info, ordered by position then id.</param>
public sealed record LintResult(IReadOnlyList<Citation> Citations, IReadOnlyList<Diagnostic> Diagnostics);
