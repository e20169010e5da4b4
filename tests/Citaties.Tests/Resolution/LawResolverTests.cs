using Citaties.Catalog;
using Citaties.Model;
using Citaties.Rules;

namespace Citaties.Tests.Resolution;

/// <summary>The resolver step of <see cref="CitationFinder.Extract(string, ExtractOptions)"/>: which law each article and definition names.</summary>
[TestFixture]
public class LawResolverTests
{
    private const string Wetten = "https://wetten.overheid.nl/";
    private const string EurLex = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:";

    private static ArticleCitation Article(string text, ExtractOptions? options = null) =>
        CitationFinder.Extract(text, options).OfType<ArticleCitation>().Single();

    private static AbbreviationDefinition Definition(string text) =>
        CitationFinder.Extract(text).OfType<AbbreviationDefinition>().Single();

    [TestCase("artikel 125p Sv", "Sv", "Wetboek van Strafvordering", "BWBR0001903", "jci1.3:c:BWBR0001903&artikel=125p")]
    [TestCase("art. 6:162 BW", "BW", "Burgerlijk Wetboek Boek 6", "BWBR0005289", "jci1.3:c:BWBR0005289&boek=6&artikel=162")]
    [TestCase("artikel 7A:1576 BW", "BW", "Burgerlijk Wetboek Boek 7A", "BWBR0006000", "jci1.3:c:BWBR0006000&boek=7A&artikel=1576")]
    [TestCase("artikel 1:3 Awb", "Awb", "Algemene wet bestuursrecht", "BWBR0005537", "jci1.3:c:BWBR0005537&artikel=1:3")]
    [TestCase("artikel 6 van de Algemene wet bestuursrecht", "Awb", "Algemene wet bestuursrecht", "BWBR0005537", "jci1.3:c:BWBR0005537&artikel=6")]
    [TestCase("artikel 67, eerste lid, van het Wetboek van Strafvordering", "Sv", "Wetboek van Strafvordering", "BWBR0001903", "jci1.3:c:BWBR0001903&artikel=67")]
    [TestCase("artikel 162 van Boek 6 van het Burgerlijk Wetboek", "BW", "Burgerlijk Wetboek Boek 6", "BWBR0005289", "jci1.3:c:BWBR0005289&boek=6&artikel=162")]
    [TestCase("artikel 6 EVRM", "EVRM", "Verdrag tot bescherming van de rechten van de mens en de fundamentele vrijheden", "BWBV0001000", "jci1.3:c:BWBV0001000&artikel=6")]
    [TestCase("artikel 5 Mediawet 2008", "Mw 2008", "Mediawet 2008", "BWBR0025028", "jci1.3:c:BWBR0025028&artikel=5")]
    public void Resolves_a_dutch_law_and_links_the_article(string text, string abbreviation, string title, string bwb, string jci)
    {
        var c = Article(text);

        Assert.Multiple(() =>
        {
            Assert.That(c.Law, Is.Not.Null);
            Assert.That(c.Law!.Abbreviation, Is.EqualTo(abbreviation));
            Assert.That(c.Law.Title, Is.EqualTo(title));
            Assert.That(c.Law.Bwb, Is.EqualTo(bwb));
            Assert.That(c.Law.Celex, Is.Null);
            Assert.That(c.Law.Source, Is.EqualTo(LawSource.Catalog));
            Assert.That(c.Law.LawEntry?.Bwb ?? c.Law.TreatyEntry?.Bwb, Is.EqualTo(bwb), "the catalog entry travels with the reference");
            Assert.That(c.Links, Is.EqualTo(new[] { Wetten + jci }));
        });
    }

    [TestCase("artikel 28 van Verordening (EU) 2022/2065", "DSA", "32022R2065")]
    [TestCase("artikel 28 DSA", "DSA", "32022R2065")]
    [TestCase("artikel 6 AVG", "AVG", "32016R0679")]
    [TestCase("artikel 267 VWEU", "VWEU", "12016E/TXT")]
    public void Resolves_an_eu_act_or_treaty_by_celex_and_links_it_on_eur_lex(string text, string abbreviation, string celex)
    {
        var c = Article(text);

        Assert.Multiple(() =>
        {
            Assert.That(c.Law?.Abbreviation, Is.EqualTo(abbreviation));
            Assert.That(c.Law?.Celex, Is.EqualTo(celex));
            Assert.That(c.Law?.Bwb, Is.Null);
            Assert.That(c.Links, Is.EqualTo(new[] { EurLex + celex }));
        });
    }

