using System.Text;
using System.Text.Json;
using Citaties.Model;
using Citaties.Serialization;

namespace Citaties.Tests.Grammar;

[TestFixture]
public class DefinitionGrammarTests
{
    [TestCase("De officier kan op grond van artikel 67, eerste lid, van het Wetboek van Strafvordering (hierna: Sv) bevelen.",
        "Wetboek van Strafvordering (hierna: Sv)", "Sv", "Wetboek van Strafvordering", DefinitionForm.Hierna)]
    [TestCase("of een pornoacteur onder de werking van het wetsvoorstel regulering sekswerk (hierna: Wrs) valt",
        "wetsvoorstel regulering sekswerk (hierna: Wrs)", "Wrs", "wetsvoorstel regulering sekswerk", DefinitionForm.Hierna)]
    [TestCase("Daarom ben ik aan de slag gegaan met het wetsvoorstel gemeentelijk toezicht op seksbedrijven (Wgts). Met dit",
        "wetsvoorstel gemeentelijk toezicht op seksbedrijven (Wgts)", "Wgts", "wetsvoorstel gemeentelijk toezicht op seksbedrijven", DefinitionForm.Bracketed)]
    [TestCase("Vanaf 4 februari 2025 zijn in Nederland de Autoriteit Consument & Markt (hierna: ACM) en",
        "Autoriteit Consument & Markt (hierna: ACM)", "ACM", "Autoriteit Consument & Markt", DefinitionForm.Hierna)]
    [TestCase("Tenslotte schrijft de Richtlijn audiovisuele mediadiensten (hierna: AVMSD) maatregelen voor.",
        "Richtlijn audiovisuele mediadiensten (hierna: AVMSD)", "AVMSD", "Richtlijn audiovisuele mediadiensten", DefinitionForm.Hierna)]
    [TestCase("Tenslotte schrijft Richtlijn audiovisuele mediadiensten (hierna: AVMSD) maatregelen voor.",
        "Richtlijn audiovisuele mediadiensten (hierna: AVMSD)", "AVMSD", "Richtlijn audiovisuele mediadiensten", DefinitionForm.Hierna)]
    [TestCase("platforms op grond van de digitaledienstenverordening (Digital Services Act, hierna: DSA). Op grond van de DSA",
        "digitaledienstenverordening (Digital Services Act, hierna: DSA)", "DSA", "Digital Services Act", DefinitionForm.HiernaInside)]
    [TestCase("volgens de Algemene Ouderdomswet (tekst tot 1 januari 1972, hierna: AOW) bestond",
        "Algemene Ouderdomswet (tekst tot 1 januari 1972, hierna: AOW)", "AOW", "Algemene Ouderdomswet", DefinitionForm.HiernaInside)]
    [TestCase("uitspraak van het gerechtshof te Amsterdam (hierna te noemen het Hof) is",
        "gerechtshof te Amsterdam (hierna te noemen het Hof)", "het Hof", "gerechtshof te Amsterdam", DefinitionForm.HiernaTeNoemen)]
    [TestCase("De staatssecretaris van Financi\u00EBn (hierna te noemen de Staatssecretaris) heeft",
        "staatssecretaris van Financi\u00EBn (hierna te noemen de Staatssecretaris)", "de Staatssecretaris", "staatssecretaris van Financi\u00EBn", DefinitionForm.HiernaTeNoemen)]
    [TestCase("1. De procedure\nBij besluit van 1 september 2000 heeft verweerder aan C\n(hierna: C) een toelating verleend",
        "C\n(hierna: C)", "C", "C", DefinitionForm.Hierna)]
    [TestCase("bij besluit van de Minister van Landbouw, Natuurbeheer en Visserij (hierna: de Minister) is",
        "Minister van Landbouw, Natuurbeheer en Visserij (hierna: de Minister)", "de Minister", "Minister van Landbouw, Natuurbeheer en Visserij", DefinitionForm.Hierna)]
    [TestCase("Zie BWBR0001903 (hierna: Sv) voor de tekst",
        "BWBR0001903 (hierna: Sv)", "Sv", "BWBR0001903", DefinitionForm.Hierna)]
    [TestCase("Zie daarover. (Digital Services Act, hierna: DSA)",
        "(Digital Services Act, hierna: DSA)", "DSA", "Digital Services Act", DefinitionForm.HiernaInside)]
    [TestCase("volgens de Wet op het financieel toezicht (hierna te noemen: Wft) moet",
        "Wet op het financieel toezicht (hierna te noemen: Wft)", "Wft", "Wet op het financieel toezicht", DefinitionForm.HiernaTeNoemen)]
    [TestCase("in de Algemene wet bestuursrecht (verder: Awb) staat",
        "Algemene wet bestuursrecht (verder: Awb)", "Awb", "Algemene wet bestuursrecht", DefinitionForm.Verder)]
    [TestCase("volgens de Drank- en horecawet (hierna ook: DHW) is",
        "Drank- en horecawet (hierna ook: DHW)", "DHW", "Drank- en horecawet", DefinitionForm.HiernaOok)]
    [TestCase("het Besluit kinderopvang (hierna genoemd: Bko) geldt",
        "Besluit kinderopvang (hierna genoemd: Bko)", "Bko", "Besluit kinderopvang", DefinitionForm.HiernaGenoemd)]
    [TestCase("en het Verdrag betreffende de werking van de Europese Unie (hierna: VWEU) bepaalt",
        "Verdrag betreffende de werking van de Europese Unie (hierna: VWEU)", "VWEU", "Verdrag betreffende de werking van de Europese Unie", DefinitionForm.Hierna)]
    [TestCase("de Mediawet 2008 (hierna: Mw 2008) regelt",
        "Mediawet 2008 (hierna: Mw 2008)", "Mw 2008", "Mediawet 2008", DefinitionForm.Hierna)]
    [TestCase("de Wet op het financieel toezicht (hierna: de Wet) regelt",
        "Wet op het financieel toezicht (hierna: de Wet)", "de Wet", "Wet op het financieel toezicht", DefinitionForm.Hierna)]
    [TestCase("in overleg met de Vereniging van Nederlandse Gemeenten (VNG) te bezien",
        "Vereniging van Nederlandse Gemeenten (VNG)", "VNG", "Vereniging van Nederlandse Gemeenten", DefinitionForm.Bracketed)]
    [TestCase("Deze wet geeft de Autoriteit online Terroristisch en Kinderpornografisch Materiaal (ATKM) de bevoegdheid",
        "Autoriteit online Terroristisch en Kinderpornografisch Materiaal (ATKM)", "ATKM", "Autoriteit online Terroristisch en Kinderpornografisch Materiaal", DefinitionForm.Bracketed)]
    [TestCase("pornoproducenten, het coördinatiecentrum tegen Mensenhandel (CoMensha), het",
        "coördinatiecentrum tegen Mensenhandel (CoMensha)", "CoMensha", "coördinatiecentrum tegen Mensenhandel", DefinitionForm.Bracketed)]
    [TestCase("het Centrum tegen Kinderhandel en Mensenhandel (CKM), de zestien",
        "Centrum tegen Kinderhandel en Mensenhandel (CKM)", "CKM", "Centrum tegen Kinderhandel en Mensenhandel", DefinitionForm.Bracketed)]
    [TestCase("op verzoek van Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel (hierna: AVIM), collegiaal",
        "Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel (hierna: AVIM)", "AVIM", "Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel", DefinitionForm.Hierna)]
    [TestCase("brief van de Minister van Justitie en Veiligheid (JenV) over",
        "Minister van Justitie en Veiligheid (JenV)", "JenV", "Minister van Justitie en Veiligheid", DefinitionForm.Bracketed)]
    [TestCase("Wetboek van Strafvordering(hierna: Sv)",
        "Wetboek van Strafvordering(hierna: Sv)", "Sv", "Wetboek van Strafvordering", DefinitionForm.Hierna)]
    [TestCase("de Opiumwet (Ow) verbiedt",
        "Opiumwet (Ow)", "Ow", "Opiumwet", DefinitionForm.Bracketed)]
    public void Finds_the_definition_and_where_its_expansion_starts(string text, string expectedText, string abbreviation, string expansion, DefinitionForm form)
    {
        var definition = SingleDefinition(text);

        Assert.Multiple(() =>
        {
            Assert.That(definition.Text, Is.EqualTo(expectedText));
            Assert.That(definition.Abbreviation, Is.EqualTo(abbreviation));
            Assert.That(definition.Expansion, Is.EqualTo(expansion));
            Assert.That(definition.Form, Is.EqualTo(form));
            Assert.That(definition.Quoted, Is.False);
            Assert.That(Sub(definition, definition.AbbreviationSpan), Is.EqualTo(abbreviation));
            Assert.That(Sub(definition, definition.ExpansionSpan), Is.EqualTo(expansion));
            Assert.That(definition.Canonical, Is.EqualTo($"{expansion} (hierna: {abbreviation})"));
            Assert.That(definition.Links, Is.Empty);
        });
    }

