using System.Reflection;
using Citaties.Rules;

namespace Citaties.Tests.Rules;

/// <summary>
/// The rules are found by reflection, so nothing but these tests ties the ids file, the rule classes and the
/// pages together: each id has one rule, each rule one id, each rule a page.
/// </summary>
[TestFixture]
public class RuleRegistryTests
{
    private static IReadOnlyList<string> DeclaredIds() =>
        typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

    [Test]
    public void Every_id_in_the_ids_file_has_exactly_one_rule()
    {
        var ruleIds = RuleRegistry.All.Select(r => r.Descriptor.Id).ToList();

        Assert.Multiple(() =>
        {
            foreach (var id in DeclaredIds())
            {
                Assert.That(ruleIds.Count(r => r == id), Is.EqualTo(1), id);
            }
        });
    }

    [Test]
    public void Every_rule_has_an_id_from_the_ids_file()
    {
        var declared = DeclaredIds();

        Assert.That(RuleRegistry.All.Select(r => r.Descriptor.Id).Where(id => !declared.Contains(id)), Is.Empty);
    }

    [Test]
    public void No_two_rules_share_an_id()
    {
        Assert.That(RuleRegistry.All.Select(r => r.Descriptor.Id), Is.Unique);
        Assert.That(DeclaredIds(), Is.Unique, "an id written twice in RuleIds");
    }

    [Test]
    public void Finds_every_rule_class_in_the_assembly_in_id_order()
    {
        var classes = typeof(CitationRule).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CitationRule).IsAssignableFrom(t))
            .ToList();

        Assert.That(RuleRegistry.All.Select(r => r.GetType()), Is.EquivalentTo(classes));
        Assert.That(RuleRegistry.All.Select(r => r.Descriptor.Id), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [Test]
    public void The_catalog_holds_the_descriptors_the_rules_report_with()
    {
        foreach (var rule in RuleRegistry.All)
        {
            Assert.That(RuleCatalog.Find(rule.Descriptor.Id), Is.SameAs(rule.Descriptor), rule.GetType().Name);
        }
    }

    [Test]
    public void Every_rule_has_a_documentation_page()
    {
        var missing = RuleRegistry.All.Where(r => r.Descriptor.Documentation is null).Select(r => r.Descriptor.Id);

        Assert.That(missing, Is.Empty);
    }
}
