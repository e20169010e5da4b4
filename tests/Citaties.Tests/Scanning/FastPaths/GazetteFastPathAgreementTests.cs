using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Tests.Scanning.FastPaths;

/// <summary>The gazette fast path gives what <c>GazetteGrammar</c> gives, or declines.</summary>
[TestFixture]
public class GazetteFastPathAgreementTests
{
    [Test]
    public void Agrees_with_the_grammar_on_the_whole_corpus()
    {
        FastPathCorpus.AssertAgreesOnCorpus(GazetteFamily.Instance, 0.90);
    }

    [TestCase("Stb. 2023, 123")]
    [TestCase("Stb. 2023, 123; zie")]
    [TestCase("stb. 2023,123.")]
    [TestCase("Stb 2011 35)")]
    [TestCase("Stb. 2011  ,  35")]
    [TestCase("Staatsblad 2010, 12")]
    [TestCase("Stcrt. 2019, 10.247 en")]
    [TestCase("Stcrt. 2019, 10.2478")]
    [TestCase("Stcrt. 2019, 10.")]
    [TestCase("Trb. 1998, 46.")]
    [TestCase("Provinciaal blad 2020, 5")]
    [TestCase("Blad gemeenschappelijke regeling 2021, 7")]
    [TestCase("Stb. 1995.")]
    [TestCase("Stb. 1995 en")]
    [TestCase("Stb. 1995")]
    [TestCase("Stb. 575, zoals gewijzigd")]
    [TestCase("Stb. 621) per")]
    [TestCase("Stb. 12345")]
    [TestCase("Stb. 5")]
    [TestCase("Stb. 1600, 5")]
    public void Recognises_what_the_grammar_reads(string window)
    {
        FastPathCorpus.AssertAgrees(GazetteFamily.Instance, window, recognised: true);
    }

    [TestCase("Stb. …, …")]
    [TestCase("Stb. ..., ...")]
    [TestCase("Stcrt. 12 juli 2019, 136")]
    [TestCase("Stcrt. van 4 mei 1994, nr. 86")]
    [TestCase("Stcrt. 1998 nr. 46")]
    [TestCase("Stcrt. 1998, nr. 46")]
    [TestCase("Stb. nr. 46")]
    [TestCase("Stb. 1889, 120k")]
    [TestCase("Stb. 2023, 123abc")]
    [TestCase("Stb. 2023, x")]
    [TestCase("Stb. 1600 en")]
    [TestCase("Stb. 1600.")]
    [TestCase("PbEU 2022, L 277/1")]
    [TestCase("Pb. EG L 2024/325")]
    [TestCase("Stbl 2023, 1")]
    [TestCase("Stb.2023, 1")]
    [TestCase("Staatsblad. 2023, 1")]
    public void Declines_what_the_grammar_reads_its_own_way_or_rejects(string window)
    {
        FastPathCorpus.AssertAgrees(GazetteFamily.Instance, window, recognised: false);
    }

    [Test]
    public void Reads_year_and_number_with_the_grammar_styles()
    {
        Assert.That(GazetteFastPath.TryRead("Stb 2011 10.247, zoals", out var citations, out var end), Is.True);
        var gazette = (GazetteCitation)citations.Single();
        Assert.Multiple(() =>
        {
            Assert.That(end, Is.EqualTo("Stb 2011 10.247".Length));
            Assert.That(gazette.Journal, Is.EqualTo("Stb"));
            Assert.That(gazette.Year, Is.EqualTo(2011));
            Assert.That(gazette.Number, Is.EqualTo("10247"));
            Assert.That(gazette.Style, Is.EqualTo(GazetteStyle.MissingDot | GazetteStyle.MissingComma));
        });
    }
}
