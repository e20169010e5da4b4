using System;
using System.Collections.Immutable;
using Citaties.Analyzers.Documents;
using Citaties.Analyzers.Reporting;
using Citaties.Analyzers.Settings;
using Citaties.Analyzers.Texts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

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
            // Strings passed to a member that takes a citation are bound to find their parameter; the names of
            // such members are collected first, so that no other argument is bound again (that cost most of the time).
            var members = CitationMembers.Collect(start.Compilation, start.CancellationToken);
            start.RegisterSemanticModelAction(model => Guarded(() => AnalyzeCode(model, settings, members)));
            start.RegisterAdditionalFileAction(file => Guarded(() => AdditionalDocuments.Analyze(file, settings)));
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

    private void AnalyzeCode(SemanticModelAnalysisContext context, CompilationSettings compilation, CitationMembers members)
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
                Report(comment, tree, settings, context.ReportDiagnostic);
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
                && members.MayTake(argument)
                && Strings.IsWrittenOut(expression)
                && CitationParameters.IsCitationArgument(argument, context.SemanticModel, context.CancellationToken))
            {
                role = TextRole.CitationArgument;
            }

            Check(expression, role, tree, settings, context.ReportDiagnostic);
        }
    }

    // One string, in the role its place gives it: skipped when the settings leave it out, or when it holds no
    // citation word and need not be one citation.
    private void Check(ExpressionSyntax expression, TextRole role, SyntaxTree tree, CodeSettings settings, Action<Diagnostic> report)
    {
        if (role == TextRole.String && settings.Strings == StringChecks.AttributesAndConstants)
        {
            return;
        }

        if (role != TextRole.CitationArgument && !Strings.MayContainCitation(expression))
        {
            return;
        }

        if (Strings.Read(expression, role) is { } value)
        {
            Report(value, tree, settings, report);
        }
    }

    private void Report(CodeText text, SyntaxTree tree, CodeSettings settings, Action<Diagnostic> report)
    {
        foreach (var diagnostic in TextReporter.Check(text, tree, settings.Options, linter))
        {
            report(diagnostic);
        }
    }
}
