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
using Microsoft.CodeAnalysis.Operations;

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
            // Comments and most strings need only the syntax. A string passed as an argument needs the parameter it
            // is passed to; the operation tree the compiler builds for every analyzer that asks says which, so
            // arguments are read there rather than by binding each call again (which cost most of the time).
            start.RegisterSyntaxTreeAction(tree => Guarded(() => AnalyzeTree(tree, settings)));
            start.RegisterOperationAction(operation => Guarded(() => AnalyzeArgument(operation, settings)), OperationKind.Argument);
            start.RegisterOperationAction(
                operation => Guarded(() => AnalyzeDynamicArguments(operation, settings)),
                OperationKind.DynamicInvocation,
                OperationKind.DynamicObjectCreation,
                OperationKind.DynamicIndexerAccess);
            start.RegisterSyntaxNodeAction(node => Guarded(() => AnalyzeAttributeArgument(node, settings)), SyntaxKind.AttributeArgument);
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

    private void AnalyzeTree(SyntaxTreeAnalysisContext context, CompilationSettings compilation)
    {
        var tree = context.Tree;
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
            if (!Strings.IsArgument(expression))
            {
                Check(expression, Strings.RoleOf(expression), tree, settings, context.ReportDiagnostic);
            }
        }
    }

    private void AnalyzeArgument(OperationAnalysisContext context, CompilationSettings compilation)
    {
        var argument = (IArgumentOperation)context.Operation;
        var tree = argument.Syntax.SyntaxTree;
        if (compilation.For(tree) is not { } settings || settings.Strings == StringChecks.None)
        {
            return;
        }

        if (argument.ArgumentKind == ArgumentKind.ParamArray)
        {
            // The values gathered into a params array are each an argument written in the call.
            foreach (var element in (argument.Value as IArrayCreationOperation)?.Initializer?.ElementValues ?? ImmutableArray<IOperation>.Empty)
            {
                if (element.Syntax is ExpressionSyntax value && Strings.IsString(value))
                {
                    Check(value, TextRole.String, tree, settings, context.ReportDiagnostic);
                }
            }

            return;
        }

        if (argument.Syntax is not ArgumentSyntax { Expression: { } expression } || !Strings.IsString(expression))
        {
            return;
        }

        var role = argument.Parameter is { } parameter && CitationParameters.HasCitationSyntax(parameter) && Strings.IsWrittenOut(expression)
            ? TextRole.CitationArgument
            : TextRole.String;
        Check(expression, role, tree, settings, context.ReportDiagnostic);
    }

    // A call the compiler binds only at run time has no parameters to go by: its strings are text.
    private void AnalyzeDynamicArguments(OperationAnalysisContext context, CompilationSettings compilation)
    {
        var tree = context.Operation.Syntax.SyntaxTree;
        if (compilation.For(tree) is not { } settings || settings.Strings == StringChecks.None)
        {
            return;
        }

        var arguments = context.Operation switch
        {
            IDynamicInvocationOperation invocation => invocation.Arguments,
            IDynamicObjectCreationOperation creation => creation.Arguments,
            IDynamicIndexerAccessOperation indexer => indexer.Arguments,
            _ => ImmutableArray<IOperation>.Empty,
        };
        foreach (var argument in arguments)
        {
            if (argument.Syntax is ExpressionSyntax value && Strings.IsString(value))
            {
                Check(value, TextRole.String, tree, settings, context.ReportDiagnostic);
            }
        }
    }

    private void AnalyzeAttributeArgument(SyntaxNodeAnalysisContext context, CompilationSettings compilation)
    {
        var argument = (AttributeArgumentSyntax)context.Node;
        var tree = argument.SyntaxTree;
        if (!Strings.IsString(argument.Expression) || compilation.For(tree) is not { } settings || settings.Strings == StringChecks.None)
        {
            return;
        }

        var role = Strings.IsWrittenOut(argument.Expression) && CitationParameters.IsCitationArgument(argument, context.SemanticModel, context.CancellationToken)
            ? TextRole.CitationArgument
            : TextRole.AttributeArgument;
        Check(argument.Expression, role, tree, settings, context.ReportDiagnostic);
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
