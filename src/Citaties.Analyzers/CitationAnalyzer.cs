using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Citaties.Analyzers.Reporting;
using Citaties.Analyzers.Settings;
using Citaties.Analyzers.Texts;
using Citaties.Documents;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Citaties.Analyzers;

/// <summary>
/// Checks the citations in C# code (string literals, attribute arguments, constants, comments and XML
/// documentation) and in the documents among the project's additional files (<c>.md</c>, <c>.txt</c>,
/// <c>.html</c>) with the library's linter, and reports each finding under its rule id on the exact characters.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CitationAnalyzer : DiagnosticAnalyzer
{
    private readonly Linter linter;

    /// <summary>The analyzer as the compiler loads it.</summary>
    public CitationAnalyzer()
        : this(Linter.Library)
    {
    }

    internal CitationAnalyzer(Linter linter) => this.linter = linter;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RuleDescriptors.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var settings = new CompilationSettings(start.Options, start.CancellationToken);
            start.RegisterSemanticModelAction(model => Guarded(() => AnalyzeCode(model, settings)));
            start.RegisterAdditionalFileAction(file => Guarded(() => AnalyzeDocument(file, settings)));
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var problem in settings.Problems)
                {
                    end.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.ConfigurationProblem, Location.None, problem));
                }
            });
        });
    }

    // The analyzer runs inside the compiler and the IDE: whatever goes wrong costs the findings of that file,
    // never the build (AD0001). Each text is guarded on its own too (TextReporter), so one bad text costs only itself.
    private static void Guarded(Action analyze)
    {
        try
        {
            analyze();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
        }
    }

    private void AnalyzeCode(SemanticModelAnalysisContext context, CompilationSettings compilation)
    {
        var tree = context.SemanticModel.SyntaxTree;
        if (compilation.For(tree) is not { } settings)
        {
            return;
        }

        var root = tree.GetRoot(context.CancellationToken);
        var written = tree.GetText(context.CancellationToken).ToString();
        if (settings.CheckComments)
        {
            foreach (var comment in Comments.Read(root, written))
            {
                Report(context, comment, settings);
            }
        }

        if (settings.Strings == StringChecks.None)
        {
            return;
        }

        foreach (var expression in Strings.Find(root, written))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var role = Strings.RoleOf(expression);
            if (Strings.ArgumentOf(expression) is { } argument
                && Strings.IsWrittenOut(expression)
                && CitationParameters.IsCitationArgument(argument, context.SemanticModel, context.CancellationToken))
            {
                role = TextRole.CitationArgument;
            }
            else if (role == TextRole.String && settings.Strings == StringChecks.AttributesAndConstants)
            {
                continue;
            }
            else if (!Strings.MayContainCitation(expression))
            {
                continue;
            }

            if (Strings.Read(expression, role) is { } value)
            {
                Report(context, value, settings);
            }
        }
    }

    private void Report(SemanticModelAnalysisContext context, CodeText text, CodeSettings settings)
    {
        foreach (var diagnostic in TextReporter.Check(text, context.SemanticModel.SyntaxTree, settings.Options, linter))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    // Documentation kept beside the code: read by the library's document reader (Markdown, HTML), located in
    // the file's own lines and columns.
    private static readonly string[] DocumentExtensions = { ".md", ".txt", ".html", ".htm" };

    private static void AnalyzeDocument(AdditionalFileAnalysisContext context, CompilationSettings compilation)
    {
        var path = context.AdditionalFile.Path;
        if (!DocumentExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)
            || context.AdditionalFile.GetText(context.CancellationToken) is not { } source
            || compilation.For(context.AdditionalFile) is not { } settings)
        {
            return;
        }

        var content = source.ToString();
        if (!CitationFinder.MayContainCitation(content))
        {
            return;
        }

        DocumentLintResult result;
        try
        {
            result = DocumentReader.Default.ReadString(path, content).Lint(settings.Options);
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
