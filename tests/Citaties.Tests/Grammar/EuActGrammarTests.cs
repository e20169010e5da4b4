using Citaties.Model;

namespace Citaties.Tests.Grammar;

[TestFixture]
public class EuActGrammarTests
{
    private const string EurLex = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:";

    [TestCase("Verordening (EU) 2022/2065", "Verordening", "EU", 2022, 2065, "32022R2065", "Verordening (EU) 2022/2065")]
    [TestCase("Richtlijn 2000/31/EG", "Richtlijn", "EG", 2000, 31, "32000L0031", "Richtlijn 2000/31/EG")]
    [TestCase("Verordening (EG) nr. 2201/96", "Verordening", "EG", 1996, 2201, "31996R2201", "Verordening (EG) nr. 2201/96")]
    [TestCase("Verordening (EG) nr. 593/2008", "Verordening", "EG", 2008, 593, "32008R0593", "Verordening (EG) nr. 593/2008")]
    [TestCase("Verordening (EG) 593/2008", "Verordening", "EG", 2008, 593, "32008R0593", "Verordening (EG) nr. 593/2008")]
    [TestCase("Verordening (EU) 265/2010", "Verordening", "EU", 2010, 265, "32010R0265", "Verordening (EU) nr. 265/2010")]
    [TestCase("Richtlijn (EU) 2019/770", "Richtlijn", "EU", 2019, 770, "32019L0770", "Richtlijn (EU) 2019/770")]
    [TestCase("Besluit (GBVB) 2015/4", "Besluit", "GBVB", 2015, 4, "32015D0004", "Besluit (GBVB) 2015/4")]
    [TestCase("Besluit 2010/300/EU", "Besluit", "EU", 2010, 300, "32010D0300", "Besluit 2010/300/EU")]
    [TestCase("Besluit nr. 284/2010/EU", "Besluit", "EU", 2010, 284, "32010D0284", "Besluit nr. 284/2010/EU")]
    [TestCase("Richtlijn 92/43/EEG", "Richtlijn", "EEG", 1992, 43, "31992L0043", "Richtlijn 92/43/EEG")]
    [TestCase("Verordening (EG) nr. 2820/98", "Verordening", "EG", 1998, 2820, "31998R2820", "Verordening (EG) nr. 2820/98")]
    [TestCase("Verordening (EU, Euratom) 2018/1046", "Verordening", "EU, Euratom", 2018, 1046, "32018R1046", "Verordening (EU, Euratom) 2018/1046")]
    [TestCase("Uitvoeringsverordening (EU) 2019/947", "Uitvoeringsverordening", "EU", 2019, 947, "32019R0947", "Uitvoeringsverordening (EU) 2019/947")]
    [TestCase("Gedelegeerde Verordening (EU) 2019/945", "Gedelegeerde Verordening", "EU", 2019, 945, "32019R0945", "Gedelegeerde Verordening (EU) 2019/945")]
    [TestCase("Regulation (EU) 2016/679", "Verordening", "EU", 2016, 679, "32016R0679", "Verordening (EU) 2016/679")]
    [TestCase("Directive 2000/31/EC", "Richtlijn", "EG", 2000, 31, "32000L0031", "Richtlijn 2000/31/EG")]
    [TestCase("Regulation (EC) No 593/2008", "Verordening", "EG", 2008, 593, "32008R0593", "Verordening (EG) nr. 593/2008")]
    [TestCase("verordening (EU) 2016/679", "Verordening", "EU", 2016, 679, "32016R0679", "Verordening (EU) 2016/679")]
    [TestCase("Verordening (EG) nr. 2006/2004", "Verordening", "EG", 2004, 2006, "32004R2006", "Verordening (EG) nr. 2006/2004")]
    [TestCase("Kaderbesluit 2002/584/JBZ", "Kaderbesluit", "JBZ", 2002, 584, "32002F0584", "Kaderbesluit 2002/584/JBZ")]
    [TestCase("Framework Decision 2002/584/JHA", "Kaderbesluit", "JBZ", 2002, 584, "32002F0584", "Kaderbesluit 2002/584/JBZ")]
    [TestCase("Verordening (EEG) nr. 1408/71", "Verordening", "EEG", 1971, 1408, "31971R1408", "Verordening (EEG) nr. 1408/71")]
    [TestCase("Uitvoeringsbesluit (EU) 2021/1073", "Uitvoeringsbesluit", "EU", 2021, 1073, "32021D1073", "Uitvoeringsbesluit (EU) 2021/1073")]
    public void Parses_act_numbers(string text, string type, string domain, int year, int number, string celex, string canonical)
    {
        var result = CitationFinder.TryParse(text);

        Assert.That(result.Success, Is.True, result.Error?.Message);
        var act = (EuActCitation)result.Citation!;
        Assert.Multiple(() =>
        {
            Assert.That(act.Kind, Is.EqualTo(CitationKind.EuAct));
            Assert.That(act.Type, Is.EqualTo(type));
            Assert.That(act.Domain, Is.EqualTo(domain));
            Assert.That(act.Year, Is.EqualTo(year));
            Assert.That(act.Number, Is.EqualTo(number));
            Assert.That(act.Celex, Is.EqualTo(celex));
            Assert.That(act.Canonical, Is.EqualTo(canonical));
            Assert.That(act.Links, Is.EqualTo(new[] { EurLex + celex }));
            Assert.That(act.Text, Is.EqualTo(text));
        });
    }

