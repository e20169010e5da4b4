using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Citaties.Analyzers.Texts;

/// <summary>
/// Tells whether an argument is passed to a parameter (or set to an attribute property) marked
/// <c>[StringSyntax("citation")]</c>, as the library marks <c>CitationFinder.TryParse</c>: its value must then be
/// exactly one citation.
/// </summary>
internal static class CitationParameters
{
    private const string AttributeName = "StringSyntaxAttribute";
    private const string AttributeNamespace = "System.Diagnostics.CodeAnalysis";

    /// <summary>True when the parameter or attribute property that <paramref name="argument"/> is passed to is marked.</summary>
    public static bool IsCitationArgument(SyntaxNode argument, SemanticModel model, CancellationToken cancellation)
    {
        var target = argument switch
        {
            ArgumentSyntax plain => (model.GetOperation(plain, cancellation) as IArgumentOperation)?.Parameter,
            AttributeArgumentSyntax attributeArgument => AttributeTarget(attributeArgument, model, cancellation),
            _ => null,
        };
        return target is not null && HasCitationSyntax(target);
    }

    private static ISymbol? AttributeTarget(AttributeArgumentSyntax argument, SemanticModel model, CancellationToken cancellation)
    {
        if (argument.NameEquals is { } property)
        {
            return model.GetSymbolInfo(property.Name, cancellation).Symbol;
        }

        if (argument.Parent?.Parent is not AttributeSyntax attribute
            || model.GetSymbolInfo(attribute, cancellation).Symbol is not IMethodSymbol constructor)
        {
            return null;
        }

        if (argument.NameColon is { } name)
        {
            return constructor.Parameters.FirstOrDefault(p => p.Name == name.Name.Identifier.ValueText);
        }

        var index = ((AttributeArgumentListSyntax)argument.Parent).Arguments.IndexOf(argument);
        return index < constructor.Parameters.Length ? constructor.Parameters[index] : null;
    }

    /// <summary>True when <paramref name="symbol"/> (a parameter or property) is marked <c>[StringSyntax("citation")]</c>.</summary>
    public static bool HasCitationSyntax(ISymbol symbol) =>
        symbol.GetAttributes().Any(a =>
            a.AttributeClass is { Name: AttributeName } type
            && type.ContainingNamespace?.ToDisplayString() == AttributeNamespace
            && a.ConstructorArguments.Length > 0
            && a.ConstructorArguments[0].Value is string syntax
            && string.Equals(syntax, CitationFinder.CitationSyntax, StringComparison.OrdinalIgnoreCase));
}