    [Test]
    public void An_eu_act_the_catalog_does_not_know_still_gets_its_celex_from_the_number()
    {
        var c = Article("artikel 3 van Richtlijn (EU) 2019/1937");

        Assert.That(c.Law?.Celex, Is.EqualTo("32019L1937"));
        Assert.That(c.Law?.EuActEntry is null || c.Law.EuActEntry.Celex == "32019L1937", Is.True);
    }

    [Test]
    public void Bw_without_book_names_the_code_but_no_single_bwb_id()
    {
        var c = Article("artikel 162 BW");

        Assert.Multiple(() =>
        {
            Assert.That(c.Law?.Title, Is.EqualTo("Burgerlijk Wetboek"));
            Assert.That(c.Law?.Abbreviation, Is.EqualTo("BW"));
            Assert.That(c.Law?.Bwb, Is.Null);
            Assert.That(c.Links, Is.Empty);
        });
    }

    [Test]
    public void An_abbreviation_with_other_capitals_resolves_and_remembers_the_case()
    {
        var c = Article("artikel 1:3 AWB");

        Assert.Multiple(() =>
        {
            Assert.That(c.Law?.Bwb, Is.EqualTo("BWBR0005537"));
            Assert.That(c.Law?.Abbreviation, Is.EqualTo("Awb"), "the catalog's spelling");
            Assert.That(c.Law?.ExactCase, Is.False);
            Assert.That(Article("artikel 1:3 Awb").Law?.ExactCase, Is.True);
        });
    }