    [TestCase("Verordening (EU) 2022/2065 is van toepassing.")]
    [TestCase("Kamerstukken II 2019/20, 35 300 (R1519), nr. 3")]
    [TestCase("HR 1 april 2020 (concl. A-G Wissink), r.o. 3.8")]
    [TestCase("artikel 6 (oud) bepaalde")]
    [TestCase("de wet van 1 januari 2023 (Stb. 2023, 1) geldt")]
    [TestCase("Vragen van het lid Veltman (VVD) aan de Staatssecretaris")]
    [TestCase("Vragen van het lid Van Nispen (SP) aan de Minister")]
    [TestCase("Vragen van het lid Kuik (CDA) over")]
    [TestCase("zie de bijlage (Bijlage) hierbij")]
    [TestCase("de zestien regionale centra voor seksueel geweld (CSG´s), Fier")]
    [TestCase("de regeling (wgts) is nieuw")]
    [TestCase("de regeling (Abcdefghijklmnop) is nieuw")]
    [TestCase("(hierna: Sv) staat aan het begin")]
    [TestCase("Dit is het einde. (hierna: Sv)")]
    [TestCase("volgens de (hierna: Sv) regel")]
    [TestCase("het wetboek (hierna: ) zonder afkorting")]
    [TestCase("het wetboek (hierna: Sv zonder sluithaak")]
    [TestCase("het Wetboek van Strafvordering (hierna: (hierna: Sv)")]
    [TestCase("een verkenning (tijdelijk) zijn gestopt")]
    [TestCase("((((((((((")]
    [TestCase("(Wgts) (Wgts) x (Wgts) en (Wgts)")]
    [TestCase("zie hierboven: (hierna: Sv)")]
    public void Finds_no_definition(string text)
    {
        Assert.That(CitationFinder.Extract(text).OfType<AbbreviationDefinition>(), Is.Empty);
    }

