using System.Text;
using System.Text.Json;
using Citaties.Model;
using Citaties.Serialization;

namespace Citaties.Tests.Serialization;

/// <summary>The machine-interface fields of article citations (DESIGN.md data model, gold.tsv names).</summary>
[TestFixture]
public class ArticleFieldsTests
{
    private static JsonElement Json(Citation citation)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            CitationJson.Write(writer, citation);
        }

        using var document = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        return document.RootElement.Clone();
    }

    private static Citation Parse(string text) => CitationFinder.TryParse(text).Citation!;

    [Test]
    public void Writes_the_design_fields_of_a_full_citation()
    {
        var json = Json(Parse("artikel 6, lid 4, onderdeel c, van de Wet bestuursrechtelijke aanpak online kinderpornografisch materiaal"));
        var fields = json.GetProperty("fields");

        Assert.Multiple(() =>
        {
            Assert.That(json.GetProperty("kind").GetString(), Is.EqualTo("article"));
            Assert.That(json.GetProperty("canonical").GetString(), Is.EqualTo("artikel 6, vierde lid, onderdeel c, van de Wet bestuursrechtelijke aanpak online kinderpornografisch materiaal"));
            Assert.That(json.GetProperty("links").GetArrayLength(), Is.Zero);
            Assert.That(fields.GetProperty("articles")[0].GetString(), Is.EqualTo("6"));
            Assert.That(fields.GetProperty("article").GetString(), Is.EqualTo("6"));
            Assert.That(fields.GetProperty("paragraphs")[0].GetString(), Is.EqualTo("4"));
            Assert.That(fields.GetProperty("parts")[0].GetString(), Is.EqualTo("c"));
            Assert.That(fields.GetProperty("subparts").GetArrayLength(), Is.Zero);
            Assert.That(fields.GetProperty("law").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(fields.GetProperty("lawText").GetString(), Is.EqualTo("Wet bestuursrechtelijke aanpak online kinderpornografisch materiaal"));
            Assert.That(fields.GetProperty("lawForm").GetString(), Is.EqualTo("title"));
            Assert.That(fields.GetProperty("old").GetBoolean(), Is.False);
            Assert.That(fields.GetProperty("paragraphStyle").GetString(), Is.EqualTo("number"));
            Assert.That(fields.GetProperty("partStyle").GetString(), Is.EqualTo("onderdeel"));
            Assert.That(fields.GetProperty("rangeStyle").GetString(), Is.EqualTo("none"));
            Assert.That(fields.GetProperty("book").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public void Writes_each_article_of_a_list_with_its_own_detail()
    {
        var fields = Json(Parse("artikelen 64 lid 2 en 65 tot en met 67 Sr")).GetProperty("fields");
        var items = fields.GetProperty("items");

        Assert.Multiple(() =>
        {
            Assert.That(fields.GetProperty("articles").GetArrayLength(), Is.EqualTo(2));
            Assert.That(fields.GetProperty("conjunction").GetString(), Is.EqualTo("en"));
            Assert.That(fields.GetProperty("paragraphs")[0].GetString(), Is.EqualTo("2"), "the citation's own leden are the first article's");
            Assert.That(items.GetArrayLength(), Is.EqualTo(2));
            Assert.That(items[0].GetProperty("from").GetString(), Is.EqualTo("64"));
            Assert.That(items[0].GetProperty("paragraphs")[0].GetString(), Is.EqualTo("2"));
            Assert.That(items[0].GetProperty("paragraphStyle").GetString(), Is.EqualTo("number"));
            Assert.That(items[1].GetProperty("from").GetString(), Is.EqualTo("65"));
            Assert.That(items[1].GetProperty("to").GetString(), Is.EqualTo("67"));
            Assert.That(items[1].GetProperty("paragraphs").GetArrayLength(), Is.Zero);
            Assert.That(items[1].GetProperty("rangeStyle").GetString(), Is.EqualTo("totEnMet"));
        });
    }

    [Test]
    public void Writes_no_items_for_a_single_article()
    {
        var fields = Json(Parse("artikel 64, tweede lid, Sr")).GetProperty("fields");

        Assert.That(fields.TryGetProperty("items", out _), Is.False);
        Assert.That(fields.TryGetProperty("conjunction", out _), Is.False);
    }

    [Test]
    public void Writes_a_range_as_from_and_to()
    {
        var fields = Json(Parse("art. 16h t/m 16m")).GetProperty("fields");
        var range = fields.GetProperty("articles")[0];

        Assert.Multiple(() =>
        {
            Assert.That(range.GetProperty("from").GetString(), Is.EqualTo("16h"));
            Assert.That(range.GetProperty("to").GetString(), Is.EqualTo("16m"));
            Assert.That(fields.GetProperty("article").GetString(), Is.EqualTo("16h"));
            Assert.That(fields.GetProperty("rangeStyle").GetString(), Is.EqualTo("tm"));
            Assert.That(fields.GetProperty("lawForm").GetString(), Is.EqualTo("none"));
            Assert.That(fields.GetProperty("lawText").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public void Writes_a_resolved_law_and_the_bw_book()
    {
        var citation = (ArticleCitation)Parse("art. 6:162 BW (oud)") with
        {
            Law = new LawReference { Abbreviation = "BW", Title = "Burgerlijk Wetboek Boek 6", Bwb = "BWBR0005289" },
        };
        var fields = Json(citation).GetProperty("fields");
        var law = fields.GetProperty("law");

        Assert.Multiple(() =>
        {
            Assert.That(law.GetProperty("abbreviation").GetString(), Is.EqualTo("BW"));
            Assert.That(law.GetProperty("title").GetString(), Is.EqualTo("Burgerlijk Wetboek Boek 6"));
            Assert.That(law.GetProperty("bwb").GetString(), Is.EqualTo("BWBR0005289"));
            Assert.That(law.GetProperty("celex").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(fields.GetProperty("book").GetString(), Is.EqualTo("6"));
            Assert.That(fields.GetProperty("articleInBook").GetString(), Is.EqualTo("162"));
            Assert.That(fields.GetProperty("old").GetBoolean(), Is.True);
            Assert.That(fields.GetProperty("keyword").GetString(), Is.EqualTo("art."));
            Assert.That(fields.GetProperty("lawForm").GetString(), Is.EqualTo("abbreviation"));
        });
    }

    [Test]
    public void Writes_the_styles_rules_need()
    {
        var fields = Json(CitationFinder.TryParse("art. 3:105 jo. 3:306 BW").Citations[1]).GetProperty("fields");
        var sub = Json(Parse("artikel 9, tweede lid, aanhef en sub a, van deze wet")).GetProperty("fields");

        Assert.Multiple(() =>
        {
            Assert.That(fields.GetProperty("juncto").GetBoolean(), Is.True);
            Assert.That(sub.GetProperty("aanhef").GetBoolean(), Is.True);
            Assert.That(sub.GetProperty("partStyle").GetString(), Is.EqualTo("sub"));
            Assert.That(sub.GetProperty("paragraphStyle").GetString(), Is.EqualTo("ordinal"));
            Assert.That(sub.GetProperty("lawForm").GetString(), Is.EqualTo("deicticReference"));
            Assert.That(sub.GetProperty("sentence").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }
}
