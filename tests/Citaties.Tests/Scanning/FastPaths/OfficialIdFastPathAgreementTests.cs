using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Tests.Scanning.FastPaths;

/// <summary>The officialId fast path gives what <c>OfficialIdGrammar</c> gives, or declines.</summary>
[TestFixture]
public class OfficialIdFastPathAgreementTests
{
    [Test]
    public void Agrees_with_the_grammar_on_the_whole_corpus()
    {
        FastPathCorpus.AssertAgreesOnCorpus(OfficialIdFamily.Instance, 0.99);
    }

    [TestCase("kst-28638-178")]
    [TestCase("kst-28638-178.")]
    [TestCase("kst-32123-VI-5, zie")]
    [TestCase("kst-20192020-35300-1")]
    [TestCase("kst-35925-XV-b1")]
    [TestCase("KST-28638-178")]
    [TestCase("h-tk-20192020-45-7 en")]
    [TestCase("h-tk-20082009-1234-1240")]
    [TestCase("h-tk-2019202-45-7")]
    [TestCase("h-ek-20192020-12-3")]
    [TestCase("ah-tk-20192020-3645)")]
    [TestCase("kv-tk-2010Z06025")]
    [TestCase("stb-2023-123")]
    [TestCase("stcrt-2019-12345.html")]
    [TestCase("trb-2009-mei-v1")]
    [TestCase("blg-123456")]
    [TestCase("ag-tk-2019-12")]
    [TestCase("kst-28638-")]
    [TestCase("kst-28638- 178")]
    [TestCase("kst-28638-178-")]
    [TestCase("kst-28638--178")]
    [TestCase("stb-2023-123/")]
    public void Recognises_what_the_grammar_reads(string window)
    {
        FastPathCorpus.AssertAgrees(OfficialIdFamily.Instance, window, recognised: true);
    }

    [TestCase("kst-28638-178é")]
    [TestCase("kst-28638é")]
    [TestCase("kst-")]
    [TestCase("kst- 28638")]
    [TestCase("kstx-28638")]
    [TestCase("stb")]
    public void Declines_what_the_grammar_rejects(string window)
    {
        FastPathCorpus.AssertAgrees(OfficialIdFamily.Instance, window, recognised: false);
    }

    [Test]
    public void Reads_a_kamerstuk_id_and_stops_before_punctuation()
    {
        Assert.That(OfficialIdFastPath.TryRead("kst-28638-178.", out var citations, out var end), Is.True);
        var id = (OfficialIdCitation)citations.Single();
        Assert.Multiple(() =>
        {
            Assert.That(end, Is.EqualTo("kst-28638-178".Length));
            Assert.That(id.Value, Is.EqualTo("kst-28638-178"));
            Assert.That(id.Dossier, Is.EqualTo("28638"));
            Assert.That(id.Number, Is.EqualTo("178"));
            Assert.That(id.Defects, Is.EqualTo(OfficialIdDefect.None));
        });
    }
}
