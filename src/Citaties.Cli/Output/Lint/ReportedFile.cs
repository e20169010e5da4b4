using System.Collections.Generic;
using Citaties.Documents;

namespace Citaties.Cli.Output.Lint;

/// <summary>
/// One linted file as the outputs write it: the findings to report (those a baseline does not hold) with the
/// occurrence of each among all the file's findings, so that a fingerprint does not change when a baseline hides
/// an earlier finding of the same rule and text.
/// </summary>
internal sealed record ReportedFile(SourceDocument Document, IReadOnlyList<LintFinding> Findings, IReadOnlyList<int> Occurrences)
{
    /// <summary>Every finding of <paramref name="result"/>.</summary>
    public static ReportedFile All(DocumentLintResult result) =>
        new(result.Document, result.Findings, FindingIdentity.Occurrences(result.Findings));

    /// <summary>The fingerprint of the <paramref name="index"/>-th reported finding (see <see cref="FindingIdentity"/>).</summary>
    public string Fingerprint(int index) =>
        FindingIdentity.Fingerprint(Findings[index].Diagnostic.Id, Document.Name, Findings[index].Text, Occurrences[index]);
}
