using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Citaties.Analyzers.Texts;

/// <summary>
/// The names of every member that takes a citation (a parameter or attribute property marked
/// <c>[StringSyntax("citation")]</c>), in the sources and in the references, collected once per compilation.
/// Only an argument passed to a member of one of these names is bound to find its parameter: binding every call
/// again cost most of the analyzer's time, and in most projects no such member exists at all.
/// </summary>
internal sealed class CitationMembers
{
    private const string Indexer = "this[]";
    private const string Constructor = ".ctor";
    private const string AttributeSuffix = "Attribute";

    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    // A marked member the syntax cannot name the calls of (a delegate, a local function): bind every argument.
    private bool everything;

    public static CitationMembers Collect(Compilation compilation, CancellationToken cancellation)
    {
        var members = new CitationMembers();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetText(cancellation).ToString().IndexOf("StringSyntax", StringComparison.Ordinal) >= 0)
            {
                members.AddDeclaredIn(tree.GetRoot(cancellation));
            }
        }

        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (!IsFramework(assembly))
            {
                members.AddDeclaredIn(assembly.GlobalNamespace, cancellation);
            }
        }

        return members;
    }

    /// <summary>False when <paramref name="argument"/> cannot be passed to a member that takes a citation.</summary>
    public bool MayTake(SyntaxNode argument)
    {
        if (everything)
        {
            return true;
        }

        return argument switch
        {
            AttributeArgumentSyntax { Parent.Parent: AttributeSyntax attribute } => Has(RightmostName(attribute.Name)),
            ArgumentSyntax { Parent: BracketedArgumentListSyntax } => names.Contains(Indexer),
            ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax invocation } => CalledName(invocation.Expression) is not { } name || Has(name),
            ArgumentSyntax { Parent.Parent: ObjectCreationExpressionSyntax creation } => Has(RightmostName(creation.Type)),
            ArgumentSyntax { Parent.Parent: ImplicitObjectCreationExpressionSyntax or ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax } => names.Contains(Constructor),
            _ => false,
        };
    }

    // A name the syntax does not give could be anything. An attribute is named with or without its suffix.
    private bool Has(string? name) =>
        name is null || names.Contains(name) || names.Contains(name + AttributeSuffix);

    private static string? CalledName(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    private static string? RightmostName(TypeSyntax type) => type switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    private static string? RightmostName(NameSyntax name) => RightmostName((TypeSyntax)name);

    private void AddDeclaredIn(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes())
        {
            if (node is not AttributeSyntax attribute || RightmostName(attribute.Name) is not ("StringSyntax" or "StringSyntaxAttribute"))
            {
                continue;
            }

            switch (attribute.Parent?.Parent)
            {
                case ParameterSyntax { Parent.Parent: MethodDeclarationSyntax method }:
                    names.Add(method.Identifier.ValueText);
                    break;
                case ParameterSyntax { Parent.Parent: ConstructorDeclarationSyntax constructor }:
                    AddConstructorOf(constructor.Identifier.ValueText);
                    break;
                case ParameterSyntax { Parent.Parent: TypeDeclarationSyntax type }:
                    AddConstructorOf(type.Identifier.ValueText);
                    break;
                case ParameterSyntax { Parent: BracketedParameterListSyntax }:
                    names.Add(Indexer);
                    break;
                case PropertyDeclarationSyntax { Parent: TypeDeclarationSyntax type }:
                    names.Add(type.Identifier.ValueText);
                    break;
                case ParameterSyntax or PropertyDeclarationSyntax or FieldDeclarationSyntax:
                    everything = true;
                    break;
            }
        }
    }

    private void AddDeclaredIn(INamespaceSymbol space, CancellationToken cancellation)
    {
        foreach (var member in space.GetMembers())
        {
            cancellation.ThrowIfCancellationRequested();
            if (member is INamespaceSymbol inner)
            {
                AddDeclaredIn(inner, cancellation);
            }
            else if (member is INamedTypeSymbol type)
            {
                AddDeclaredIn(type);
            }
        }
    }

    private void AddDeclaredIn(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            switch (member)
            {
                case INamedTypeSymbol nested:
                    AddDeclaredIn(nested);
                    break;
                case IMethodSymbol method when Takes(method.Parameters):
                    if (method.MethodKind == MethodKind.Constructor)
                    {
                        AddConstructorOf(type.Name);
                    }
                    else
                    {
                        names.Add(method.Name);
                    }

                    break;
                case IPropertySymbol { IsIndexer: true } indexer when Takes(indexer.Parameters):
                    names.Add(Indexer);
                    break;
                case IPropertySymbol property when CitationParameters.HasCitationSyntax(property):
                    names.Add(type.Name);
                    break;
            }
        }
    }

    private void AddConstructorOf(string typeName)
    {
        names.Add(typeName);
        names.Add(Constructor);
    }

    private static bool Takes(IEnumerable<IParameterSymbol> parameters)
    {
        foreach (var parameter in parameters)
        {
            if (CitationParameters.HasCitationSyntax(parameter))
            {
                return true;
            }
        }

        return false;
    }

    // The platform's own assemblies take no citations; their thousands of members need not be read.
    private static bool IsFramework(IAssemblySymbol assembly)
    {
        var name = assembly.Identity.Name;
        return name is "mscorlib" or "netstandard" or "System"
            || name.StartsWith("System.", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.", StringComparison.Ordinal);
    }
}
