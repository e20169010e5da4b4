using Citaties.Model;

namespace Citaties.Tests.Grammar;

[TestFixture]
public class JciGrammarTests
{
    [TestCase("jci1.3:c:BWBR0001903&artikel=125p", "jci1.3:c:BWBR0001903&artikel=125p", "1.3", "BWBR0001903", "125p", null, null)]
    [TestCase("jci1.3:c:BWBR0001903&amp;artikel=125p", "jci1.3:c:BWBR0001903&artikel=125p", "1.3", "BWBR0001903", "125p", null, null)]
    [TestCase(
        "jci1.3:c:BWBR0005537&hoofdstuk=1&titeldeel=1.1&artikel=1:3&lid=3&z=2017-03-01&g=2017-03-01",
        "jci1.3:c:BWBR0005537&hoofdstuk=1&titeldeel=1.1&artikel=1:3&lid=3&z=2017-03-01&g=2017-03-01",
        "1.3", "BWBR0005537", "1:3", "3", null)]
    [TestCase(
        "jci1.3:c:BWBR0005289&boek=6&titeldeel=3&afdeling=1&artikel=162",
        "jci1.3:c:BWBR0005289&boek=6&titeldeel=3&afdeling=1&artikel=162",
        "1.3", "BWBR0005289", "162", null, "6")]
    [TestCase(
        "jci1.3:c:BWBR0001830&hoofdstuk=1&artikel=1&o=b&o=1°&z=2003-02-03&g=2003-02-02",
        "jci1.3:c:BWBR0001830&hoofdstuk=1&artikel=1&o=b&o=1°&z=2003-02-03&g=2003-02-02",
        "1.3", "BWBR0001830", "1", null, null)]
    [TestCase("jci1.31:c:BWBR0002221&hoofdstuk=II&artikel=6", "jci1.31:c:BWBR0002221&hoofdstuk=II&artikel=6", "1.31", "BWBR0002221", "6", null, null)]
    [TestCase("1.0:c:BWBR0005537&artikel=4%3A81&g=2026-01-01", "jci1.0:c:BWBR0005537&artikel=4:81&g=2026-01-01", "1.0", "BWBR0005537", "4:81", null, null)]
    [TestCase("https://wetten.overheid.nl/jci1.3:c:BWBR0001903&artikel=125p", "jci1.3:c:BWBR0001903&artikel=125p", "1.3", "BWBR0001903", "125p", null, null)]
    public void Parses_references(string text, string value, string version, string bwb, string? article, string? paragraph, string? book)
    {
        var result = CitationFinder.TryParse(text);

        Assert.That(result.Success, Is.True, result.Error?.Message);
        var jci = (JciCitation)result.Citation!;
        Assert.Multiple(() =>
        {
            Assert.That(jci.Kind, Is.EqualTo(CitationKind.Jci));
            Assert.That(jci.Value, Is.EqualTo(value));
            Assert.That(jci.Version, Is.EqualTo(version));
            Assert.That(jci.Type, Is.EqualTo("c"));
            Assert.That(jci.Bwb, Is.EqualTo(bwb));
            Assert.That(jci.Article, Is.EqualTo(article));
            Assert.That(jci.Paragraph, Is.EqualTo(paragraph));
            Assert.That(jci.Book, Is.EqualTo(book));
            Assert.That(jci.IsWellFormed, Is.True);
            Assert.That(jci.Canonical, Is.EqualTo(value));
        });
    }

    [Test]
    public void Links_to_wetten_overheid_nl()
    {
        var jci = CitationFinder.TryParse("jci1.3:c:BWBR0001903&amp;artikel=125p").Citation!;

        Assert.That(jci.Links, Is.EqualTo(new[] { "https://wetten.overheid.nl/jci1.3:c:BWBR0001903&artikel=125p" }));
    }

    [Test]
    public void Percent_encodes_non_ascii_values_in_the_link()
    {
        var jci = CitationFinder.TryParse("jci1.3:c:BWBR0001830&artikel=1&o=1°").Citation!;

        Assert.That(jci.Links, Is.EqualTo(new[] { "https://wetten.overheid.nl/jci1.3:c:BWBR0001830&artikel=1&o=1%C2%B0" }));
    }

    [Test]
    public void Keeps_parameters_in_written_order_with_repeated_keys()
    {
        var jci = (JciCitation)CitationFinder.TryParse("jci1.3:c:BWBR0001830&hoofdstuk=1&artikel=1&o=b&o=1°&z=2003-02-03&g=2003-02-02").Citation!;

        Assert.That(jci.Parameters, Is.EqualTo(new[]
        {
            new JciParameter("hoofdstuk", "1"), new JciParameter("artikel", "1"), new JciParameter("o", "b"),
            new JciParameter("o", "1°"), new JciParameter("z", "2003-02-03"), new JciParameter("g", "2003-02-02"),
        }));
        Assert.That((jci.ValidOn, jci.ViewedOn), Is.EqualTo(("2003-02-02", "2003-02-03")));
    }

    [Test]
    public void Reads_the_period_of_a_v_reference()
    {
        var jci = (JciCitation)CitationFinder.TryParse("jci1.3:v:BWBR0001903&artikel=1&s=2010-01-01&e=2012-12-31").Citation!;

        Assert.That((jci.Type, jci.PeriodStart, jci.PeriodEnd), Is.EqualTo(("v", "2010-01-01", "2012-12-31")));
        Assert.That(jci.IsWellFormed, Is.True);
    }

