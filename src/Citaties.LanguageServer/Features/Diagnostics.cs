using System.Collections.Generic;
using System.Linq;
using Citaties.Documents;
using Citaties.LanguageServer.Analysis;
using Citaties.LanguageServer.Protocol;
using Citaties.Rules;
using LspDiagnostic = Citaties.LanguageServer.Protocol.Diagnostic;

namespace Citaties.LanguageServer.Features;

/// <summary>The library's findings as LSP diagnostics: the rule id as code, its page as the code description.</summary>
internal static class Diagnostics
{
    /// <summary>What the diagnostics say they come from.</summary>
    public const string Source = "citaties";

    /// <summary>The parameters of <c>textDocument/publishDiagnostics</c> for <paramref name="analysis"/>.</summary>
    public static PublishDiagnosticsParams Publish(DocumentAnalysis analysis) =>
        new(analysis.Document.Uri, analysis.Document.Version, analysis.Result.Findings.Select(Of).ToList());

    /// <summary>One finding as a diagnostic; the same help link the SARIF output, the analyzer and the build task give.</summary>
    public static LspDiagnostic Of(LintFinding finding) => new()
    {
        Range = Ranges.Of(finding.Region),
        Severity = SeverityOf(finding.Diagnostic.Severity),
        Code = finding.Diagnostic.Id,
        CodeDescription = new CodeDescription(finding.Diagnostic.Descriptor.HelpLink),
        Source = Source,
        Message = finding.Diagnostic.Message,
    };

    /// <summary>The findings whose range touches <paramref name="range"/>.</summary>
    public static IEnumerable<LintFinding> At(DocumentAnalysis analysis, Range range) =>
        analysis.Result.Findings.Where(f => Ranges.Touch(Ranges.Of(f.Region), range));

    private static int SeverityOf(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Information,
    };
}
