using Citaties.Rules;

namespace Citaties.Tests.Rules;

/// <summary>Every rule the linter runs has its documentation page, with the sections of the worked example CIT6001.</summary>
[TestFixture]
public class RegisteredRulePagesTests
{
    private static readonly string[] Sections = { "## Cause", "## Why it matters", "## How to fix", "## Examples", "## How to suppress" };

    private static IEnumerable<string> RegisteredIds() => RuleRegistry.All.Select(r => r.Descriptor.Id);

    [TestCaseSource(nameof(RegisteredIds))]
    public void Has_a_page_with_every_section(string id)
    {
        var descriptor = RuleCatalog.Find(id)!;
        var path = Path.Combine(CorpusPaths.RepositoryRoot, descriptor.HelpPath);

        Assert.That(File.Exists(path), Is.True, path);
        var page = File.ReadAllText(path);
        Assert.That(page, Does.StartWith($"# {id}: "));
        Assert.That(Sections, Has.All.Matches<string>(section => page.Contains(section + "\n", StringComparison.Ordinal)));
    }
}
