using Citaties.Model;

namespace Citaties.Tests.Corpus;

/// <summary>Every definition in gold.tsv, and the definitions inside its article rows, is found in its seed document.</summary>
[TestFixture]
public class DefinitionGoldTests
{
    [TestCaseSource(typeof(GoldTable), nameof(GoldTable.Cases), new object[] { new[] { "definition" } })]
    public void Finds_each_gold_definition(GoldRow? row)
    {
        CorpusPaths.RequireCorpus("seeds");
        var source = GoldTable.ReadSeed(row!);
        var places = GoldTable.Locate(source, row!.Text);
        Assert.That(places, Is.Not.Empty, "the gold text is not in its seed");

        var definitions = CitationFinder.Extract(source).OfType<AbbreviationDefinition>().ToList();
        var abbreviation = row.Fields.GetProperty("abbreviation").GetString();
        var expansion = row.Fields.GetProperty("expansion").GetString();
        foreach (var (start, end) in places)
        {
            var covering = definitions.Where(d => d.Span.Start <= start && d.Span.End >= end).ToList();
            Assert.That(covering, Has.Count.EqualTo(1), $"no definition covers [{start}..{end})");
            Assert.Multiple(() =>
            {
                Assert.That(covering[0].Span, Is.EqualTo(new TextSpan(start, end - start)));
                Assert.That(covering[0].Abbreviation, Is.EqualTo(abbreviation));
                Assert.That(covering[0].Expansion, Is.EqualTo(expansion));
            });
        }
    }

    // The lint notes of gold say what a definition resolves to: "CELEX 32022R2065", or "no BWB id" for a bill.
    private static readonly System.Text.RegularExpressions.Regex CelexNote = new(@"CELEX (\w+)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    [TestCaseSource(typeof(GoldTable), nameof(GoldTable.Cases), new object[] { new[] { "definition" } })]
    public void Resolves_each_gold_definition_as_its_note_says(GoldRow? row)
    {
        CorpusPaths.RequireCorpus("seeds");
        var source = GoldTable.ReadSeed(row!);
        var (start, end) = GoldTable.Locate(source, row!.Text)[0];
        var definition = CitationFinder.Extract(source).OfType<AbbreviationDefinition>().Single(d => d.Span.Start <= start && d.Span.End >= end);
        var celex = CelexNote.Match(row.Lint);

        Assert.That(definition.Law, Is.Not.Null, "every gold definition names a law or a bill");
        Assert.Multiple(() =>
        {
            Assert.That(definition.Law!.Abbreviation, Is.EqualTo(definition.Abbreviation));
            if (celex.Success)
            {
                Assert.That(definition.Law.Celex, Is.EqualTo(celex.Groups[1].Value));
            }

            if (row.Lint.Contains("no BWB id", StringComparison.Ordinal))
            {
                Assert.That(definition.Law.Bwb, Is.Null);
                Assert.That(definition.Law.Title, Is.EqualTo(definition.Expansion));
            }
        });
    }

    [TestCaseSource(typeof(GoldTable), nameof(GoldTable.Cases), new object[] { new[] { "article" } })]
    public void Finds_the_definition_inside_a_gold_article_row(GoldRow? row)
    {
        CorpusPaths.RequireCorpus("seeds");
        var hierna = row!.Text.IndexOf("(hierna:", StringComparison.Ordinal);
        if (hierna < 0)
        {
            Assert.That(CitationFinder.Extract(row.Text).OfType<AbbreviationDefinition>(), Is.Empty, "the row defines nothing");
            return;
        }

        var source = GoldTable.ReadSeed(row);
        var places = GoldTable.Locate(source, row.Text);
        Assert.That(places, Is.Not.Empty, "the gold text is not in its seed");

        var law = row.Fields.GetProperty("law");
        var definitions = CitationFinder.Extract(source).OfType<AbbreviationDefinition>().ToList();
        foreach (var (start, end) in places)
        {
            var inside = definitions.Where(d => d.Span.Start > start && d.Span.End == end).ToList();
            Assert.That(inside, Has.Count.EqualTo(1), $"no definition ends the row at {end}");
            Assert.Multiple(() =>
            {
                Assert.That(inside[0].Abbreviation, Is.EqualTo(law.GetProperty("abbreviation").GetString()));
                Assert.That(inside[0].Expansion, Is.EqualTo(law.GetProperty("title").GetString()));
            });
        }
    }
}
