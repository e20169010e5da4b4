using Citaties.Model;

namespace Citaties.Tests.Grammar;

[TestFixture]
public class BwbGrammarTests
{
    [TestCase("BWBR0001903", 'R', "0001903")]
    [TestCase("bwbv0001000", 'V', "0001000")]
    public void Parses_well_formed_ids(string text, char type, string digits)
    {
        var result = CitationFinder.TryParse(text);

        Assert.That(result.Success, Is.True, result.Error?.Message);
        var bwb = (BwbCitation)result.Citation!;
        Assert.Multiple(() =>
        {
            Assert.That(bwb.Type, Is.EqualTo(type));
            Assert.That(bwb.Digits, Is.EqualTo(digits));
            Assert.That(bwb.IsWellFormed, Is.True);
            Assert.That(bwb.Canonical, Is.EqualTo(text.ToUpperInvariant()));
            Assert.That(bwb.Links, Is.EqualTo(new[] { "https://wetten.overheid.nl/" + text.ToUpperInvariant() }));
        });
    }

    [Test]
    public void Recognises_an_id_with_six_digits_as_malformed()
    {
        var result = CitationFinder.TryParse("BWBR001903");

        Assert.That(result.Success, Is.True);
        var bwb = (BwbCitation)result.Citation!;
        Assert.That(bwb.IsWellFormed, Is.False);
        Assert.That(bwb.Links, Is.Empty);
    }

    [Test]
    public void Reports_where_a_broken_id_fails()
    {
        var result = CitationFinder.TryParse("BWBX0001903");

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error!.Position, Is.EqualTo(3));
        Assert.That(result.Error.Message, Does.Contain("'R' or 'V'"));
    }

    [Test]
    public void Extracts_ids_from_running_text_with_spans()
    {
        const string text = "Zie BWBR0001903 en ook BWBR0005537.";

        var citations = CitationFinder.Extract(text);

        Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[] { "BWBR0001903", "BWBR0005537" }));
        Assert.That(citations[0].Span, Is.EqualTo(new TextSpan(4, 11)));
    }

    [Test]
    public void Ignores_an_anchor_inside_a_word()
    {
        Assert.That(CitationFinder.Extract("xBWBR0001903"), Is.Empty);
    }
}