    [TestCase("Verordening (EG) nr. 593/2008", true, true)]
    [TestCase("Verordening (EG) 593/2008", false, true)]
    [TestCase("Verordening (EU) 2022/2065", false, false)]
    [TestCase("Besluit nr. 284/2010/EU", true, true)]
    [TestCase("Richtlijn 2000/31/EG", false, false)]
    public void Records_how_the_number_was_written(string text, bool hasNr, bool numberFirst)
    {
        var act = (EuActCitation)CitationFinder.TryParse(text).Citation!;

        Assert.That((act.HasNr, act.NumberFirst), Is.EqualTo((hasNr, numberFirst)));
    }

    [TestCase("Richtlijn 92/43/EEG", true)]
    [TestCase("Richtlijn 1992/43/EEG", false)]
    [TestCase("Verordening (EEG) nr. 1408/71", true)]
    [TestCase("Verordening (EU) 2022/2065", false)]
    public void Records_a_two_digit_year(string text, bool shortYear)
    {
        var act = (EuActCitation)CitationFinder.TryParse(text).Citation!;

        Assert.That(act.ShortYear, Is.EqualTo(shortYear));
    }

    [Test]
    public void Never_reads_a_regulation_year_in_the_future()
    {
        var act = (EuActCitation)CitationFinder.TryParse("Verordening (EG) 2022/2065").Citation!;

        Assert.That((act.Year, act.Number, act.Domain), Is.EqualTo((2022, 2065, "EG")));
    }

    [Test]
    public void Keeps_the_written_type_of_an_english_act()
    {
        var act = (EuActCitation)CitationFinder.TryParse("Regulation (EU) 2016/679").Citation!;

        Assert.That(act.WrittenType, Is.EqualTo("Regulation"));
    }

    [Test]
    public void Marks_where_the_domain_was_written()
    {
        var after = (EuActCitation)CitationFinder.TryParse("Richtlijn 2000/31/EG").Citation!;
        var before = (EuActCitation)CitationFinder.TryParse("Verordening (EU) 2022/2065").Citation!;

        Assert.That((after.DomainAfterNumber, before.DomainAfterNumber), Is.EqualTo((true, false)));
    }

    [Test]
    public void Recognises_a_regulation_without_domain_so_that_the_validator_can_report_it()
    {
        var result = CitationFinder.TryParse("Verordening 2022/2065");

        Assert.That(result.Success, Is.True, result.Error?.Message);
        var act = (EuActCitation)result.Citation!;
        Assert.Multiple(() =>
        {
            Assert.That(act.Domain, Is.Null);
            Assert.That(act.Year, Is.EqualTo(2022));
            Assert.That(act.Number, Is.EqualTo(2065));
            Assert.That(act.Celex, Is.EqualTo("32022R2065"));
            Assert.That(act.Canonical, Is.EqualTo("Verordening 2022/2065"));
        });
    }

