using System.Text.Json;
using System.Text.RegularExpressions;
using Citaties.Model;

namespace Citaties.Tests.Corpus;

/// <summary>The article rows of seeds/gold.tsv, extracted from their seed documents.</summary>
[TestFixture]
public class ArticleGoldTests
{
    // A gold article text may end in the definition it makes ("... van het Wetboek van Strafvordering (hierna: Sv)"):
    // the definition is a citation of its own, so the article stops before the bracket and the two together cover the text.
    private static readonly Regex Hierna = new(@"\s*\(hierna:[^)]*\)\s*$", RegexOptions.CultureInvariant);

    private static readonly string[] LawFields = { "abbreviation", "title", "bwb", "celex" };

    // Identifiers gold leaves out must be absent: the DSA has no BWB id, the Sv no CELEX number.
    private static readonly string[] Identifiers = { "bwb", "celex" };

    [TestCaseSource(typeof(GoldTable), nameof(GoldTable.Cases), new object[] { new[] { "article" } })]
    public void Extracts_the_gold_citation_with_its_fields(GoldRow? row)
    {
        CorpusPaths.RequireCorpus("seeds");
        var source = GoldTable.ReadSeed(row!);
        var expectedText = Hierna.Replace(row!.Text, string.Empty);
        var places = GoldTable.Locate(source, expectedText);
        Assert.That(places, Is.Not.Empty, "the gold text stands in the seed");

        var citations = CitationFinder.Extract(source).OfType<ArticleCitation>().ToList();

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

    [TestCaseSource(typeof(GoldTable), nameof(GoldTable.Cases), new object[] { new[] { "article" } })]
    public void Resolves_the_law_of_the_gold_citation(GoldRow? row)
    {
        CorpusPaths.RequireCorpus("seeds");
        var source = GoldTable.ReadSeed(row!);
        var places = GoldTable.Locate(source, row!.Text);
        Assert.That(places, Is.Not.Empty, "the gold text stands in the seed");

        var citations = CitationFinder.Extract(source);
        var expected = row.Fields.GetProperty("law");
        foreach (var (start, end) in places)
        {
            var article = citations.OfType<ArticleCitation>().SingleOrDefault(x => x.Span.Start == start);
            Assert.That(article, Is.Not.Null, $"an article citation starts at {start}");

            // The article, with the definition right after it when the row has one, covers the gold text.
            var covered = article!.Span.End;
            var definition = citations.OfType<AbbreviationDefinition>()
                .FirstOrDefault(d => d.Span.Start >= start && d.Span.Start <= covered && d.Span.End > covered);
            covered = definition?.Span.End ?? covered;
            Assert.That(covered, Is.EqualTo(end), "the article and its definition cover the gold text");

            var law = article.Law;
            Assert.That(law, Is.Not.Null, "the law is resolved");
            Assert.Multiple(() =>
            {
                foreach (var field in LawFields)
                {
                    if (expected.TryGetProperty(field, out var value))
                    {
                        Assert.That(LawField(law!, field), Is.EqualTo(value.GetString()), field);
                    }
                    else if (Identifiers.Contains(field))
                    {
                        Assert.That(LawField(law!, field), Is.Null, field + " is not in gold");
                    }
                }
            });
        }
    }

    private static string? LawField(LawReference law, string field) => field switch
    {
        "abbreviation" => law.Abbreviation,
        "title" => law.Title,
        "bwb" => law.Bwb,
        _ => law.Celex,
    };

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

            var found = CitationFinder.Extract(source).OfType<ArticleCitation>().Select(c => c.Span.Start);

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
