using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Tests.Scanning.FastPaths;

/// <summary>The definition fast path gives what <c>DefinitionGrammar</c> gives for the bracket, or declines.</summary>
[TestFixture]
public class DefinitionFastPathAgreementTests
{
    [Test]
    public void Agrees_with_the_grammar_on_the_whole_corpus()
    {
        FastPathCorpus.AssertAgreesOnCorpus(DefinitionFamily.Instance, 0.85);
    }

    [TestCase("(hierna: Sv) en")]
    [TestCase("(hierna: de Wet), ongegrond")]
    [TestCase("(hierna:Sv)")]
    [TestCase("(hierna : Sv)")]
    [TestCase("(hierna Sv)")]
    [TestCase("( hierna: Sv )")]
    [TestCase("(Hierna: Sv)")]
    [TestCase("(HIERNA: SV)")]
    [TestCase("(hierna te noemen: \"de Wet\")")]
    [TestCase("(hierna te noemen de Wet)")]
    [TestCase("(hierna ook: de Regeling)")]
    [TestCase("(hierna genoemd: de raad van tucht)")]
    [TestCase("(hierna: “GBR 1994”)")]
    [TestCase("(hierna: \"de  Wet)")]
    [TestCase("(verder: Awb)")]
    [TestCase("(verder : Awb)")]
    [TestCase("(Wgts) is")]
    [TestCase("(AOW).")]
    [TestCase("(NZa) in")]
    [TestCase("(Müller)")]
    public void Recognises_what_the_grammar_reads(string window)
    {
        FastPathCorpus.AssertAgrees(DefinitionFamily.Instance, window, recognised: true);
    }

    [TestCase("(Digital Services Act, hierna: DSA)")]
    [TestCase("(tekst tot 1 januari 1972; hierna: AOW)")]
    [TestCase("(hierna: appellant ten aanzien van wie het besluit is genomen)")]
    [TestCase("(hierna: de Wet")]
    [TestCase("(hierna: [naam])")]
    [TestCase("(hierna: )")]
    [TestCase("(hiernaast staat)")]
    [TestCase("(verder Awb)")]
    [TestCase("(verderop)")]
    [TestCase("(Awb 2)")]
    [TestCase("(A)")]
    [TestCase("(Abcdefghijklm)")]
    [TestCase("( Awb)")]
    [TestCase("(awb)")]
    [TestCase("(zie hierna)")]
    public void Declines_what_the_grammar_reads_its_own_way_or_rejects(string window)
    {
        FastPathCorpus.AssertAgrees(DefinitionFamily.Instance, window, recognised: false);
    }

    [Test]
    public void Reads_the_bracket_with_the_abbreviation_span_inside_it()
    {
        Assert.That(DefinitionFastPath.TryRead("(hierna te noemen: 'de  Wet') en", out var citations, out var end), Is.True);
        var definition = (AbbreviationDefinition)citations.Single();
        Assert.Multiple(() =>
        {
            Assert.That(end, Is.EqualTo("(hierna te noemen: 'de  Wet')".Length));
            Assert.That(definition.Form, Is.EqualTo(DefinitionForm.HiernaTeNoemen));
            Assert.That(definition.Abbreviation, Is.EqualTo("de Wet"));
            Assert.That(definition.AbbreviationSpan, Is.EqualTo(new TextSpan(20, 7)));
            Assert.That(definition.Quoted, Is.True);
        });
    }

    [Test]
    public void Extract_finds_the_same_definitions_through_the_fast_path()
    {
        var found = CitationFinder.Extract("Het Wetboek van Strafvordering (hierna: Sv) geldt. De wet gemeentelijk toezicht op seksbedrijven (Wgts) ook.")
            .OfType<AbbreviationDefinition>()
            .Select(d => (d.Abbreviation, d.Expansion, d.Text))
            .ToArray();
        Assert.That(found, Is.EqualTo(new[]
        {
            ("Sv", "Wetboek van Strafvordering", "Wetboek van Strafvordering (hierna: Sv)"),
            ("Wgts", "wet gemeentelijk toezicht op seksbedrijven", "wet gemeentelijk toezicht op seksbedrijven (Wgts)"),
        }));
    }
}
