using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Tests.Scanning.FastPaths;

/// <summary>The Handelingen fast path gives what <c>HandelingenGrammar</c> gives, or declines.</summary>
[TestFixture]
public class HandelingenFastPathAgreementTests
{
    [Test]
    public void Agrees_with_the_grammar_on_the_whole_corpus()
    {
        FastPathCorpus.AssertAgreesOnCorpus(HandelingenFamily.Instance, 0.0);
    }

    [Test]
    public void Agrees_with_the_grammar_on_every_combination_of_common_parts()
    {
        // The corpus has few Handelingen citations; every combination of the parts' variants covers the rest.
        var agreement = new FastPathAgreement(HandelingenFamily.Instance);
        foreach (var label in new[] { "Handelingen", "Hand.", "Handelingen." })
        foreach (var chamber in new[] { " ", ", ", " II, ", " I ", " Tweede Kamer ", " IIe " })
        foreach (var year in new[] { "2019/20", "2019-2020", "vergaderjaar 2023-2024", "Zitting 1999/00", "2019/202" })
        foreach (var meeting in new[] { "", ", nr. 45", " nr 45", ", Nr.45", ", nr. x", ", 31 015, nr. 67", ", 45", " - 5380", ", nummer" })
        foreach (var item in new[] { "", ", item 7", " item7", ", item x" })
        foreach (var tail in new[] { "", ", p. 3", " blz 12-14 en 20 e.v.", ", pag.", " en", "b" })
        {
            agreement.Compare("combination", label + chamber + year + meeting + item + tail);
        }

        // A third of the meeting variants are the wrong dossier forms the fast path leaves to the grammar.
        TestContext.Out.WriteLine(agreement.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(agreement.DisagreementCount, Is.Zero, () => string.Join("\n", agreement.Disagreements));
            Assert.That(agreement.RecognisedShare, Is.GreaterThan(0.5), agreement.ToString);
        });
    }

    [TestCase("Handelingen II 2019/20, nr. 45, item 7")]
    [TestCase("Handelingen II 2019/20, nr. 45, item 7.")]
    [TestCase("Handelingen II 2019/20, nr. 45")]
    [TestCase("Hand. II 2019/20, nr. 45, item 7")]
    [TestCase("Handelingen I 2014/15, nr. 12 en")]
    [TestCase("Handelingen, vergaderjaar 2023-2024, nr. 7")]
    [TestCase("Handelingen Tweede Kamer 2019/20, nr. 45")]
    [TestCase("Handelingen II 2019/20")]
    [TestCase("Handelingen II 2019/20 is")]
    [TestCase("Handelingen II 2019/20, item 7")]
    [TestCase("Handelingen II 2019/20, nr. 45abc")]
    [TestCase("Handelingen II 2019/20, nr. 45, items 7")]
    [TestCase("Handelingen II 2019/20, nr. 45, item 7, p. 3")]
    [TestCase("Handelingen II 2007/08, nr. 108, p. 7909-7943")]
    [TestCase("Handelingen II 2007/08, nr. 108, pp. 7909 - 7943 en 7950 e.v.")]
    [TestCase("Handelingen II 2007/08, nr. 108, blz 12 en 16 en x")]
    [TestCase("Handelingen II 2007/08, nr. 108, bladzijden 12- ev")]
    [TestCase("Handelingen II 2007/08 bladzijde 3 EV")]
    [TestCase("Handelingen II 2019/20, p. 4")]
    [TestCase("Handelingen II 2019/20, pag.12345")]
    [TestCase("Handelingen II 2019/20, p. \u0663\u0664")]
    public void Recognises_what_the_grammar_reads(string window)
    {
        FastPathCorpus.AssertAgrees(HandelingenFamily.Instance, window, recognised: true);
    }

    [TestCase("Handelingen II 2019/20, nr. 45, item 7, p. x")]
    [TestCase("Handelingen II 2019/20, p. 123456")]
    [TestCase("Handelingen, 2006/07, 31 015, nr. 67")]
    [TestCase("Handelingen II 2019/20, 45")]
    [TestCase("Handelingen II 2019/20, nr. x")]
    [TestCase("Handelingen II 2019/20, nr. 45, item x")]
    [TestCase("Handelingen II 2019/202, nr. 45")]
    [TestCase("Handelingen. II 2019/20, nr. 45")]
    public void Declines_what_the_grammar_reads_its_own_way_or_rejects(string window)
    {
        FastPathCorpus.AssertAgrees(HandelingenFamily.Instance, window, recognised: false);
    }

    [Test]
    public void Reads_meeting_and_item_as_the_grammar_builds_them()
    {
        Assert.That(HandelingenFastPath.TryRead("Handelingen II 2019/20, nr. 45, item 7.", out var citations, out var end), Is.True);
        var handelingen = (HandelingenCitation)citations.Single();
        Assert.Multiple(() =>
        {
            Assert.That(end, Is.EqualTo("Handelingen II 2019/20, nr. 45, item 7".Length));
            Assert.That(handelingen.Chamber, Is.EqualTo(Chamber.Tweede));
            Assert.That(handelingen.Meeting, Is.EqualTo("45"));
            Assert.That(handelingen.Item, Is.EqualTo("7"));
            Assert.That(handelingen.Pages, Is.Null);
        });
    }
}