    [Test]
    public void Recognises_a_wrong_type_so_that_the_validator_can_report_it()
    {
        var result = CitationFinder.TryParse("jci1.3:x:BWBR0001903&artikel=1");

        Assert.That(result.Success, Is.True, result.Error?.Message);
        var jci = (JciCitation)result.Citation!;
        Assert.That(jci.Type, Is.EqualTo("x"));
        Assert.That(jci.IsWellFormed, Is.False);
        Assert.That(jci.Links, Is.Empty);
    }

    [TestCase("jci1.3:c:BWBR001903&artikel=1")]
    [TestCase("jci1.3:c:BWBR0001903&artikel=1&g=2017-13-01")]
    [TestCase("jci1.3:c:BWBR0001903&artikel=1&g=1-3-2017")]
    [TestCase("jci1.3:c:BWBR0001903&onderdeel=1")]
    public void Marks_a_reference_with_a_bad_id_date_or_key_as_malformed(string text)
    {
        var jci = (JciCitation)CitationFinder.TryParse(text).Citation!;

        Assert.That(jci.IsWellFormed, Is.False);
    }

    [Test]
    public void Writes_the_json_fields()
    {
        var fields = FieldsJson.Of(CitationFinder.TryParse("jci1.3:c:BWBR0005289&boek=6&artikel=162&lid=2").Citation!);

        Assert.Multiple(() =>
        {
            Assert.That(fields.GetProperty("value").GetString(), Is.EqualTo("jci1.3:c:BWBR0005289&boek=6&artikel=162&lid=2"));
            Assert.That(fields.GetProperty("version").GetString(), Is.EqualTo("1.3"));
            Assert.That(fields.GetProperty("type").GetString(), Is.EqualTo("c"));
            Assert.That(fields.GetProperty("bwb").GetString(), Is.EqualTo("BWBR0005289"));
            Assert.That(fields.GetProperty("article").GetString(), Is.EqualTo("162"));
            Assert.That(fields.GetProperty("paragraph").GetString(), Is.EqualTo("2"));
            Assert.That(fields.GetProperty("book").GetString(), Is.EqualTo("6"));
            Assert.That(fields.GetProperty("parameters").GetArrayLength(), Is.EqualTo(3));
            Assert.That(fields.GetProperty("parameters")[0].GetProperty("key").GetString(), Is.EqualTo("boek"));
            Assert.That(fields.GetProperty("parameters")[0].GetProperty("value").GetString(), Is.EqualTo("6"));
        });
    }

    [Test]
    public void Reports_where_a_broken_bwb_id_fails()
    {
        var result = CitationFinder.TryParse("jci1.3:c:BWBX0001903&artikel=1");

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error!.Position, Is.EqualTo(12));
        Assert.That(result.Error.Message, Does.Contain("'R' or 'V'"));
    }

    [Test]
    public void Reports_a_missing_type()
    {
        var result = CitationFinder.TryParse("jci1.3:");

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error!.Position, Is.EqualTo(7));
        Assert.That(result.Error.Message, Does.Contain("Juriconnect type"));
    }

    [Test]
    public void Extracts_the_jci_part_of_a_url_and_leaves_a_closing_full_stop()
    {
        const string text = "Zie https://wetten.overheid.nl/jci1.3:c:BWBR0001903&artikel=125p.";

        var jci = CitationFinder.Extract(text).OfType<JciCitation>().Single();

        Assert.That(jci.Text, Is.EqualTo("jci1.3:c:BWBR0001903&artikel=125p"));
        Assert.That(jci.Span, Is.EqualTo(new TextSpan(31, 33)));
    }

    [Test]
    public void Extracts_koop_references_from_bwb_xml()
    {
        const string text = "<intref status=\"actief\" doc=\"1.0:v:BWBR0001854&amp;artikel=92\">artikelen 92</intref>";

        var jci = CitationFinder.Extract(text).OfType<JciCitation>().Single();

        Assert.That(jci.Text, Is.EqualTo("1.0:v:BWBR0001854&amp;artikel=92"));
        Assert.That(jci.Span.Start, Is.EqualTo(29));
        Assert.That(jci.Canonical, Is.EqualTo("jci1.0:v:BWBR0001854&artikel=92"));
        Assert.That(jci.HasPrefix, Is.False);
    }

    [Test]
    public void Reads_every_publisher_reference_in_the_strafvordering_xml_as_well_formed()
    {
        var text = System.IO.File.ReadAllText(CorpusPaths.RequireCorpus("bwb", "BWBR0001903.xml"));

        var references = CitationFinder.Extract(text).OfType<JciCitation>().ToList();

        // The file marks up about two thousand references as <intref doc="1.0:v:BWBR...&amp;artikel=...">.
        Assert.That(references, Has.Count.GreaterThan(2000));
        Assert.That(references.Where(r => !r.IsWellFormed).Select(r => r.Text), Is.Empty);
    }

    [TestCase("de jci van deze wet")]
    [TestCase("versie 1.0:c: is oud")]
    public void Finds_nothing_without_a_reference(string text)
    {
        Assert.That(CitationFinder.Extract(text).Where(c => c.Kind == CitationKind.Jci), Is.Empty);
    }
}
