using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Tests.Scanning.FastPaths;

/// <summary>The ECLI fast path gives what <c>EcliGrammar</c> gives, or declines.</summary>
[TestFixture]
public class EcliFastPathAgreementTests
{
    [Test]
    public void Agrees_with_the_grammar_on_the_whole_corpus()
    {
        FastPathCorpus.AssertAgreesOnCorpus(EcliFamily.Instance, 0.95);
    }

    [TestCase("ECLI:NL:HR:2016:162, r.o. 3.2")]
    [TestCase("ECLI:NL:RVS:2019:1234.")]
    [TestCase("ecli:nl:hr:2016:162)")]
    [TestCase("ECLI:EU:C:2014:2257; zie ook")]
    [TestCase("ECLI:NL:RBAMS:2018:ARR.19990427.9 en")]
    [TestCase("ELCI:NL:HR:2016:162")]
    [TestCase("ECLl:NL:HR:2016:162")]
    [TestCase("ECL:NL:HR:2016:162")]
    [TestCase("ECLI:NL:HR:2017: zie hierna")]
    [TestCase("ECLI:NL:HR:2017:")]
    [TestCase("ECLI:NL:HR:2020:01234")]
    [TestCase("ECLI:NL:HR2018:1433")]
    [TestCase("ECLI:HR:2016:113")]
    [TestCase("ECLI:NL:2017:309")]
    [TestCase("ECLI:NL:HR:BD2578 (")]
    [TestCase("ECLI:NL:HR:2008:  BG5987")]
    [TestCase("ECLI:NL:HR:2008:   2008")]
    [TestCase("ECLI:NL:HR:2016:162:5")]
    [TestCase("ECLI:NL:HR:2016:162;")]
    [TestCase("ECLI:C:EU:2013:180")]
    [TestCase("ECLI:CE:ECHR:2006:0913JUD005054108")]
    [TestCase("EU:C:2005:446.")]
    [TestCase("eu:t:2010:12")]
    [TestCase("EU:C")]
    [TestCase("ECLI:NL")]
    public void Recognises_what_the_grammar_reads(string window)
    {
        FastPathCorpus.AssertAgrees(EcliFamily.Instance, window, recognised: true);
    }

    [TestCase("ECLI:NL:HR: 2008:BG5987")]
    [TestCase("ECLI:NL:HR:  2008:BG5987")]
    [TestCase("ECLI;NL:HR:2016:162")]
    [TestCase("ECLI:NL;HR:2016:162")]
    [TestCase("ECLI::NL:HR:2016:162")]
    [TestCase("ECLI:NL:HR:2016::162")]
    [TestCase("ECLI:NL:HR:2011:LJN:BQ8092")]
    [TestCase("ECLI: ECLI:NL:HR:2016:162")]
    [TestCase("ECLI:NL:HR:2017:é")]
    [TestCase("EU:Cx:2005:446")]
    [TestCase("ECLIPS")]
    public void Declines_what_the_grammar_reads_its_own_way_or_rejects(string window)
    {
        FastPathCorpus.AssertAgrees(EcliFamily.Instance, window, recognised: false);
    }

    [Test]
    public void Reads_a_well_formed_ecli_and_stops_before_punctuation()
    {
        Assert.That(EcliFastPath.TryRead("ECLI:NL:HR:2016:162.", out var citations, out var end), Is.True);
        var ecli = (EcliCitation)citations.Single();
        Assert.Multiple(() =>
        {
            Assert.That(end, Is.EqualTo("ECLI:NL:HR:2016:162".Length));
            Assert.That(ecli.Value, Is.EqualTo("ECLI:NL:HR:2016:162"));
            Assert.That(ecli.Year, Is.EqualTo(2016));
            Assert.That(ecli.Defects, Is.EqualTo(EcliDefect.None));
        });
    }

    [Test]
    public void Records_a_misspelled_lower_case_prefix_as_the_grammar_does()
    {
        Assert.That(EcliFastPath.TryRead("elci:nl:hr:2016:162", out var citations, out _), Is.True);
        var ecli = (EcliCitation)citations.Single();
        Assert.Multiple(() =>
        {
            Assert.That(ecli.Defects, Is.EqualTo(EcliDefect.MisspelledPrefix));
            Assert.That(ecli.Repaired, Is.EqualTo("ECLI:NL:HR:2016:162"));
        });
    }
}
