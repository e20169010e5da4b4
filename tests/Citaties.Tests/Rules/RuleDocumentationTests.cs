using Citaties.Rules;

namespace Citaties.Tests.Rules;

/// <summary>
/// Every descriptor of the catalog (not only the rules already implemented) has its page docs/rules/CITnnnn.md
/// with the sections of the worked example CIT6001, its help link points at that page, and no page exists
/// for a rule the catalog does not know. Pages are checked by heading lines, so a section named only in the
/// text does not count.
/// </summary>
[TestFixture]
public class RuleDocumentationTests
{
    // The second-level headings every page has, in this order (DESIGN.md "Rule catalog": cause, why, how to
    // fix, examples, how to suppress).
    private static readonly string[] Sections =
    {
        "## Cause", "## Why it matters", "## How to fix", "## Examples", "## How to suppress",
    };

    private static string RulesFolder => Path.Combine(CorpusPaths.RepositoryRoot, "docs", "rules");

    public static IEnumerable<TestCaseData> Descriptors() =>
        RuleCatalog.All.Select(d => new TestCaseData(d.Id).SetName("Page of " + d.Id));

    [TestCaseSource(nameof(Descriptors))]
    public void Has_a_page_with_every_section(string id)
    {
        var descriptor = RuleCatalog.Find(id)!;
        var path = Path.Combine(CorpusPaths.RepositoryRoot, descriptor.HelpPath);

        Assert.That(File.Exists(path), Is.True, $"{descriptor.HelpPath} is missing");
        var lines = File.ReadAllLines(path).Select(l => l.TrimEnd()).ToArray();
        var headings = lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToArray();
        Assert.Multiple(() =>
        {
            // The README table, `citaties explain` and the page all show this title, so they must agree.
            Assert.That(lines.FirstOrDefault(), Is.EqualTo($"# {id}: {descriptor.Title.English}"), "the title line names the id and the catalog's English title");
            Assert.That(headings.Where(Sections.Contains), Is.EqualTo(Sections), $"{descriptor.HelpPath} has each required section once, in order");
            Assert.That(lines, Has.Some.Contains($"\"{id}\": \"none\""), "how to suppress in citaties.json");
            Assert.That(lines, Has.Some.Contains($"dotnet_diagnostic.{id}.severity"), "how to suppress in .editorconfig");
        });
    }

    [TestCaseSource(nameof(Descriptors))]
    public void Help_link_ends_with_the_page_path(string id)
    {
        var descriptor = RuleCatalog.Find(id)!;

        Assert.Multiple(() =>
        {
            Assert.That(descriptor.HelpPath, Is.EqualTo($"docs/rules/{id}.md"));
            Assert.That(descriptor.HelpLink, Does.EndWith("/" + descriptor.HelpPath));
            Assert.That(descriptor.HelpLink, Does.StartWith(ProjectLinks.RulePages), "every help link derives from the one project URL");
            Assert.That(Uri.IsWellFormedUriString(descriptor.HelpLink, UriKind.Absolute), Is.True, descriptor.HelpLink);
        });
    }

    [Test]
    public void Every_page_belongs_to_a_descriptor()
    {
        var pages = Directory.GetFiles(RulesFolder).Select(Path.GetFileName).ToArray();
        var expected = RuleCatalog.All.Select(d => Path.GetFileName(d.HelpPath)).ToHashSet();

        Assert.That(pages.Where(p => !expected.Contains(p!)), Is.Empty, "pages in docs/rules without a rule in RuleCatalog");
    }

    [Test]
    public void No_descriptor_lacks_a_page()
    {
        // The per-descriptor cases say what is wrong with each page; this one lists every missing page at once.
        var missing = RuleCatalog.All.Where(d => !File.Exists(Path.Combine(CorpusPaths.RepositoryRoot, d.HelpPath))).Select(d => d.Id);

        Assert.That(missing, Is.Empty, "rules without a page in docs/rules");
    }
}
