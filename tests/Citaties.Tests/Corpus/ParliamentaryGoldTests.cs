using System.Text.Json;
using Citaties.Model;
using Citaties.Serialization;

namespace Citaties.Tests.Corpus;

/// <summary>The parliamentary rows of seeds/gold.tsv: each is found in its seed document with the listed fields.</summary>
[TestFixture]
public class ParliamentaryGoldTests
{
    [TestCaseSource(typeof(GoldTable), nameof(GoldTable.Cases), new object[] { new[] { "kamerstuk", "aanhangsel", "handelingen" } })]
    public void Extracting_the_seed_finds_the_gold_citation_with_its_fields(GoldRow? row)
    {
        CorpusPaths.RequireCorpus("seeds");
        var source = GoldTable.ReadSeed(row!);
        var locations = GoldTable.Locate(source, row!.Text);
        Assert.That(locations, Is.Not.Empty, $"gold text not found in {row.File}");

        var citations = CitationFinder.Extract(source).Where(c => c.Kind.ToJsonName() == row.Kind).ToList();

        foreach (var (start, end) in locations)
        {
            var covering = citations.Where(c => c.Span.Start <= start && c.Span.End >= end).ToList();
            Assert.That(covering, Has.Count.EqualTo(1), $"no {row.Kind} citation covers [{start}..{end}) in {row.File}");
            AssertFields(covering[0], row.Fields);
        }
    }

    private static void AssertFields(Citation citation, JsonElement expected)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            CitationJson.Write(writer, citation);
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        var fields = json.RootElement.GetProperty("fields");
        Assert.Multiple(() =>
        {
            foreach (var property in expected.EnumerateObject())
            {
                Assert.That(fields.TryGetProperty(property.Name, out var actual), Is.True, $"field {property.Name} missing");
                Assert.That(actual.ToString(), Is.EqualTo(property.Value.ToString()), $"field {property.Name} of {citation.Text}");
            }
        });
    }
}
