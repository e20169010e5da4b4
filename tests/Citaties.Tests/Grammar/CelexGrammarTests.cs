using Citaties.Catalog;
using Citaties.Model;

namespace Citaties.Tests.Grammar;

[TestFixture]
public class CelexGrammarTests
{
    private const string EurLex = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:";

    [TestCase("CELEX 32022R2065", "32022R2065", '3', 2022, "R", "2065", null)]
    [TestCase("CELEX:32022R2065", "32022R2065", '3', 2022, "R", "2065", null)]
    [TestCase("celex-nummer 32016R0679", "32016R0679", '3', 2016, "R", "0679", null)]
    [TestCase("CELEX-nummer: 32016R0679", "32016R0679", '3', 2016, "R", "0679", null)]
    [TestCase("CELEX nr. 32016R0679", "32016R0679", '3', 2016, "R", "0679", null)]
    [TestCase("uri=CELEX:32016R0679", "32016R0679", '3', 2016, "R", "0679", null)]
    [TestCase("62014CJ0362", "62014CJ0362", '6', 2014, "CJ", "0362", null)]
    [TestCase("CELEX 02016R0679-20160504", "02016R0679-20160504", '0', 2016, "R", "0679", "-20160504")]
    [TestCase("32022R2065", "32022R2065", '3', 2022, "R", "2065", null)]
    [TestCase("32016r0679", "32016R0679", '3', 2016, "R", "0679", null)]
    [TestCase("CELEX 32016R0679R(02)", "32016R0679R(02)", '3', 2016, "R", "0679", "R(02)")]
    public void Parses_celex_numbers(string text, string value, char sector, int year, string descriptor, string number, string? suffix)
    {
        var result = CitationFinder.TryParse(text);

        Assert.That(result.Success, Is.True, result.Error?.Message);
        var celex = (CelexCitation)result.Citation!;
        Assert.Multiple(() =>
        {
            Assert.That(celex.Kind, Is.EqualTo(CitationKind.Celex));
            Assert.That(celex.Value, Is.EqualTo(value));
            Assert.That(celex.Sector, Is.EqualTo(sector));
            Assert.That(celex.Year, Is.EqualTo(year));
            Assert.That(celex.Descriptor, Is.EqualTo(descriptor));
            Assert.That(celex.Number, Is.EqualTo(number));
            Assert.That(celex.Suffix, Is.EqualTo(suffix));
            Assert.That(celex.IsWellFormed, Is.True);
            Assert.That(celex.Canonical, Is.EqualTo(value));
            Assert.That(celex.Links, Is.EqualTo(new[] { EurLex + value }));
        });
    }

    [Test]
    public void Parses_a_directive_descriptor_even_where_a_regulation_is_meant()
    {
        var celex = (CelexCitation)CitationFinder.TryParse("32022L2065").Citation!;

        Assert.That(celex.IsWellFormed, Is.True);
        Assert.That(celex.Descriptor, Is.EqualTo("L"));
    }

    [TestCase("CELEX 3202R2065")]
    [TestCase("CELEX 32022R206")]
    [TestCase("CELEX 32022RXX2065")]
    public void Recognises_a_malformed_number_without_linking_it(string text)
    {
        var result = CitationFinder.TryParse(text);

        Assert.That(result.Success, Is.True, result.Error?.Message);
        var celex = (CelexCitation)result.Citation!;
        Assert.That(celex.IsWellFormed, Is.False);
        Assert.That(celex.Links, Is.Empty);
    }

    [TestCase('3', "R", true)]
    [TestCase('3', "L", true)]
    [TestCase('3', "CJ", false)]
    [TestCase('6', "CJ", true)]
    [TestCase('6', "R", false)]
    [TestCase('0', "R", true)]
    [TestCase('C', "ANY", true)]
    public void Knows_which_descriptors_a_sector_has(char sector, string descriptor, bool possible)
    {
        Assert.That(CelexDescriptors.IsPossible(sector, descriptor), Is.EqualTo(possible));
    }

    [TestCase("Verordening", null, 'R')]
    [TestCase("Gedelegeerde Verordening", null, 'R')]
    [TestCase("Richtlijn", null, 'L')]
    [TestCase("Uitvoeringsrichtlijn", null, 'L')]
    [TestCase("Besluit", "EU", 'D')]
    [TestCase("Besluit", "EGKS", 'S')]
    [TestCase("Kaderbesluit", "JBZ", 'F')]
    public void Knows_the_descriptor_of_an_act_type(string type, string? domain, char descriptor)
    {
        Assert.That(CelexDescriptors.ForActType(type, domain), Is.EqualTo(descriptor));
    }

    [Test]
    public void Writes_the_json_fields()
    {
        var fields = FieldsJson.Of(CitationFinder.TryParse("CELEX 62014CJ0362").Citation!);

        Assert.Multiple(() =>
        {
            Assert.That(fields.GetProperty("value").GetString(), Is.EqualTo("62014CJ0362"));
            Assert.That(fields.GetProperty("sector").GetString(), Is.EqualTo("6"));
            Assert.That(fields.GetProperty("year").GetInt32(), Is.EqualTo(2014));
            Assert.That(fields.GetProperty("descriptor").GetString(), Is.EqualTo("CJ"));
            Assert.That(fields.GetProperty("number").GetString(), Is.EqualTo("0362"));
        });
    }

    [Test]
    public void Reports_a_missing_descriptor()
    {
        var result = CitationFinder.TryParse("CELEX 32022");

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error!.Position, Is.EqualTo(11));
        Assert.That(result.Error.Message, Does.Contain("CELEX descriptor"));
    }

    [Test]
    public void Extracts_labelled_numbers_from_running_text_with_spans()
    {
        const string text = "De DSA (CELEX 32022R2065) en de AVG, zie ?uri=CELEX:32016R0679.";

        var citations = CitationFinder.Extract(text).OfType<CelexCitation>().ToList();

        Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[] { "CELEX 32022R2065", "CELEX:32016R0679" }));
        Assert.That(citations.Select(c => c.Span), Is.EqualTo(new[] { new TextSpan(8, 16), new TextSpan(46, 16) }));
    }

    [Test]
    public void Finds_an_act_and_its_celex_side_by_side()
    {
        const string text = "Verordening (EU) 2022/2065, CELEX 32022R2065";

        var citations = CitationFinder.Extract(text);

        Assert.That(citations.Select(c => c.Kind), Is.EqualTo(new[] { CitationKind.EuAct, CitationKind.Celex }));
        Assert.That(((EuActCitation)citations[0]).Celex, Is.EqualTo(((CelexCitation)citations[1]).Value));
    }

    [TestCase("Zie 32022R2065 hierboven.")]
    [TestCase("de CELEX-databank van EUR-Lex")]
    public void Finds_no_unlabelled_or_numberless_celex_in_text(string text)
    {
        Assert.That(CitationFinder.Extract(text).Where(c => c.Kind == CitationKind.Celex), Is.Empty);
    }
}
