using Citaties.Rules;

namespace Citaties.Tests.Rules;

/// <summary>
/// The rule pages ship inside the library (<see cref="RuleDescriptor.Documentation"/>), so that the CLI, an
/// analyzer or a language server shows the same page without a checkout.
/// </summary>
[TestFixture]
public class RulePagesTests
{
    [Test]
    public void Every_rule_page_is_embedded_in_the_library()
    {
        var missing = RuleCatalog.All.Where(d => d.Documentation is null).Select(d => d.Id).ToList();

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Embeds_each_page_as_written_in_docs_rules()
    {
        foreach (var descriptor in RuleCatalog.All)
        {
            var path = Path.Combine(CorpusPaths.RepositoryRoot, descriptor.HelpPath);
            var onDisk = File.ReadAllText(path).Replace("\r\n", "\n");

            Assert.That(descriptor.Documentation!.Replace("\r\n", "\n"), Is.EqualTo(onDisk), descriptor.Id);
        }
    }

    [Test]
    public void A_page_starts_with_its_id_and_title()
    {
        var descriptor = RuleCatalog.Find(RuleIds.MalformedBwb)!;

        Assert.That(descriptor.Documentation, Does.StartWith("# CIT6001: " + descriptor.Title.English));
    }
}
