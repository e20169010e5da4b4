using Citaties.Rules;

namespace Citaties.Tests.Rules;

/// <summary>
/// README.md's rules table is the one generated from the catalog. Run with CITATIES_UPDATE_README=1 to
/// rewrite it after changing a descriptor.
/// </summary>
[TestFixture]
public class ReadmeRulesTableTests
{
    private const string UpdateVariable = "CITATIES_UPDATE_README";

    private static string ReadmePath => Path.Combine(CorpusPaths.RepositoryRoot, "README.md");

    [Test]
    public void Readme_table_matches_the_catalog()
    {
        var readme = File.ReadAllText(ReadmePath);
        var generated = ReadmeRulesTable.Generate();
        var current = ReadmeRulesTable.Current(readme);
        Assert.That(current, Is.Not.Null, $"README.md needs a line '{ReadmeRulesTable.StartMarker}' followed later by '{ReadmeRulesTable.EndMarker}' around the rules table");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            if (current != generated)
            {
                File.WriteAllText(ReadmePath, ReadmeRulesTable.Replace(readme, generated));
                TestContext.Out.WriteLine("README.md rules table rewritten from the catalog.");
            }

            return;
        }

        var currentLines = current!.Split('\n');
        var generatedLines = generated.Split('\n');
        var firstDifference = Enumerable.Range(0, Math.Max(currentLines.Length, generatedLines.Length))
            .FirstOrDefault(i => i >= currentLines.Length || i >= generatedLines.Length || currentLines[i] != generatedLines[i]);
        Assert.That(
            current,
            Is.EqualTo(generated),
            $"README.md's rules table differs from RuleCatalog, first at table line {firstDifference + 1}:\n" +
            $"  README:    {currentLines.ElementAtOrDefault(firstDifference) ?? "(none)"}\n" +
            $"  generated: {generatedLines.ElementAtOrDefault(firstDifference) ?? "(none)"}\n" +
            $"Run `{UpdateVariable}=1 dotnet test tests/Citaties.Tests --filter ReadmeRulesTableTests` to rewrite it.");
    }

    [Test]
    public void Table_has_a_row_per_descriptor_with_its_page_and_severities()
    {
        var rows = ReadmeRulesTable.Generate().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToArray();

        Assert.That(rows, Has.Length.EqualTo(RuleCatalog.All.Count));
        Assert.That(rows, Has.Some.EqualTo("| [CIT1003](docs/rules/CIT1003.md) | Chamber missing | warning | warning | none | warning | yes |"));
        Assert.That(rows, Has.Some.EqualTo("| [CIT2008](docs/rules/CIT2008.md) | Abbreviation in a regulation | warning | none | none | none | yes |"));
        Assert.That(rows, Has.Some.EqualTo("| [CIT6001](docs/rules/CIT6001.md) | Malformed BWB id | error | error | error | error | no |"));
    }

    [TestCase("intro\n<!-- rules:start -->\nold\n<!-- rules:end -->\ntail\n", "intro\n<!-- rules:start -->\nNEW\n<!-- rules:end -->\ntail\n")]
    [TestCase("intro\n<!-- rules:start -->\n<!-- rules:end -->\n", "intro\n<!-- rules:start -->\nNEW\n<!-- rules:end -->\n")]
    public void Replace_keeps_everything_outside_the_markers(string readme, string expected)
    {
        Assert.That(ReadmeRulesTable.Replace(readme, "NEW\n"), Is.EqualTo(expected));
    }

    [TestCase("no markers at all\n")]
    [TestCase("<!-- rules:end -->\n<!-- rules:start -->\n")]
    public void Without_markers_in_order_there_is_no_table(string readme)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ReadmeRulesTable.Current(readme), Is.Null);
            Assert.That(ReadmeRulesTable.Replace(readme, "NEW\n"), Is.Null);
        });
    }
}
