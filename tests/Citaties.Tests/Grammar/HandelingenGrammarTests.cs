using System.Text.Json;
using Citaties.Model;

namespace Citaties.Tests.Grammar;

[TestFixture]
public class HandelingenGrammarTests
{
    // Fields in short: "chamber year meeting=.. item=.. p=.."; links without the common prefix and ".html".
    [TestCase("Handelingen II 2010/11, nr. 108, item 5, p. 25-36", "II 2010/11 meeting=108 item=5 p=25-36", "Handelingen II 2010/11, nr. 108, item 5, p. 25-36", "h-tk-20102011-108-5")]
    [TestCase("Handelingen II 2007/08, nr. 108, p. 7909-7943", "II 2007/08 meeting=108 item=- p=7909-7943", "Handelingen II 2007/08, nr. 108, p. 7909-7943", "")]
    [TestCase("Handelingen II 2007/08, nr. 108, p. 7909–7943", "II 2007/08 meeting=108 item=- p=7909-7943", "Handelingen II 2007/08, nr. 108, p. 7909-7943", "")]
    [TestCase("Handelingen I 2014/15, nr. 11, item 4, p. 5", "I 2014/15 meeting=11 item=4 p=5", "Handelingen I 2014/15, nr. 11, item 4, p. 5", "h-ek-20142015-11-4")]
    [TestCase("Handelingen II 2019/20, nr. 35, item 6, p. 4", "II 2019/20 meeting=35 item=6 p=4", "Handelingen II 2019/20, nr. 35, item 6, p. 4", "h-tk-20192020-35-6")]
    [TestCase("Handelingen II 2019/20, p. 4", "II 2019/20 meeting=- item=- p=4", "Handelingen II 2019/20, p. 4", "")]
    [TestCase("Handelingen VV 2019/20, nr. 1, item 2", "VV 2019/20 meeting=1 item=2 p=-", "Handelingen VV 2019/20, nr. 1, item 2", "h-vv-20192020-1-2")]
    [TestCase("Handelingen I-II 2019/20, nr. 1, item 2", "VV 2019/20 meeting=1 item=2 p=-", "Handelingen VV 2019/20, nr. 1, item 2", "h-vv-20192020-1-2")]
    [TestCase("Hand. II 2019/20, nr. 35, item 6", "II 2019/20 meeting=35 item=6 p=-", "Handelingen II 2019/20, nr. 35, item 6", "h-tk-20192020-35-6")]
    [TestCase("Handelingen II 2019-2020, nr. 35, item 6", "II 2019/20 meeting=35 item=6 p=-", "Handelingen II 2019/20, nr. 35, item 6", "h-tk-20192020-35-6")]
    [TestCase("Handelingen II 1995/96, nr. 80, blz. 5765-5790", "II 1995/96 meeting=80 item=- p=5765-5790", "Handelingen II 1995/96, nr. 80, p. 5765-5790", "")]
    public void Parses_the_form_with_its_fields_canonical_and_links(string text, string fields, string canonical, string links)
    {
        var citation = ParseHandelingen(text);

        Assert.Multiple(() =>
        {
            Assert.That(Describe(citation), Is.EqualTo(fields));
            Assert.That(citation.Canonical, Is.EqualTo(canonical));
            Assert.That(citation.Links, Is.EqualTo(links.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(l => "https://zoek.officielebekendmakingen.nl/" + l + ".html")));
            Assert.That(citation.Dossier, Is.Null);
        });
    }

    [Test]
    public void Recognises_a_dossier_number_wrongly_written_in_handelingen()
    {
        var citation = ParseHandelingen("Handelingen, 2006/07, 31 015, nr. 67");

        Assert.Multiple(() =>
        {
            Assert.That(citation.Dossier?.Number, Is.EqualTo("31015"));
            Assert.That(citation.Chamber, Is.Null);
            Assert.That(citation.SessionYear, Is.EqualTo(new SessionYear(2006, 2007)));
            Assert.That(citation.Meeting, Is.EqualTo("67"));
            Assert.That(citation.Canonical, Is.EqualTo("Handelingen 2006/07, 31 015, nr. 67"));
            Assert.That(citation.Links, Is.Empty);
        });
    }