    [Test]
    public void An_ambiguous_abbreviation_stays_unresolved_unless_the_document_defines_it()
    {
        Assert.That(Article("artikel 5 Ow").Law, Is.Null, "Ow is the Opiumwet or the Omgevingswet");

        var citations = CitationFinder.Extract("Deze brief gaat over de Omgevingswet (hierna: Ow). Zie artikel 5 Ow.");
        var c = citations.OfType<ArticleCitation>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(c.Law?.Bwb, Is.EqualTo("BWBR0037885"));
            Assert.That(c.Law?.Abbreviation, Is.EqualTo("Ow"));
            Assert.That(c.Law?.Source, Is.EqualTo(LawSource.Definition));
        });
    }

    [Test]
    public void An_unknown_abbreviation_stays_unresolved()
    {
        var c = Article("artikel 5 Xyzw");

        Assert.That(c.Law, Is.Null);
        Assert.That(c.Links, Is.Empty);
    }

    [Test]
    public void A_title_the_catalog_does_not_know_is_kept_as_written_without_ids()
    {
        var c = Article("artikel 6, lid 4, onderdeel c, van de Wet bestuursrechtelijke aanpak online kinderpornografisch materiaal");

        Assert.Multiple(() =>
        {
            Assert.That(c.Law?.Title, Is.EqualTo("Wet bestuursrechtelijke aanpak online kinderpornografisch materiaal"));
            Assert.That(c.Law?.Bwb, Is.Null);
            Assert.That(c.Law?.Source, Is.EqualTo(LawSource.Written));
            Assert.That(c.Links, Is.Empty);
        });
    }

    [Test]
    public void A_title_read_too_far_is_cut_back_to_the_title_the_catalog_knows()
    {
        const string text = "Zij kan op grond van artikel 125p van het Wetboek van Strafvordering bevelen geven.";

        var c = Article(text);

        Assert.Multiple(() =>
        {
            Assert.That(c.LawText, Is.EqualTo("Wetboek van Strafvordering"));
            Assert.That(c.Text, Is.EqualTo("artikel 125p van het Wetboek van Strafvordering"));
            Assert.That(text.Substring(c.Span.Start, c.Span.Length), Is.EqualTo(c.Text));
            Assert.That(c.Law?.Bwb, Is.EqualTo("BWBR0001903"));
        });
    }

    [Test]
    public void A_list_gets_the_cut_title()
    {
        const string text = "de artikelen 12b en 12c van het Wetboek van Strafvordering bevelen";

        var c = CitationFinder.Extract(text).OfType<ArticleCitation>().Single();

        Assert.Multiple(() =>
        {
            Assert.That(c.Articles.Select(a => a.From), Is.EqualTo(new[] { "12b", "12c" }));
            Assert.That(c.LawText, Is.EqualTo("Wetboek van Strafvordering"));
            Assert.That(c.Law?.Bwb, Is.EqualTo("BWBR0001903"));
            Assert.That(c.Text, Is.EqualTo("artikelen 12b en 12c van het Wetboek van Strafvordering"));
        });
    }

    // The earlier side of a jo. chain does not hold the law; it takes the cut title of the side that does.
    [Test]
    public void Every_side_of_a_jo_chain_gets_the_cut_title_and_only_the_last_span_shrinks()
    {
        const string text = "artikel 12b jo. artikel 12c van het Wetboek van Strafvordering bevelen";

        var all = CitationFinder.Extract(text).OfType<ArticleCitation>().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(all.Select(c => c.LawText), Is.All.EqualTo("Wetboek van Strafvordering"));
            Assert.That(all.Select(c => c.Law?.Bwb), Is.All.EqualTo("BWBR0001903"));
            Assert.That(all[1].Text, Is.EqualTo("artikel 12c van het Wetboek van Strafvordering"));
        });
    }

    [Test]
    public void A_cut_title_keeps_a_line_break_hyphen_inside_the_kept_part()
    {
        const string text = "artikel 5 van het Wetboek van Straf-\nvordering bevelen";

        var c = Article(text);

        Assert.That(c.Law?.Bwb, Is.EqualTo("BWBR0001903"));
        Assert.That(c.Text, Is.EqualTo("artikel 5 van het Wetboek van Straf-\nvordering"));
    }

    [Test]
    public void A_definition_resolves_its_expansion_and_an_article_uses_it()
    {
        const string text = "De digitaledienstenverordening (Digital Services Act, hierna: DSA) geldt. Zo verplicht artikel 28 DSA platforms.";

        var citations = CitationFinder.Extract(text);
        var definition = citations.OfType<AbbreviationDefinition>().Single();
        var article = citations.OfType<ArticleCitation>().Single();

        Assert.Multiple(() =>
        {
            Assert.That(definition.Law?.Celex, Is.EqualTo("32022R2065"));
            Assert.That(definition.Law?.Abbreviation, Is.EqualTo("DSA"));
            Assert.That(article.Law?.Celex, Is.EqualTo("32022R2065"));
            Assert.That(article.Law?.Source, Is.EqualTo(LawSource.Definition));
            Assert.That(article.Links, Is.EqualTo(new[] { EurLex + "32022R2065" }));
        });
    }

    [Test]
    public void A_directive_known_by_its_nickname_resolves()
    {
        var definition = Definition("Tenslotte schrijft de Richtlijn audiovisuele mediadiensten (hierna: AVMSD) maatregelen voor.");

        Assert.That(definition.Law?.Celex, Is.EqualTo("32010L0013"));
    }

    [Test]
    public void A_bill_keeps_its_expansion_as_title_and_has_no_ids()
    {
        const string text = "Het wetsvoorstel regulering sekswerk (hierna: Wrs) regelt veel; zie artikel 3 Wrs.";

        var citations = CitationFinder.Extract(text);
        var definition = citations.OfType<AbbreviationDefinition>().Single();
        var article = citations.OfType<ArticleCitation>().Single();

        Assert.Multiple(() =>
        {
            Assert.That(definition.Law?.Title, Is.EqualTo("wetsvoorstel regulering sekswerk"));
            Assert.That(definition.Law?.Bwb, Is.Null);
            Assert.That(definition.Law?.Source, Is.EqualTo(LawSource.Written));
            Assert.That(article.Law?.Abbreviation, Is.EqualTo("Wrs"));
            Assert.That(article.Law?.Title, Is.EqualTo("wetsvoorstel regulering sekswerk"));
            Assert.That(article.Links, Is.Empty);
        });
    }

    [Test]
    public void An_organisation_is_no_law()
    {
        var definition = Definition("de Autoriteit Consument & Markt (hierna: ACM) houdt toezicht");

        Assert.That(definition.Law, Is.Null);
    }

    [Test]
    public void Die_wet_points_back_to_the_law_named_last()
    {
        const string text = "Zie artikel 5 van de Mediawet 2008 en het Besluit X. Op grond van artikel 7 van die wet geldt dat.";

        var articles = CitationFinder.Extract(text).OfType<ArticleCitation>().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(articles[1].LawText, Is.EqualTo("die wet"));
            Assert.That(articles[1].Law?.Bwb, Is.EqualTo("BWBR0025028"));
            Assert.That(articles[1].Law?.Source, Is.EqualTo(LawSource.BackReference));
            Assert.That(articles[1].Links, Is.EqualTo(new[] { Wetten + "jci1.3:c:BWBR0025028&artikel=7" }));
        });
    }

    [Test]
    public void Die_wet_skips_a_named_besluit_for_the_last_named_wet()
    {
        const string text = "artikel 5 van de Mediawet 2008, artikel 2 van het Mediabesluit 2008 en artikel 9 van die wet";

        var articles = CitationFinder.Extract(text).OfType<ArticleCitation>().ToList();

        Assert.That(articles.Last().Law?.Bwb, Is.EqualTo("BWBR0025028"));
    }

    [Test]
    public void An_article_without_law_refers_to_the_context_law_only_when_one_is_given()
    {
        var options = new ExtractOptions { ContextLaw = new LawReference { Bwb = "BWBR0001903" } };

        Assert.Multiple(() =>
        {
            Assert.That(Article("Zie artikel 13a.").Law, Is.Null);
            var c = Article("Zie artikel 13a.", options);
            Assert.That(c.Law?.Title, Is.EqualTo("Wetboek van Strafvordering"));
            Assert.That(c.Law?.Source, Is.EqualTo(LawSource.ContextLaw));
            Assert.That(c.Links, Is.EqualTo(new[] { Wetten + "jci1.3:c:BWBR0001903&artikel=13a" }));
            Assert.That(Article("bedoeld in artikel 3 van deze wet", options).Law?.Bwb, Is.EqualTo("BWBR0001903"));
        });
    }

    [Test]
    public void Configured_abbreviations_come_after_the_documents_definitions_and_before_the_catalog()
    {
        var options = new ExtractOptions
        {
            Abbreviations = new Dictionary<string, string> { ["Wgts"] = "Wet gemeentelijk toezicht op seksbedrijven", ["Sv"] = "Wetboek van Strafrecht" },
        };

        Assert.Multiple(() =>
        {
            var configured = Article("artikel 2 Wgts", options);
            Assert.That(configured.Law?.Title, Is.EqualTo("Wet gemeentelijk toezicht op seksbedrijven"));
            Assert.That(configured.Law?.Source, Is.EqualTo(LawSource.Configuration));
            Assert.That(Article("artikel 2 Sv", options).Law?.Bwb, Is.EqualTo("BWBR0001854"), "the configuration wins over the catalog");
            var defined = CitationFinder.Extract("het Wetboek van Strafvordering (hierna: Sv) en artikel 2 Sv", options).OfType<ArticleCitation>().Single();
            Assert.That(defined.Law?.Bwb, Is.EqualTo("BWBR0001903"), "the document's definition wins over the configuration");
        });
    }

    [Test]
    public void A_catalog_passed_in_options_is_used_by_extract_and_lint()
    {
        var catalog = LawCatalog.Default.Extend(new CatalogDocument
        {
            Laws = new[] { new LawEntry { Title = "Wet op de proefneming", Bwb = "BWBR9999999", Abbreviations = new[] { "Wpn" } } },
        });

        Assert.Multiple(() =>
        {
            Assert.That(Article("artikel 4 Wpn").Law, Is.Null);
            Assert.That(Article("artikel 4 Wpn", new ExtractOptions { Catalog = catalog }).Law?.Bwb, Is.EqualTo("BWBR9999999"));
            var linted = CitationLinter.Lint("artikel 4 Wpn", new LintOptions { Extract = new ExtractOptions { Catalog = catalog } }).Citations.OfType<ArticleCitation>().Single();
            Assert.That(linted.Law?.Bwb, Is.EqualTo("BWBR9999999"));
        });
    }

    [Test]
    public void Try_parse_checks_the_form_only_and_leaves_the_law_unresolved()
    {
        var result = CitationFinder.TryParse("artikel 125p Sv");

        Assert.That(((ArticleCitation)result.Citation!).Law, Is.Null);
    }

    [Test]
    public void The_json_fields_carry_the_resolved_law()
    {
        var citations = CitationFinder.Extract("Wetboek van Strafvordering (hierna: Sv); artikel 125p Sv");
        var article = FieldsJson.Of(citations.OfType<ArticleCitation>().Single()).GetProperty("law");
        var definition = FieldsJson.Of(citations.OfType<AbbreviationDefinition>().Single()).GetProperty("law");

        Assert.Multiple(() =>
        {
            Assert.That(article.GetProperty("abbreviation").GetString(), Is.EqualTo("Sv"));
            Assert.That(article.GetProperty("title").GetString(), Is.EqualTo("Wetboek van Strafvordering"));
            Assert.That(article.GetProperty("bwb").GetString(), Is.EqualTo("BWBR0001903"));
            Assert.That(article.GetProperty("celex").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
            Assert.That(definition.GetProperty("bwb").GetString(), Is.EqualTo("BWBR0001903"));
        });
    }

    [Test]
    public void Text_without_articles_or_definitions_passes_through_as_extracted()
    {
        const string text = "Kamerstukken II 2025/26, 22 112, nr. 4207 en ECLI:NL:HR:2016:162";

        var citations = CitationFinder.Extract(text);

        Assert.That(citations, Has.Count.EqualTo(2));
    }
}
