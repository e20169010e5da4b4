using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Tests.Kinds;

[TestFixture]
public class KindRegistryTests
{
    private static IEnumerable<CitationKind> AllKinds() => Enum.GetValues<CitationKind>();

    [TestCaseSource(nameof(AllKinds))]
    public void Every_kind_has_exactly_one_registration(CitationKind kind)
    {
        Assert.That(KindRegistry.All.Count(registration => registration.Kind == kind), Is.EqualTo(1));
    }

    [Test]
    public void No_family_is_registered_for_two_kinds()
    {
        var families = KindRegistry.All.SelectMany(registration => registration.Families).ToList();

        Assert.That(families, Is.Unique);
        Assert.That(KindRegistry.Families, Is.EqualTo(families), "the extractor scans the families in registry order");
    }

    [TestCase(CitationKind.Kamerstuk, "kamerstuk")]
    [TestCase(CitationKind.Handelingen, "handelingen")]
    [TestCase(CitationKind.Aanhangsel, "aanhangsel")]
    [TestCase(CitationKind.Article, "article")]
    [TestCase(CitationKind.Ecli, "ecli")]
    [TestCase(CitationKind.Ljn, "ljn")]
    [TestCase(CitationKind.Gazette, "gazette")]
    [TestCase(CitationKind.EuAct, "euAct")]
    [TestCase(CitationKind.Celex, "celex")]
    [TestCase(CitationKind.Bwb, "bwb")]
    [TestCase(CitationKind.Jci, "jci")]
    [TestCase(CitationKind.OfficialId, "officialId")]
    [TestCase(CitationKind.Definition, "definition")]
    [TestCase(CitationKind.Guidance, "guidance")]
    [TestCase(CitationKind.Case, "case")]
    [TestCase(CitationKind.Law, "law")]
    public void Json_names_are_those_of_the_machine_interface(CitationKind kind, string expected)
    {
        Assert.That(kind.ToJsonName(), Is.EqualTo(expected));
    }

    [Test]
    public void Json_names_cover_every_kind()
    {
        // CitationKindNames indexes its names by value, which holds while the values run 0, 1, 2, ...
        Assert.That(AllKinds().Select(kind => (int)kind), Is.EqualTo(Enumerable.Range(0, AllKinds().Count())));
    }
}
