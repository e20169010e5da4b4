using Citaties.Configuration;
using Citaties.Model;

namespace Citaties.Tests.Resolution;

/// <summary>
/// Issue 16 item 3: inside the text of a law (<see cref="ExtractOptions.ContextLaw"/>), the forms that leave the law
/// out or point at it resolve to the right law; BW books named with the code resolve anywhere.
/// </summary>
[TestFixture]
public class ContextLawTests
{
    private const string Sv = "BWBR0001903";
    private const string BwBook2 = "BWBR0003045";
    private const string BwBook3 = "BWBR0005291";
    private const string BwBook6 = "BWBR0005289";
    private const string BwBook7 = "BWBR0005290";

    private static ExtractOptions Inside(string bwb) => new() { ContextLaw = new LawReference { Bwb = bwb } };

    private static List<ArticleCitation> Articles(string text, ExtractOptions? options = null) =>
        CitationFinder.Extract(text, options).OfType<ArticleCitation>().ToList();

    [TestCase("De termijn van artikel 5 is verstreken.", Sv, Sv)]
    [TestCase("bedoeld in artikel 5 van deze wet", Sv, Sv)]
    [TestCase("bedoeld in artikel 5 van dit wetboek", Sv, Sv)]
    [TestCase("bedoeld in artikel 5 van dit boek", BwBook6, BwBook6)]
    [TestCase("bedoeld in artikel 12 van Boek 3", BwBook6, BwBook3)]
    public void An_article_in_the_law_the_text_belongs_to(string text, string context, string bwb)
    {
        var c = Articles(text, Inside(context)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(c.Law?.Bwb, Is.EqualTo(bwb));
            Assert.That(c.Law?.Source, Is.EqualTo(LawSource.ContextLaw));
        });
    }

    [TestCase("bedoeld in artikel 5")]
    [TestCase("bedoeld in artikel 5 van deze wet")]
    [TestCase("bedoeld in artikel 5 van dit boek")]
    [TestCase("bedoeld in artikel 12 van Boek 3")]
    public void Without_a_context_law_these_stay_unresolved(string text)
    {
        Assert.That(Articles(text).Single().Law, Is.Null);
    }

    [Test]
    public void A_book_without_the_codes_name_is_not_the_bw_inside_another_law()
    {
        Assert.That(Articles("bedoeld in artikel 12 van Boek 3", Inside(Sv)).Single().Law, Is.Null);
    }

    [Test]
    public void Die_wet_points_back_to_the_law_named_before_it_also_inside_a_law()
    {
        var articles = Articles("artikel 6 van de Algemene wet bestuursrecht en artikel 7 van die wet", Inside(Sv));

        Assert.Multiple(() =>
        {
            Assert.That(articles[1].Law?.Bwb, Is.EqualTo("BWBR0005537"));
            Assert.That(articles[1].Law?.Source, Is.EqualTo(LawSource.BackReference));
        });
    }

    [Test]
    public void A_book_without_the_codes_name_takes_the_code_of_the_next_article()
    {
        var articles = Articles("als voorgeschreven in artikel 10 van Boek 2 en artikel 15i van Boek 3 van het Burgerlijk Wetboek", Inside(Sv));

        Assert.Multiple(() =>
        {
            Assert.That(articles.Select(a => a.Law?.Bwb), Is.EqualTo(new[] { BwBook2, BwBook3 }));
            Assert.That(articles.Select(a => a.Law?.Source), Is.All.EqualTo(LawSource.Catalog));
            Assert.That(articles[0].ArticleInBook, Is.EqualTo("10"));
        });
    }

    [TestCase("artikel 162 van Boek 6 van het Burgerlijk Wetboek", BwBook6, "162")]
    [TestCase("artikel 658 Boek 7 BW", BwBook7, "658")]
    [TestCase("artikel 658 van Boek 7 BW", BwBook7, "658")]
    public void A_book_with_the_codes_name_resolves_anywhere(string text, string bwb, string article)
    {
        foreach (var options in new[] { ExtractOptions.Default, Inside(Sv), Inside(BwBook3) })
        {
            var c = Articles(text, options).Single();
            Assert.Multiple(() =>
            {
                Assert.That(c.Law?.Bwb, Is.EqualTo(bwb));
                Assert.That(c.Law?.Source, Is.EqualTo(LawSource.Catalog));
                Assert.That(c.ArticleInBook, Is.EqualTo(article));
            });
        }
    }

    [TestCase("BWBR0001903", "Wetboek van Strafvordering")]
    [TestCase("Awb", "Algemene wet bestuursrecht")]
    [TestCase("Algemene wet bestuursrecht", "Algemene wet bestuursrecht")]
    public void The_law_setting_of_citaties_json_is_the_context_law(string law, string title)
    {
        var configuration = ConfigurationLoader.Parse($"{{ \"law\": \"{law}\" }}", "citaties.json");
        var options = configuration.ToLintOptions().Extract;

        Assert.Multiple(() =>
        {
            Assert.That(configuration.Law, Is.EqualTo(law));
            Assert.That(Articles("bedoeld in artikel 5", options).Single().Law?.Title, Is.EqualTo(title));
        });
    }

    [TestCase("{ \"law\": 5 }")]
    [TestCase("{ \"law\": \" \" }")]
    public void A_law_setting_that_names_nothing_is_an_error(string json)
    {
        Assert.Throws<ConfigurationException>(() => ConfigurationLoader.Parse(json, "citaties.json"));
    }

    [Test]
    public void The_command_line_law_wins_over_the_file()
    {
        var file = new CitatiesConfiguration { Law = "Sv" };

        Assert.That(file.Merge(new CitatiesConfiguration { Law = "Awb" }).Law, Is.EqualTo("Awb"));
        Assert.That(file.Merge(new CitatiesConfiguration()).Law, Is.EqualTo("Sv"));
    }
}
