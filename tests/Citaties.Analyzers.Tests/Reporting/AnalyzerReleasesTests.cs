using System.Globalization;
using System.Text;

namespace Citaties.Analyzers.Tests.Reporting;

/// <summary>
/// The release-tracking files list every id the analyzer reports, as the catalog describes it. The ids come from
/// the catalog at run time, where the release-tracking analyzer cannot see them, so this test holds the two equal.
/// After a change to the catalog: <c>CITATIES_UPDATE_RELEASES=1 dotnet test tests/Citaties.Analyzers.Tests --filter AnalyzerReleasesTests</c>.
/// </summary>
[TestFixture]
public class AnalyzerReleasesTests
{
    private static readonly string Folder = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "../../../../../src/Citaties.Analyzers"));

    [Test]
    public void Shipped_and_unshipped_releases_together_list_every_descriptor()
    {
        var shipped = File.ReadAllText(Path.Combine(Folder, "AnalyzerReleases.Shipped.md"));
        var unshippedPath = Path.Combine(Folder, "AnalyzerReleases.Unshipped.md");
        var expected = Unshipped(shipped);
        if (Environment.GetEnvironmentVariable("CITATIES_UPDATE_RELEASES") == "1")
        {
            File.WriteAllText(unshippedPath, expected);
        }

        Assert.That(File.ReadAllText(unshippedPath).ReplaceLineEndings("\n"), Is.EqualTo(expected), "Run with CITATIES_UPDATE_RELEASES=1 to rewrite it.");
    }

    private static string Unshipped(string shipped)
    {
        var english = CultureInfo.GetCultureInfo("en-GB");
        var text = new StringBuilder()
            .Append("; Unshipped analyzer release\n")
            .Append("; https://github.com/dotnet/roslyn-analyzers/blob/main/src/Microsoft.CodeAnalysis.Analyzers/ReleaseTrackingAnalyzers.Help.md\n\n")
            .Append("### New Rules\n\n")
            .Append("Rule ID | Category | Severity | Notes\n")
            .Append("--------|----------|----------|-------\n");
        foreach (var descriptor in new CitationAnalyzer().SupportedDiagnostics.Where(d => !shipped.Contains(d.Id + " ", StringComparison.Ordinal)).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} | {descriptor.Title.ToString(english)}\n");
        }

        return text.ToString();
    }
}
