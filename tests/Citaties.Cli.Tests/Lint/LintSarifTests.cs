using Citaties.Cli.Tests.Support;
using Citaties.Rules;

namespace Citaties.Cli.Tests.Lint;

[TestFixture]
public class LintSarifTests
{
    [Test]
    public void Prints_a_valid_sarif_log_with_every_rule()
    {
        using var folder = new TempFolder();
        folder.Write("docs/brief een.txt", "Regel een.\nZie BWBR001903 en BWBR00019030.\n");

        var run = Tool.Run(folder.Path, "lint", "--format", "sarif", "docs/brief een.txt");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        using var json = run.Json();
        SchemaFiles.AssertValid(SchemaFiles.Sarif, json);
        var results = Sarif.AssertValid(json);
        var rules = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.That(rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()), Is.EqualTo(RuleCatalog.All.Select(d => d.Id)));
        var cit6001 = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "CIT6001");
        Assert.That(cit6001.GetProperty("helpUri").GetString(), Is.EqualTo(RuleCatalog.Find(RuleIds.MalformedBwb)!.HelpLink));
        Assert.That(cit6001.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Is.EqualTo("error"));

        Assert.That(results, Has.Length.EqualTo(2));
        var first = results[0];
        Assert.That(first.GetProperty("ruleId").GetString(), Is.EqualTo("CIT6001"));
        Assert.That(first.GetProperty("level").GetString(), Is.EqualTo("error"));
        var location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.That(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("docs/brief%20een.txt"));
        var region = location.GetProperty("region");
        Assert.Multiple(() =>
        {
            Assert.That(region.GetProperty("startLine").GetInt32(), Is.EqualTo(2));
            Assert.That(region.GetProperty("startColumn").GetInt32(), Is.EqualTo(5));
            Assert.That(region.GetProperty("endLine").GetInt32(), Is.EqualTo(2));
            Assert.That(region.GetProperty("endColumn").GetInt32(), Is.EqualTo(15));
        });
    }

    [Test]
    public void Describes_a_fix_as_a_replacement_of_its_region()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", "Regel.\nZie Verordening 2022/2065.");

        var run = Tool.Run(folder.Path, "lint", "--format", "sarif", "brief.txt");

        using var json = run.Json();
        var result = Sarif.AssertValid(json).Single();
        Assert.That(result.GetProperty("level").GetString(), Is.EqualTo("warning"));
        var replacement = result.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        var deleted = replacement.GetProperty("deletedRegion");
        Assert.Multiple(() =>
        {
            Assert.That(deleted.GetProperty("startLine").GetInt32(), Is.EqualTo(2));
            Assert.That(deleted.GetProperty("startColumn").GetInt32(), Is.EqualTo(5));
            Assert.That(deleted.GetProperty("endColumn").GetInt32(), Is.EqualTo(26));
            Assert.That(replacement.GetProperty("insertedContent").GetProperty("text").GetString(), Is.EqualTo("Verordening (EU) 2022/2065"));
        });
    }

    [Test]
    public void Maps_severities_to_sarif_levels()
    {
        using var folder = new TempFolder();
        folder.Write("warn/citaties.json", "{ \"rules\": { \"CIT6001\": \"warning\" } }");
        folder.Write("warn/a.txt", "BWBR001903");
        folder.Write("info/citaties.json", "{ \"rules\": { \"CIT6001\": \"info\" } }");
        folder.Write("info/b.txt", "BWBR001903");

        var run = Tool.Run(folder.Path, "lint", "--format", "sarif", "--fail-on", "none", "warn/a.txt", "info/b.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        using var json = run.Json();
        Assert.That(Sarif.AssertValid(json).Select(r => r.GetProperty("level").GetString()), Is.EqualTo(new[] { "warning", "note" }));
    }

    [Test]
    public void Counts_columns_in_utf16_code_units()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "\U0001F600 BWBR001903");

        var run = Tool.Run(folder.Path, "lint", "--format", "sarif", "a.txt");

        using var json = run.Json();
        var region = Sarif.AssertValid(json)[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.That(region.GetProperty("startColumn").GetInt32(), Is.EqualTo(4));
        Assert.That(json.RootElement.GetProperty("runs")[0].GetProperty("columnKind").GetString(), Is.EqualTo("utf16CodeUnits"));
    }

    [Test]
    public void Gives_word_findings_a_region_and_their_paragraph()
    {
        using var folder = new TempFolder();
        WordFiles.Write(Path.Combine(folder.Path, "ontwerp.docx"), "Titel", "Zie BWBR001903.");

        var run = Tool.Run(folder.Path, "lint", "--format", "sarif", "ontwerp.docx");

        using var json = run.Json();
        var result = Sarif.AssertValid(json).Single();
        Assert.That(result.GetProperty("properties").GetProperty("part").GetString(), Is.EqualTo("/word/document.xml"));
        Assert.That(result.GetProperty("properties").GetProperty("paragraph").GetInt32(), Is.EqualTo(2));
        Assert.That(result.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("name").GetString(), Is.EqualTo("paragraph 2"));
    }

    [Test]
    public void Names_rules_by_their_english_title()
    {
        Assert.That(Citaties.Cli.Output.Lint.SarifOutput.RuleName(RuleCatalog.Find(RuleIds.MalformedBwb)!), Is.EqualTo("MalformedBWBId"));
    }

    [Test]
    public void Fingerprints_stay_when_text_is_added_above_and_change_when_the_citation_does()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Zie BWBR001903.\nEn BWBR001903.\n");
        var before = Fingerprints(Tool.Run(folder.Path, "lint", "--quiet", "--format", "sarif", "a.txt"));
        folder.Write("a.txt", "Een nieuwe alinea.\n\nZie BWBR001903.\nEn BWBR001904.\n");
        var after = Fingerprints(Tool.Run(folder.Path, "lint", "--quiet", "--format", "sarif", "a.txt"));

        Assert.That(before, Has.Length.EqualTo(2).And.Unique, "a second identical finding has its own identity");
        Assert.That(after[0], Is.EqualTo(before[0]), "moved down two lines, still the same finding");
        Assert.That(after[1], Is.Not.EqualTo(before[1]), "an edited citation is another finding");
    }

    [Test]
    public void The_schema_refuses_what_code_scanning_would_refuse()
    {
        // The schema must be able to fail, or validating against it proves nothing.
        using var bad = System.Text.Json.JsonDocument.Parse("{ \"version\": \"2.1.0\", \"runs\": [ { \"tool\": { \"driver\": { \"name\": \"x\" } }, \"results\": [ { \"level\": \"fatal\", \"message\": { \"text\": \"m\" } } ] } ] }");

        Assert.That(SchemaFiles.Errors(SchemaFiles.Sarif, bad.RootElement), Is.Not.Empty);
    }

    private static string[] Fingerprints(CliRun run)
    {
        using var json = run.Json();
        return json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("partialFingerprints").GetProperty(Citaties.Cli.Output.Lint.SarifOutput.FingerprintKey).GetString()!)
            .ToArray();
    }
}
