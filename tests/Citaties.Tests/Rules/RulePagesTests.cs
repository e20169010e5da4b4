using Citaties.Rules;

namespace Citaties.Tests.Rules;

/// <summary>Every rule the linter runs has its page under docs/rules with the sections of the CIT6001 example.</summary>
[TestFixture]
public class RulePagesTests
{
    private static readonly string[] Sections = { "## Cause", "## Why it matters", "## How to fix", "## Examples", "## How to suppress" };

    public static IEnumerable<string> RegisteredIds() => RuleRegistry.All.Select(r => r.Descriptor.Id);

    [TestCaseSource(nameof(RegisteredIds))]
    public void The_rule_has_a_page_with_every_section(string id)
    {
        var descriptor = RuleCatalog.Find(id)!;
        var path = Path.Combine(RepositoryRoot(), descriptor.HelpPath);

        Assert.That(File.Exists(path), Is.True, $"{descriptor.HelpPath} is missing");
        var page = File.ReadAllText(path);
        Assert.That(page, Does.StartWith($"# {id}: {descriptor.Title.English}"));
        foreach (var section in Sections)
        {
            Assert.That(page, Does.Contain(section), $"{descriptor.HelpPath} lacks '{section}'");
        }

        Assert.That(page, Does.Contain($"dotnet_diagnostic.{id}.severity"));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Citaties.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Citaties.sln not found above the test directory");
    }
}
