using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Citaties.Catalog;

namespace Citaties.Tests.Catalog;

[TestFixture]
public class DefaultCatalogTests
{
    [Test]
    public void Parallel_first_access_builds_one_catalog_that_answers_the_same_everywhere()
    {
        // A fresh loader, so the first access really is concurrent whatever ran before.
        var loader = LawCatalog.NewDefaultLoader();
        var seen = new ConcurrentBag<LawCatalog>();
        var answers = new ConcurrentBag<string?>();
        using var start = new ManualResetEventSlim(false);

        var workers = Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
        {
            start.Wait();
            var catalog = loader.Value;
            seen.Add(catalog);
            answers.Add(catalog.FindByAbbreviation("BW", "6").Entry?.Bwb);
            answers.Add(catalog.FindEuActByName("DSA").Entry?.Celex is "32022R2065" ? "dsa" : null);
        })).ToArray();
        start.Set();
        Task.WaitAll(workers);

        Assert.That(seen.Distinct().Count(), Is.EqualTo(1));
        Assert.That(answers.Where(a => a is null), Is.Empty);
        Assert.That(answers.Distinct(), Is.EquivalentTo(new[] { "BWBR0005289", "dsa" }));
    }

    [Test]
    public void Default_is_one_shared_instance()
    {
        var instances = Enumerable.Range(0, 8).AsParallel().Select(_ => LawCatalog.Default).Distinct().ToList();

        Assert.That(instances, Has.Count.EqualTo(1));
    }

    [Test]
    public void The_merged_default_document_survives_a_json_round_trip()
    {
        var original = LawCatalog.Default.Document;

        var first = Write(original);
        var copy = CatalogJson.Read(new MemoryStream(first), "copy.json");
        var second = Write(copy);

        Assert.That(second, Is.EqualTo(first));
        Assert.That(LawCatalog.Create(copy).FindByAbbreviation("Awb").Entry?.Bwb, Is.EqualTo("BWBR0005537"));
    }

    [Test]
    public void A_document_with_articles_survives_a_json_round_trip_field_by_field()
    {
        var law = new LawEntry
        {
            Title = "Burgerlijk Wetboek Boek 7A",
            Bwb = "BWBR0006000",
            Abbreviations = new[] { "BW" },
            CustomaryAbbreviations = new[] { "BW7A" },
            OtherTitles = new[] { "Boek 7A" },
            Book = "7A",
            Repealed = false,
            Articles = new[] { new ArticleEntry { Label = "1576", Paragraphs = 3 }, new ArticleEntry { Label = "1577", Repealed = true } },
            ArticlesAsOf = "2024-01-01",
            Source = "toestand.xml",
        };
        var court = new CourtEntry { Code = "RBSGR", Name = "Rechtbank 's-Gravenhage", Abolished = true, LastYear = 2012 };
        var document = new CatalogDocument { Laws = new[] { law }, Courts = new[] { court } };

        var copy = CatalogJson.Read(new MemoryStream(Write(document)), "doc.json");

        var read = copy.Laws.Single();
        Assert.Multiple(() =>
        {
            Assert.That(read with { Abbreviations = law.Abbreviations, CustomaryAbbreviations = law.CustomaryAbbreviations, OtherTitles = law.OtherTitles, Articles = law.Articles }, Is.EqualTo(law));
            Assert.That(read.Abbreviations, Is.EqualTo(law.Abbreviations));
            Assert.That(read.CustomaryAbbreviations, Is.EqualTo(law.CustomaryAbbreviations));
            Assert.That(read.OtherTitles, Is.EqualTo(law.OtherTitles));
            Assert.That(read.Articles, Is.EqualTo(law.Articles));
            Assert.That(copy.Courts.Single(), Is.EqualTo(court));
            Assert.That(copy.EuActs, Is.Empty);
        });
    }

    private static byte[] Write(CatalogDocument document)
    {
        using var stream = new MemoryStream();
        CatalogJson.Write(stream, document);
        return stream.ToArray();
    }
}
