using System.IO;
using System.Linq;
using System.Text;
using Citaties.Catalog;

namespace Citaties.Tests.Catalog;

[TestFixture]
public class CatalogLayeringTests
{
    private static readonly ArticleEntry[] SvArticles =
    {
        new() { Label = "1", Paragraphs = 0 },
        new() { Label = "125p", Paragraphs = 2 },
        new() { Label = "126", Repealed = true },
    };

    [Test]
    public void A_user_layer_replaces_the_entry_with_the_same_bwb_id_and_adds_new_laws()
    {
        var user = new CatalogDocument
        {
            Laws = new[]
            {
                new LawEntry
                {
                    Title = "Wetboek van Strafvordering",
                    Bwb = "BWBR0001903",
                    Articles = SvArticles,
                    ArticlesAsOf = "2024-07-01",
                    Source = "BWBR0001903.xml",
                },
                new LawEntry { Title = "Wet proefregeling", Abbreviations = new[] { "Wpr" } },
            },
        };

        var catalog = LawCatalog.Default.Extend(user);

        var sv = catalog.FindByAbbreviation("Sv").Entry;
        Assert.Multiple(() =>
        {
            Assert.That(sv, Is.Not.Null, "an import without abbreviations keeps the embedded ones");
            Assert.That(sv!.Articles, Is.EqualTo(SvArticles));
            Assert.That(sv.ArticlesAsOf, Is.EqualTo("2024-07-01"));
            Assert.That(sv.Source, Is.EqualTo("BWBR0001903.xml"));
            Assert.That(catalog.Laws.Count(l => l.Bwb == "BWBR0001903"), Is.EqualTo(1));
            Assert.That(catalog.Laws, Has.Count.EqualTo(LawCatalog.Default.Laws.Count + 1));
            Assert.That(catalog.FindByAbbreviation("Wpr").Entry?.Title, Is.EqualTo("Wet proefregeling"));
            Assert.That(LawCatalog.Default.FindByAbbreviation("Wpr").Found, Is.False, "the default catalog is unchanged");
            Assert.That(LawCatalog.Default.FindByAbbreviation("Sv").Entry!.Articles, Is.Null);
        });
    }

    [Test]
    public void A_later_layer_with_its_own_abbreviations_and_title_overrides_the_earlier_ones()
    {
        var user = new CatalogDocument
        {
            Laws = new[]
            {
                new LawEntry { Title = "Wetboek van Strafvordering (nieuw)", Bwb = "bwbr0001903", Abbreviations = new[] { "Sv-nieuw" } },
            },
        };

        var catalog = LawCatalog.Create(EmbeddedCatalog.ReadAll().Append(user).ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(catalog.FindByAbbreviation("Sv").Found, Is.False);
            Assert.That(catalog.FindByAbbreviation("Sv-nieuw").Entry?.Title, Is.EqualTo("Wetboek van Strafvordering (nieuw)"));
            Assert.That(catalog.FindByTitle("Wetboek van Strafvordering").Found, Is.False);
            Assert.That(catalog.FindByBwb("BWBR0001903").Entry?.Title, Is.EqualTo("Wetboek van Strafvordering (nieuw)"));
        });
    }

    [Test]
    public void Laws_without_a_bwb_id_are_merged_by_title()
    {
        var first = new CatalogDocument { Laws = new[] { new LawEntry { Title = "Wet op de proef", CustomaryAbbreviations = new[] { "Wop" } } } };
        var second = new CatalogDocument { Laws = new[] { new LawEntry { Title = "wet op de  proef", Repealed = true } } };

        var catalog = LawCatalog.Create(first, second);

        Assert.That(catalog.Laws, Has.Count.EqualTo(1));
        Assert.That(catalog.FindByAbbreviation("Wop").Entry?.Repealed, Is.True);
    }

    [Test]
    public void Eu_acts_treaties_and_courts_are_layered_by_their_identity()
    {
        var user = new CatalogDocument
        {
            EuActs = new[] { new EuActEntry { Type = "Verordening", Domain = "EU", Year = 2022, Number = 2065, Celex = "32022R2065", Title = "DSA", ShortNames = new[] { "Dienstenverordening digitaal" } } },
            Treaties = new[] { new TreatyEntry { Title = "Benelux-Verdrag inzake de intellectuele eigendom", Abbreviations = new[] { "BVIE" } } },
            Courts = new[] { new CourtEntry { Code = "HR", Name = "De Hoge Raad der Nederlanden" } },
        };

        var catalog = LawCatalog.Default.Extend(user);

        Assert.Multiple(() =>
        {
            Assert.That(catalog.EuActs, Has.Count.EqualTo(LawCatalog.Default.EuActs.Count));
            Assert.That(catalog.FindEuActByName("Dienstenverordening digitaal").Entry?.ArticleCount, Is.EqualTo(93), "kept from the embedded entry");
            Assert.That(catalog.FindEuActByName("DSA").Found, Is.True, "its title");
            Assert.That(catalog.FindTreaty("BVIE").Found, Is.True);
            Assert.That(catalog.FindCourt("HR").Entry?.Name, Is.EqualTo("De Hoge Raad der Nederlanden"));
            Assert.That(catalog.Courts, Has.Count.EqualTo(LawCatalog.Default.Courts.Count));
        });
    }

    [Test]
    public void A_hand_written_file_with_null_lists_and_items_reads_and_layers_without_failing()
    {
        const string json = """
            { "version": 1,
              "laws": [ null, { "title": "Wet zonder id", "abbreviations": null, "customaryAbbreviations": [ null, "Wzi" ] }, { "title": null } ],
              "euActs": [ { "type": "Richtlijn", "year": 2030, "number": 1, "celex": null, "title": "Toekomstrichtlijn", "shortNames": null },
                          { "type": "Richtlijn", "year": 2030, "number": 2, "title": "Andere richtlijn" } ],
              "treaties": [ { "title": "Verdrag zonder afkorting", "abbreviations": null } ],
              "courts": [ { "code": "TEST", "name": null, "country": null } ] }
            """;
        var document = CatalogJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "user.json");

        var catalog = LawCatalog.Default.Extend(document);

        Assert.Multiple(() =>
        {
            Assert.That(catalog.FindByTitle("Wet zonder id").Found, Is.True);
            Assert.That(catalog.FindByAbbreviation("Wzi").Found, Is.True);
            Assert.That(catalog.EuActs, Has.Count.EqualTo(LawCatalog.Default.EuActs.Count + 2), "acts without CELEX stay apart");
            Assert.That(catalog.FindEuAct(2030, 1).Entry?.Title, Is.EqualTo("Toekomstrichtlijn"));
            Assert.That(catalog.FindTreaty("Verdrag zonder afkorting").Found, Is.True);
            Assert.That(catalog.FindCourt("TEST").Found, Is.True);
        });
    }

    [Test]
    public void An_empty_catalog_finds_nothing()
    {
        var catalog = LawCatalog.Create();

        Assert.That(catalog.Laws, Is.Empty);
        Assert.That(catalog.FindByAbbreviation("Awb").Found, Is.False);
        Assert.That(catalog.FindCourt("HR").Found, Is.False);
    }
}
