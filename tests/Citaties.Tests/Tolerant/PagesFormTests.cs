using Citaties.Model;
using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Tolerant;

/// <summary>
/// Pages as people write them (<c>pag 4</c>, <c>pag.4</c>, <c>pagina 12</c>, <c>blz 8</c>, <c>p. 17, 19-22</c>,
/// <c>pag 8/9</c>, <c>e v.</c>): each is read as the pages it names, and a CIT1015 finding with <c>p. ...</c> as fix
/// where the form differs. The <c>blz.</c> texts are from the corpus (rechtspraak decisions of the Hoge Raad).
/// </summary>
[TestFixture]
public class PagesFormTests
{
    private static IEnumerable<TestCaseData> Forms()
    {
        yield return new TestCaseData("Zie Kamerstukken II 2010/11, 32 123, nr. 5, pag 4.", "pag 4", "4");
        yield return new TestCaseData("Zie Kamerstukken II 2010/11, 32 123, nr. 5, pag.4.", "pag.4", "4");
        yield return new TestCaseData("Zie Kamerstukken II 2010/11, 32 123, nr. 5, pagina 12.", "pagina 12", "12");
        yield return new TestCaseData("Zie Kamerstukken II 2010/11, 32 123, nr. 5, blz 8.", "blz 8", "8");
        yield return new TestCaseData("Zie Kamerstukken II 2010/11, 32 123, nr. 5, pag 8/9.", "pag 8/9", "8-9");
        yield return new TestCaseData("Zie Kamerstukken II 2010/11, 32 123, nr. 5, p. 8 e v.", "p. 8 e v.", "8 e.v.");
        yield return new TestCaseData("Kamerstukken II, 1992-1993, 22 969, nr. 3, blz. 37-38.", "blz. 37-38", "37-38");
        yield return new TestCaseData("Handelingen TK 2009/10, nr. 12, blz 345", "blz 345", "345");
    }

    [TestCaseSource(nameof(Forms))]
    public void The_pages_are_read_as_the_pages_they_name(string text, string written, string pages)
    {
        var citation = CitationFinder.Extract(text).Single();
        var read = citation switch
        {
            KamerstukCitation k => k.Pages,
            HandelingenCitation h => h.Pages,
            _ => null,
        };

        Assert.Multiple(() =>
        {
            Assert.That(read, Is.EqualTo(pages));
            Assert.That(citation.Text, Does.EndWith(written));
            Assert.That(citation.Canonical, Does.EndWith("p. " + pages));
        });
    }

    [TestCaseSource(nameof(Forms))]
    public void Another_form_is_an_info_finding_with_p_as_fix(string text, string written, string pages)
    {
        var diagnostic = Of(RuleIds.PagesForm, text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Info));
            Assert.That(diagnostic.Fix, Is.EqualTo(new Fix(SpanOf(text, written), "p. " + pages)));
        });
    }

    [TestCase("Zie Kamerstukken II 2010/11, 32 123, nr. 5, pag 8/9.", "pag 8/9", "p. 8-9")]
    [TestCase("Kamerstukken II 1992/93, 22 969, nr. 3, blz. 37-38.", "blz. 37-38", "p. 37-38")]
    public void The_fix_settles(string text, string written, string canonical)
    {
        Assert.That(FixSettles(RuleIds.PagesForm, text), Is.EqualTo(text.Replace(written, canonical)));
    }

    [Test]
    public void Pages_listed_after_a_comma_are_read_whole_and_need_no_fix()
    {
        const string text = "Zie Kamerstukken II 2010/11, 32 123, nr. 5, p. 17, 19-22.";

        var kamerstuk = CitationFinder.Extract(text).OfType<KamerstukCitation>().Single();

        Assert.Multiple(() =>
        {
            Assert.That(kamerstuk.Pages, Is.EqualTo("17, 19-22"));
            Assert.That(kamerstuk.Text, Does.EndWith("p. 17, 19-22"));
            Assert.That(Of(RuleIds.PagesForm, text), Is.Empty);
        });
    }

    [Test]
    public void A_comma_before_a_grouped_number_ends_the_pages()
    {
        const string text = "Kamerstukken II 2010/11, 32 123, nr. 5, p. 17, 33 000, nr. 2";

        var kamerstuk = CitationFinder.Extract(text).OfType<KamerstukCitation>().First();

        Assert.That(kamerstuk.Pages, Is.EqualTo("17"));
    }

    [TestCase("Kamerstukken II 2010/11, 32 123, nr. 5, p. 4")]
    [TestCase("Kamerstukken II 2010/11, 32 123, nr. 5, p. 7-8")]
    [TestCase("Kamerstukken II 2010/11, 32 123, nr. 5, p. 3 en 4")]
    [TestCase("Handelingen II 2010/11, nr. 108, item 5, p. 25-36")]
    public void The_canonical_forms_give_no_finding(string text)
    {
        Assert.That(Of(RuleIds.PagesForm, text), Is.Empty);
    }
}
