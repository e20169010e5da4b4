using System.Collections.Immutable;
using Citaties.Analyzers.CodeFixes;
using Citaties.Analyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Citaties.Analyzers.Tests.Verification;

/// <summary>
/// The analyzer and its code fix under Roslyn's test harness, compiled against the running .NET's own assemblies
/// (no reference packs downloaded), with markup spans such as <c>{|CIT2003:lid 4|}</c>.
/// </summary>
internal sealed class CitationVerifier : CSharpCodeFixTest<CitationAnalyzer, CitationCodeFixProvider, DefaultVerifier>
{
    private static readonly ImmutableArray<MetadataReference> RuntimeAssemblies =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();

    private readonly Linter? linter;

    public CitationVerifier(string source, Linter? linter = null)
    {
        this.linter = linter;
        TestCode = source;
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(RuntimeAssemblies);
        TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(CitationFinder).Assembly.Location));

        // The findings are compared in Dutch, the analyzer's language unless the build asks for English.
        CompilerDiagnostics = CompilerDiagnostics.Errors;
    }

    /// <summary>Adds an <c>.editorconfig</c> section for every C# file.</summary>
    public CitationVerifier WithEditorConfig(string settings)
    {
        TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + settings));
        return this;
    }

    /// <summary>Sets the source expected after every fix.</summary>
    public CitationVerifier Fixing(string fixedSource)
    {
        FixedCode = fixedSource;
        return this;
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
        linter is null ? base.GetDiagnosticAnalyzers() : new DiagnosticAnalyzer[] { new CitationAnalyzer(linter) };

    protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => new CodeFixProvider[] { new CitationCodeFixProvider() };

    /// <summary>Checks the findings marked in the source, and no others.</summary>
    public static Task Analyze(string source) => new CitationVerifier(source) { FixedCode = source }.RunAsync();
}
