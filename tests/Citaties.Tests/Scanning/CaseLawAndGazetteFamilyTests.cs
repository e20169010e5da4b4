using Citaties.Kinds;
using Citaties.Scanning;

namespace Citaties.Tests.Scanning;

[TestFixture]
public class CaseLawAndGazetteFamilyTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("ecli", "ECLI:NL:HR:2016:162", 3, true);
        yield return new TestCaseData("ecli", "ECL:NL:HR:2016:162", 3, true);
        yield return new TestCaseData("ecli", "ECLl;NL", 3, true);
        yield return new TestCaseData("ecli", "ELCI:NL:HR:2016:162", 4, true);
        yield return new TestCaseData("ecli", "EU:C:2005:446", 5, true);
        yield return new TestCaseData("ecli", "ecliptic", 3, false);
        yield return new TestCaseData("ecli", "eclectic", 3, false);
        yield return new TestCaseData("ecli", "ECLI", 3, false);
        yield return new TestCaseData("ecli", "ECLI: NL:HR:2016:162", 3, true);
        yield return new TestCaseData("ecli", "ECLI:: NL:HR:2016:162", 3, true);
        yield return new TestCaseData("ecli", "ECLI: 2016", 3, true);
        yield return new TestCaseData("ecli", "ECLI : NL:HR:2016:162", 3, true);
        yield return new TestCaseData("ecli", "ECLI: ECLI:NL:HR:1988:AD0289", 3, false);
        yield return new TestCaseData("ecli", "ECLI: zie hierna", 3, false);
        yield return new TestCaseData("ecli", "ECLI:", 3, false);
        yield return new TestCaseData("ecli", "EU:C:beleid", 5, false);
        yield return new TestCaseData("ljn", "LJN: AB1234", 3, true);
        yield return new TestCaseData("ljn", "LJNs", 3, false);
        yield return new TestCaseData("gazette", "Stb. 2023, 123", 3, true);
        yield return new TestCaseData("gazette", "Stb\u00A02023, 123", 3, true);
        yield return new TestCaseData("gazette", "Stb. …, …", 3, true);
        yield return new TestCaseData("gazette", "PbEU L 2024/325", 4, true);
        yield return new TestCaseData("gazette", "stb-2023-123", 3, false);
        yield return new TestCaseData("gazette", "Stbl. Jansen", 3, false);
        yield return new TestCaseData("gazette", "Stb is", 3, false);
        yield return new TestCaseData("gazette", "Staatsblad geplaatst", 10, false);
        yield return new TestCaseData("gazette", "Stb.", 3, false);
    }

    [TestCaseSource(nameof(Cases))]
    public void Cheap_check_keeps_candidates_and_drops_lookalikes_without_allocating(string familyName, string text, int anchorLength, bool expected)
    {
        var family = KindRegistry.Families.Single(f => f.Name == familyName);
        var result = family.IsPlausible(text.AsSpan(), 0, anchorLength);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            family.IsPlausible(text.AsSpan(), 0, anchorLength);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(result, Is.EqualTo(expected));
        Assert.That(allocated, Is.Zero);
    }

    [Test]
    public void Every_family_is_registered()
    {
        Assert.That(KindRegistry.Families, Does.Contain(EcliFamily.Instance).And.Contain(LjnFamily.Instance).And.Contain(GazetteFamily.Instance));
    }
}
