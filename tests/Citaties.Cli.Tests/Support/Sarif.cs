using System.Text.Json;

namespace Citaties.Cli.Tests.Support;

/// <summary>
/// Structural checks of a SARIF 2.1.0 log as citaties writes it: the properties the specification requires,
/// levels from its list, rule ids that the driver declares, 1-based regions whose end is not before their start.
/// </summary>
public static class Sarif
{
    private static readonly string[] Levels = { "none", "note", "warning", "error" };

    /// <summary>Asserts the structure and returns the results of the single run.</summary>
    public static JsonElement[] AssertValid(JsonDocument document)
    {
        var root = document.RootElement;
        Assert.That(root.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
        Assert.That(root.GetProperty("$schema").GetString(), Does.Contain("sarif-2.1.0"));
        var runs = root.GetProperty("runs");
        Assert.That(runs.GetArrayLength(), Is.EqualTo(1));
        var run = runs[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.That(driver.GetProperty("name").GetString(), Is.EqualTo("citaties"));
        var rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        Assert.That(rules, Is.Not.Empty);
        foreach (var rule in rules)
        {
            Assert.That(rule.GetProperty("id").GetString(), Does.Match("^CIT[0-9]{4}$"));
            Assert.That(rule.GetProperty("name").GetString(), Does.Match("^[A-Za-z0-9]+$"));
            Assert.That(rule.GetProperty("shortDescription").GetProperty("text").GetString(), Is.Not.Empty);
            Assert.That(rule.GetProperty("helpUri").GetString(), Does.StartWith("https://").And.EndWith(rule.GetProperty("id").GetString() + ".md"));
            Assert.That(Levels, Does.Contain(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString()));
        }

        var ids = rules.Select(r => r.GetProperty("id").GetString()).ToList();
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            Assert.That(ids, Does.Contain(ruleId));
            Assert.That(ids[result.GetProperty("ruleIndex").GetInt32()], Is.EqualTo(ruleId));
            Assert.That(new[] { "note", "warning", "error" }, Does.Contain(result.GetProperty("level").GetString()));
            Assert.That(result.GetProperty("message").GetProperty("text").GetString(), Is.Not.Empty);
            var locations = result.GetProperty("locations").EnumerateArray().ToArray();
            Assert.That(locations, Has.Length.EqualTo(1));
            var physical = locations[0].GetProperty("physicalLocation");
            Assert.That(physical.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.Not.Empty);
            AssertRegion(physical.GetProperty("region"));
            if (result.TryGetProperty("fixes", out var fixes))
            {
                foreach (var fix in fixes.EnumerateArray())
                {
                    foreach (var change in fix.GetProperty("artifactChanges").EnumerateArray())
                    {
                        Assert.That(change.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.Not.Empty);
                        foreach (var replacement in change.GetProperty("replacements").EnumerateArray())
                        {
                            AssertRegion(replacement.GetProperty("deletedRegion"));
                            Assert.That(replacement.GetProperty("insertedContent").GetProperty("text").ValueKind, Is.EqualTo(JsonValueKind.String));
                        }
                    }
                }
            }
        }

        return results;
    }

    private static void AssertRegion(JsonElement region)
    {
        var startLine = region.GetProperty("startLine").GetInt32();
        var startColumn = region.GetProperty("startColumn").GetInt32();
        var endLine = region.GetProperty("endLine").GetInt32();
        var endColumn = region.GetProperty("endColumn").GetInt32();
        Assert.That(startLine, Is.GreaterThanOrEqualTo(1));
        Assert.That(startColumn, Is.GreaterThanOrEqualTo(1));
        Assert.That(endLine, Is.GreaterThanOrEqualTo(startLine));
        if (endLine == startLine)
        {
            Assert.That(endColumn, Is.GreaterThanOrEqualTo(startColumn));
        }
        else
        {
            Assert.That(endColumn, Is.GreaterThanOrEqualTo(1));
        }
    }
}