    [TestCase("de Wet op het financieel toezicht (hierna: \"de Wet\") regelt", "de Wet")]
    [TestCase("de Wet op het financieel toezicht (hierna: \u2018Wft\u2019) regelt", "Wft")]
    [TestCase("de Wet op het financieel toezicht (hierna te noemen: \u201Cde Wet\u201D) regelt", "de Wet")]
    public void Reads_a_quoted_abbreviation_without_its_quotes(string text, string abbreviation)
    {
        var definition = SingleDefinition(text);

        Assert.Multiple(() =>
        {
            Assert.That(definition.Abbreviation, Is.EqualTo(abbreviation));
            Assert.That(definition.Quoted, Is.True);
            Assert.That(definition.Expansion, Is.EqualTo("Wet op het financieel toezicht"));
            Assert.That(Sub(definition, definition.AbbreviationSpan), Is.EqualTo(abbreviation));
            Assert.That(definition.Text, Does.EndWith(")"));
        });
    }

    [Test]
    public void Joins_line_breaks_and_keeps_sub_spans_in_source_characters()
    {
        const string text = "bevelen op grond van artikel\n125p van het Wetboek van \r\nStrafvor-\nde\u00ADring (hierna:\nSv).";

        var definition = SingleDefinition(text);

        Assert.Multiple(() =>
        {
            Assert.That(definition.Text, Is.EqualTo("Wetboek van \r\nStrafvor-\nde\u00ADring (hierna:\nSv)"));
            Assert.That(definition.Expansion, Is.EqualTo("Wetboek van Strafvordering"));
            Assert.That(Sub(definition, definition.ExpansionSpan), Is.EqualTo("Wetboek van \r\nStrafvor-\nde\u00ADring"));
            Assert.That(Sub(definition, definition.AbbreviationSpan), Is.EqualTo("Sv"));
            Assert.That(text.Substring(definition.Span.Start, definition.Span.Length), Is.EqualTo(definition.Text));
        });
    }

    [Test]
    public void Reads_the_expansion_of_a_definition_that_follows_an_article_citation()
    {
        // The gold article row "artikel 67, eerste lid, van het Wetboek van Strafvordering (hierna: Sv)" also
        // defines Sv; the definition is found in its own pass, so it may overlap the citation before it.
        const string text = "Zie BWBR0001903 (hierna: Sv) en artikel 67, eerste lid, van het Wetboek van\nStrafvordering (hierna: Sv), waaronder";

        var citations = CitationFinder.Extract(text);

        Assert.That(citations.Select(c => c.Kind), Is.EqualTo(new[] { CitationKind.Bwb, CitationKind.Definition, CitationKind.Article, CitationKind.Definition }));
        Assert.That(citations[1].Span.OverlapsWith(citations[0].Span), Is.True);
        Assert.That(citations[3].Span.OverlapsWith(citations[2].Span), Is.True);
        var second = (AbbreviationDefinition)citations[3];
        Assert.That(second.Expansion, Is.EqualTo("Wetboek van Strafvordering"));
        Assert.That(second.Text, Is.EqualTo("Wetboek van\nStrafvordering (hierna: Sv)"));
    }

