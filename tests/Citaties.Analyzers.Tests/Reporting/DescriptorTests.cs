using System.Collections.Immutable;
using System.Globalization;
using Citaties.Analyzers.CodeFixes;
using Citaties.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Citaties.Analyzers.Tests.Reporting;

/// <summary>Ids, titles, categories, help links and messages come from the library's one rule catalog.</summary>
[TestFixture]
public class DescriptorTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [Test]
    public void Every_rule_of_the_catalog_is_a_descriptor_with_its_title_category_and_help_link()
    {
        var descriptors = new CitationAnalyzer().SupportedDiagnostics.ToDictionary(d => d.Id);

        Assert.Multiple(() =>
        {
            foreach (var rule in RuleCatalog.All)
            {
                var descriptor = descriptors[rule.Id];
                Assert.That(descriptor.Title.ToString(Dutch), Is.EqualTo(rule.Title.Dutch), rule.Id);
                Assert.That(descriptor.Title.ToString(English), Is.EqualTo(rule.Title.English), rule.Id);
                Assert.That(descriptor.Category, Is.EqualTo(rule.Category.ToString()), rule.Id);
                Assert.That(descriptor.HelpLinkUri, Is.EqualTo(rule.HelpLink), rule.Id);
                Assert.That(descriptor.IsEnabledByDefault, Is.True, rule.Id);
            }

            Assert.That(descriptors.Keys, Is.EquivalentTo(RuleCatalog.All.Select(r => r.Id).Append("CIT9001")));
        });
    }

    [Test]
    public void Every_rule_with_a_fix_has_the_code_fix()
    {
        Assert.That(new CitationCodeFixProvider().FixableDiagnosticIds, Is.EquivalentTo(RuleCatalog.All.Where(r => r.HasFix).Select(r => r.Id)));
    }

    [Test]
    public async Task The_message_is_written_in_the_language_the_build_asks_for()
    {
        var diagnostic = (await Analyze("class C { string s = \"Zie artikel 6, lid 4, Awb.\"; }")).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.GetMessage(Dutch), Is.EqualTo("Schrijf 'vierde lid' in plaats van 'lid 4'"));
            Assert.That(diagnostic.GetMessage(English), Is.EqualTo("Write 'vierde lid' instead of 'lid 4'"));
            Assert.That(diagnostic.Descriptor.Title.ToString(English), Is.EqualTo(RuleCatalog.Find("CIT2003")!.Title.English));
        });
    }

    private static async Task<ImmutableArray<Microsoft.CodeAnalysis.Diagnostic>> Analyze(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal))
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Probe", new[] { CSharpSyntaxTree.ParseText(source, path: "/src/C.cs") }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CitationAnalyzer())).GetAnalyzerDiagnosticsAsync();
    }
}
