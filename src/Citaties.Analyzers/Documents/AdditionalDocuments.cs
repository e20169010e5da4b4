using System;
using System.IO;
using System.Linq;
using Citaties.Analyzers.Reporting;
using Citaties.Analyzers.Settings;
using Citaties.Documents;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Citaties.Analyzers.Documents;

/// <summary>
/// Documentation kept beside the code (the additional files the library's document reader knows: Markdown, text,
/// HTML), linted as the command line lints it and located in the file's own lines and columns.
/// </summary>
internal static class AdditionalDocuments
{
    public static void Analyze(AdditionalFileAnalysisContext context, CompilationSettings compilation)
    {
        var path = context.AdditionalFile.Path;
        if (!DocumentReader.Default.Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)
            || context.AdditionalFile.GetText(context.CancellationToken) is not { } source
            || compilation.For(context.AdditionalFile) is not { } settings)
        {
            return;
        }

        DocumentLintResult result;
        try
        {
            var document = DocumentReader.Default.ReadString(path, source.ToString());
            if (!CitationFinder.MayContainCitation(document.Text.Text))
            {
                return;
            }

            result = document.Lint(settings.Options);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A file the library cannot read or check gets no findings, never a broken build.
            return;
        }

        foreach (var finding in result.Findings)
        {
            var region = finding.Region;
            var location = Location.Create(
                path,
                new TextSpan(region.Start, region.Length),
                new LinePositionSpan(new LinePosition(region.StartLine - 1, region.StartColumn - 1), new LinePosition(region.EndLine - 1, region.EndColumn - 1)));
            context.ReportDiagnostic(Diagnostic.Create(
                RuleDescriptors.For(finding.Diagnostic.Descriptor),
                location,
                RuleDescriptors.ToRoslyn(finding.Diagnostic.Severity),
                additionalLocations: null,
                properties: null,
                new CatalogMessage(finding.Diagnostic)));
        }
    }
}