    [Test]
    public void Writes_the_json_fields()
    {
        var act = CitationFinder.TryParse("Richtlijn 2000/31/EG").Citation!;

        var fields = FieldsJson.Of(act);

        Assert.Multiple(() =>
        {
            Assert.That(fields.GetProperty("type").GetString(), Is.EqualTo("Richtlijn"));
            Assert.That(fields.GetProperty("domain").GetString(), Is.EqualTo("EG"));
            Assert.That(fields.GetProperty("year").GetInt32(), Is.EqualTo(2000));
            Assert.That(fields.GetProperty("number").GetInt32(), Is.EqualTo(31));
            Assert.That(fields.GetProperty("celex").GetString(), Is.EqualTo("32000L0031"));
        });
    }

    [Test]
    public void Writes_a_null_domain_when_none_was_written()
    {
        var fields = FieldsJson.Of(CitationFinder.TryParse("Verordening 2022/2065").Citation!);

        Assert.That(fields.GetProperty("domain").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
    }

    [Test]
    public void Reports_a_missing_second_number()
    {
        var result = CitationFinder.TryParse("Verordening (EU) 2022/");

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error!.Position, Is.EqualTo(22));
        Assert.That(result.Error.Message, Does.Contain("act number"));
    }

    [Test]
    public void Reports_an_unknown_domain()
    {
        var result = CitationFinder.TryParse("Verordening (XY) 2022/2065");

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error!.Position, Is.EqualTo(13));
        Assert.That(result.Error.Message, Does.Contain("domain"));
    }

    [Test]
    public void Rejects_a_decision_without_domain()
    {
        var result = CitationFinder.TryParse("besluit 12/5860");

        Assert.That(result.Success, Is.False);
    }

    [Test]
    public void Extracts_acts_from_running_text_with_spans()
    {
        const string text = "Op grond van Verordening (EU) 2022/2065 en Richtlijn 2000/31/EG, en de verordening (EG) nr. 593/2008.";

        var citations = CitationFinder.Extract(text).OfType<EuActCitation>().ToList();

        Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[] { "Verordening (EU) 2022/2065", "Richtlijn 2000/31/EG", "verordening (EG) nr. 593/2008" }));
        Assert.That(citations.Select(c => c.Span), Is.EqualTo(new[] { new TextSpan(13, 26), new TextSpan(43, 20), new TextSpan(71, 29) }));
    }

    [Test]
    public void Extracts_an_act_with_a_no_break_space_and_a_line_break()
    {
        const string text = "de Verordening\u00A0(EU)\n2016/679 (AVG)";

        var act = CitationFinder.Extract(text).OfType<EuActCitation>().Single();

        Assert.That(act.Span, Is.EqualTo(new TextSpan(3, 25)));
        Assert.That(act.Celex, Is.EqualTo("32016R0679"));
    }

    [Test]
    public void Extracts_an_english_implementing_regulation()
    {
        const string text = "Commission Implementing Regulation (EU) 2019/947 applies.";

        var act = CitationFinder.Extract(text).OfType<EuActCitation>().Single();

        Assert.That(act.Text, Is.EqualTo("Implementing Regulation (EU) 2019/947"));
        Assert.That(act.Type, Is.EqualTo("Uitvoeringsverordening"));
    }

    [TestCase("het besluit van 3 mei")]
    [TestCase("de richtlijn is")]
    [TestCase("een verordening")]
    [TestCase("het bestreden besluit 2 (12/5860) gegrond verklaard")]
    [TestCase("besluit 1 onder nummer 12/5392")]
    [TestCase("de Verordening van de gemeente 2020")]
    [TestCase("het Besluit 12/5860 van de minister")]
    [TestCase("volgens Richtlijn 1/2020 van het OM")]
    public void Finds_nothing_in_ordinary_dutch(string text)
    {
        Assert.That(CitationFinder.Extract(text).Where(c => c.Kind == CitationKind.EuAct), Is.Empty);
    }

    [Test]
    public void Ignores_the_anchor_inside_a_word()
    {
        Assert.That(CitationFinder.Extract("de aanbestedingsrichtlijn 2014/24/EU").Where(c => c.Kind == CitationKind.EuAct), Is.Empty);
    }
}