    [Test]
    public void Reads_the_old_form_with_the_chamber_spelled_out()
    {
        var citation = ParseHandelingen("Handelingen Tweede Kamer, 1962-1963 - 6000, nr. 9, blz. 30");

        Assert.Multiple(() =>
        {
            Assert.That(citation.Chamber, Is.EqualTo(Chamber.Tweede));
            Assert.That(citation.ChamberText, Is.EqualTo("Tweede Kamer"));
            Assert.That(citation.SessionYearText, Is.EqualTo("1962-1963"));
            Assert.That(citation.Dossier?.Number, Is.EqualTo("6000"));
            Assert.That(citation.PagesLabel, Is.EqualTo("blz."));
        });
    }

    [TestCase("Handelingen II", 14, "vergaderjaar")]
    [TestCase("Handelingen II 2019/20, nr. ", 27, "vergadernummer")]
    [TestCase("Handelingen II 2019/20, nr. 35, item x", 37, "item number")]
    [TestCase("Handelingen II 20x9/20, nr. 35", 15, "vergaderjaar")]
    public void Reports_where_a_broken_citation_fails(string text, int position, string expected)
    {
        var result = CitationFinder.TryParse(text);

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error!.Position, Is.EqualTo(position), result.Error.Message);
        Assert.That(result.Error.Message, Does.Contain(expected));
    }

    [Test]
    public void Writes_the_json_fields_of_the_machine_interface()
    {
        using var json = JsonFields.Of(ParseHandelingen("Handelingen II 2010/11, nr. 108, item 5, p. 25-36"));
        var fields = json.RootElement.GetProperty("fields");

        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("kind").GetString(), Is.EqualTo("handelingen"));
            Assert.That(fields.GetProperty("chamber").GetString(), Is.EqualTo("II"));
            Assert.That(fields.GetProperty("sessionYear").GetString(), Is.EqualTo("2010/11"));
            Assert.That(fields.GetProperty("meeting").GetString(), Is.EqualTo("108"));
            Assert.That(fields.GetProperty("item").GetString(), Is.EqualTo("5"));
            Assert.That(fields.GetProperty("pages").GetString(), Is.EqualTo("25-36"));
            Assert.That(fields.GetProperty("dossier").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [TestCase("Via het strafrecht zijn strafwaardige handelingen als kinderpornografie en grooming strafbaar.")]
    [TestCase("verspreiding van online seksueel kindermisbruik in de onderhandelingen over de verordening")]
    [TestCase("De Handelingen I en II worden gepubliceerd.")]
    [TestCase("Handelingen in het jaar 2019 waren talrijk.")]
    [TestCase("TweedeKamerHandelingen @ eee92c91c201369ad56d4fa9640ce986698f75f4")]
    [TestCase("Dat ligt in zijn hand. In 2019/20 gebeurde het.")]
    public void Finds_nothing_in_running_text_that_only_uses_the_word(string text)
    {
        Assert.That(CitationFinder.Extract(text).Where(c => c.Kind == CitationKind.Handelingen), Is.Empty);
    }

    [Test]
    public void Extracts_handelingen_from_running_text_with_exact_spans()
    {
        const string text = "Zie Handelingen II 2019/20, nr. 35, item 6, p. 4. En ook\nHandelingen I 2014/15, nr. 11, item 4.";

        var citations = CitationFinder.Extract(text);

        Assert.That(citations.Select(c => (c.Kind, c.Text)), Is.EqualTo(new[]
        {
            (CitationKind.Handelingen, "Handelingen II 2019/20, nr. 35, item 6, p. 4"),
            (CitationKind.Handelingen, "Handelingen I 2014/15, nr. 11, item 4"),
        }));
        Assert.That(citations[0].Span, Is.EqualTo(new TextSpan(4, 44)));
    }

    private static HandelingenCitation ParseHandelingen(string text)
    {
        var result = CitationFinder.TryParse(text);
        Assert.That(result.Success, Is.True, result.Error?.Message);
        Assert.That(result.Citation, Is.TypeOf<HandelingenCitation>());
        return (HandelingenCitation)result.Citation!;
    }

    private static string Describe(HandelingenCitation c) =>
        $"{c.Chamber?.ToCitationForm() ?? "-"} {c.SessionYear?.ToString() ?? "-"} meeting={c.Meeting ?? "-"} item={c.Item ?? "-"} p={c.Pages ?? "-"}";
}
