using Citaties.Model;

namespace Citaties.Tests.Grammar;

[TestFixture]
public class LjnGrammarTests
{
    [TestCase("LJN: AB1234")]
    [TestCase("LJN AB1234")]
    [TestCase("LJN-nr. AB1234")]
    [TestCase("LJN-nr AB1234")]
    [TestCase("LJN-nummer AB1234")]
    [TestCase("LJN nr. AB1234")]
    [TestCase("LJN:AB1234")]
    [TestCase("ljn: ab1234")]
    [TestCase("LJN: AB 1234")]
    public void Parses_every_written_form(string text)
    {
        var result = CitationFinder.TryParse(text);

        Assert.That(result.Success, Is.True, result.Error?.Message);
        var ljn = (LjnCitation)result.Citation!;
        Assert.Multiple(() =>
        {
            Assert.That(ljn.Value, Is.EqualTo("AB1234"));
            Assert.That(ljn.Canonical, Is.EqualTo("LJN AB1234"));
            Assert.That(ljn.Links, Is.Empty);
            Assert.That(ljn.Text, Is.EqualTo(text));
        });
    }

    [Test]
    public void Writes_the_json_fields()
    {
        var json = CitationJsonProbe.Write(CitationFinder.TryParse("LJN: BQ8092").Citation!);

        Assert.That(json.GetProperty("kind").GetString(), Is.EqualTo("ljn"));
        Assert.That(json.GetProperty("fields").GetProperty("value").GetString(), Is.EqualTo("BQ8092"));
    }

    [TestCase("LJN: AB12", 7, "4 digits")]
    [TestCase("LJN: A1234", 5, "LJN number")]
    [TestCase("LJN", 3, "LJN number")]
    public void Reports_where_a_broken_ljn_fails(string text, int position, string expected)
    {
        var result = CitationFinder.TryParse(text);

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error!.Position, Is.EqualTo(position), result.Error.Message);
        Assert.That(result.Error.Message, Does.Contain(expected));
    }

    [TestCase("HR 9 juli 2004, LJN: AO7817, NJ 2005, 270.", "LJN: AO7817", 16)]
    [TestCase("(LJN: BQ8092)", "LJN: BQ8092", 1)]
    [TestCase("LJN BA1234, NJ 2008, 1", "LJN BA1234", 0)]
    [TestCase("zie LJN-nr. AJ9403.", "LJN-nr. AJ9403", 4)]
    [TestCase("zie LJN-nummer BQ8092 en", "LJN-nummer BQ8092", 4)]
    [TestCase("Vervolg op LJN: BO 2145.", "LJN: BO 2145", 11)]
    [TestCase("nr. 09/05115, LJN:\nBN3537).", "LJN:\nBN3537", 14)]
    public void Extracts_ljns_from_running_text_with_exact_spans(string text, string found, int start)
    {
        var citations = CitationFinder.Extract(text).OfType<LjnCitation>().ToList();

        Assert.That(citations, Has.Count.EqualTo(1));
        Assert.That(citations[0].Text, Is.EqualTo(found));
        Assert.That(citations[0].Span, Is.EqualTo(new TextSpan(start, found.Length)));
    }

    [Test]
    public void Leaves_an_ljn_inside_an_ecli_to_the_ecli()
    {
        var citations = CitationFinder.Extract("ECLI:NL:HR:2011:LJN:BQ8092");

        Assert.That(citations, Has.Count.EqualTo(1));
        Assert.That(citations[0], Is.TypeOf<EcliCitation>());
    }

    [TestCase("LJNs zijn afgeschaft")]
    [TestCase("xLJN AB1234")]
    [TestCase("LJN AB12345")]
    public void Ignores_lookalikes(string text)
    {
        Assert.That(CitationFinder.Extract(text).OfType<LjnCitation>(), Is.Empty);
    }
}