    [Test]
    public void Finds_every_definition_of_a_sentence_in_text_order()
    {
        const string text = "de Autoriteit Consument & Markt (hierna: ACM) en de Autoriteit\nPersoonsgegevens (hierna: AP) de bevoegde toezichthouders";

        var definitions = CitationFinder.Extract(text).OfType<AbbreviationDefinition>().ToList();

        Assert.That(definitions.Select(d => d.Expansion), Is.EqualTo(new[] { "Autoriteit Consument & Markt", "Autoriteit Persoonsgegevens" }));
        Assert.That(definitions.Select(d => d.Abbreviation), Is.EqualTo(new[] { "ACM", "AP" }));
    }

    [Test]
    public void Writes_the_fields_of_the_machine_interface()
    {
        var definition = SingleDefinition("met het wetsvoorstel gemeentelijk toezicht op seksbedrijven (Wgts).");
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            CitationJson.Write(writer, definition);
        }

        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("kind").GetString(), Is.EqualTo("definition"));
            Assert.That(root.GetProperty("canonical").GetString(), Is.EqualTo("wetsvoorstel gemeentelijk toezicht op seksbedrijven (hierna: Wgts)"));
            Assert.That(root.GetProperty("fields").GetProperty("abbreviation").GetString(), Is.EqualTo("Wgts"));
            Assert.That(root.GetProperty("fields").GetProperty("expansion").GetString(), Is.EqualTo("wetsvoorstel gemeentelijk toezicht op seksbedrijven"));
            Assert.That(root.GetProperty("fields").GetProperty("form").GetString(), Is.EqualTo("bracketed"));
            Assert.That(root.GetProperty("links").GetArrayLength(), Is.Zero);
        });
    }

    [TestCase(DefinitionForm.Hierna, "hierna")]
    [TestCase(DefinitionForm.HiernaInside, "hiernaInside")]
    [TestCase(DefinitionForm.Bracketed, "bracketed")]
    [TestCase(DefinitionForm.HiernaTeNoemen, "hiernaTeNoemen")]
    [TestCase(DefinitionForm.HiernaOok, "hiernaOok")]
    [TestCase(DefinitionForm.HiernaGenoemd, "hiernaGenoemd")]
    [TestCase(DefinitionForm.Verder, "verder")]
    public void Names_each_form_in_json(DefinitionForm form, string name)
    {
        Assert.That(form.ToJsonName(), Is.EqualTo(name));
    }

    [TestCase("Wetboek van Strafvordering (hierna: Sv)", "Wetboek van Strafvordering")]
    [TestCase("  wetsvoorstel gemeentelijk toezicht op seksbedrijven (Wgts). ", "wetsvoorstel gemeentelijk toezicht op seksbedrijven")]
    [TestCase("digitaledienstenverordening (Digital Services Act, hierna: DSA)", "Digital Services Act")]
    public void Parses_a_whole_definition(string text, string expansion)
    {
        var result = CitationFinder.TryParse(text);

        Assert.That(result.Success, Is.True, result.Error?.Message);
        Assert.That(((AbbreviationDefinition)result.Citation!).Expansion, Is.EqualTo(expansion));
    }

    [TestCase("(Wgts)")]
    [TestCase("(hierna: Sv)")]
    [TestCase("Wetboek van Strafvordering (hierna: Sv) en meer")]
    [TestCase("het lid Veltman (VVD)")]
    public void Does_not_parse_a_bracket_without_its_expansion_as_a_definition(string text)
    {
        Assert.That(CitationFinder.TryParse(text).Success, Is.False);
    }

    private static AbbreviationDefinition SingleDefinition(string text)
    {
        var definitions = CitationFinder.Extract(text).OfType<AbbreviationDefinition>().ToList();
        Assert.That(definitions, Has.Count.EqualTo(1), () => string.Join(" | ", definitions.Select(d => d.Text)));
        return definitions[0];
    }

    private static string Sub(AbbreviationDefinition definition, TextSpan span) =>
        definition.Text.Substring(span.Start, span.Length);
}
