using System.Text.Json;
using System.Text.RegularExpressions;
using Citaties.Model;

namespace Citaties.Tests.Corpus;

/// <summary>The article rows of seeds/gold.tsv, extracted from their seed documents.</summary>
[TestFixture]
public class ArticleGoldTests
{
    // The lead extends the span over "(hierna: X)" later; until then the citation stops before it.
    private static readonly Regex Hierna = new(@"\s*\(hierna:[^)]*\)\s*$", RegexOptions.CultureInvariant);

    [TestCaseSource(typeof(GoldTable), nameof(GoldTable.Cases), new object[] { new[] { "article" } })]
    public void Extracts_the_gold_citation_with_its_fields(GoldRow? row)
    {
        CorpusPaths.RequireCorpus("seeds");
        var source = GoldTable.ReadSeed(row!);
        var expectedText = Hierna.Replace(row!.Text, string.Empty);
        var places = GoldTable.Locate(source, expectedText);
        Assert.That(places, Is.Not.Empty, "the gold text stands in the seed");

        var citations = CitationParser.Extract(source).OfType<ArticleCitation>().ToList();

        foreach (var (start, end) in places)
        {
            var c = citations.SingleOrDefault(x => x.Span.Start == start);
            Assert.That(c, Is.Not.Null, $"a citation starts at {start}");
            Assert.Multiple(() =>
            {
                Assert.That(c!.Span.End, Is.EqualTo(end), "the citation ends where the gold text does");
                Assert.That(c.Article, Is.EqualTo(row.Fields.GetProperty("article").GetString()));
                Assert.That(c.Paragraphs, Is.EqualTo(Strings(row.Fields, "paragraphs")));
                Assert.That(c.Parts, Is.EqualTo(Strings(row.Fields, "parts")));
                Assert.That(c.LawText, Is.EqualTo(WrittenLaw(row.Fields.GetProperty("law"), expectedText)));
            });
        }
    }

    [Test]
    public void Finds_no_article_citation_in_the_seeds_that_gold_does_not_list()
    {
        var folder = CorpusPaths.RequireCorpus("seeds");
        var gold = GoldTable.Load().Where(r => r.Kind == "article").ToList();

        foreach (var file in Directory.GetFiles(folder, "*.txt"))
        {
            var source = File.ReadAllText(file);
            var expected = gold.Where(r => r.File == Path.GetFileName(file))
                .SelectMany(r => GoldTable.Locate(source, Hierna.Replace(r.Text, string.Empty)))
                .Select(p => p.Start)
                .Distinct()
                .OrderBy(s => s);

            var found = CitationParser.Extract(source).OfType<ArticleCitation>().Select(c => c.Span.Start);

            Assert.That(found, Is.EqualTo(expected), Path.GetFileName(file));
        }
    }

    private static string[] Strings(JsonElement fields, string name) =>
        fields.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(e => e.GetString()!).ToArray() : Array.Empty<string>();

    // gold's law is the resolved law; the text names it by abbreviation or by title.
    private static string WrittenLaw(JsonElement law, string text)
    {
        foreach (var name in new[] { "title", "abbreviation" })
        {
            if (law.TryGetProperty(name, out var value) && text.Contains(value.GetString()!, StringComparison.Ordinal))
            {
                return value.GetString()!;
            }
        }

        Assert.Fail($"neither the title nor the abbreviation of {law} stands in '{text}'");
        return string.Empty;
    }
}
