using System.Text.Json;
using Citaties.Model;
using Citaties.Scanning;
using Citaties.Tests.Corpus;

namespace Citaties.Tests.Scanning;

/// <summary>
/// Rule CIT0002 first asks the scan whether a value reads as exactly one citation, and runs the complete grammars
/// only when it does not. Whatever the scan accepts, the complete grammars must accept with the same record: checked
/// on each citation the corpus holds, written on its own, and on values that are not one citation.
/// </summary>
[TestFixture]
public class SingleCitationReadingTests
{
    [TestCase("artikel 6:162 BW")]
    [TestCase("  ECLI:NL:HR:2016:113. ")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 3")]
    [TestCase("artikel 8 van de Algemene wet inkomensafhankelijke regelingen")]
    [TestCase("Stb. 2005, 355")]
    public void A_citation_on_its_own_is_read_by_the_scan_as_the_grammar_reads_it(string value)
    {
        var scanned = SingleCitationParser.ReadAsScanned(value);
        Assert.That(scanned, Is.Not.Null, "the scan reads it");
        AssertSameAsGrammar(value, scanned!);
    }

    [TestCase("")]
    [TestCase("Het is artikel 5 Sv")]
    [TestCase("artikel 5 Sv en artikel 6 Sv")]
    [TestCase("artikel 5 Sv is van toepassing")]
    [TestCase("ECLI:NL:HR:2016:113 ECLI:NL:HR:2016:114")]
    public void A_value_that_is_not_one_citation_is_not_read_by_the_scan(string value) =>
        Assert.That(SingleCitationParser.ReadAsScanned(value), Is.Null);

    [Test]
    public void Every_citation_of_the_corpus_on_its_own_reads_the_same_through_the_scan_and_the_grammar()
    {
        var documents = CorpusDocuments.Seeds().Concat(CorpusDocuments.Rechtspraak().Take(40)).ToList();
        var read = 0;
        foreach (var citation in documents.SelectMany(d => CitationFinder.Extract(d.Text)))
        {
            var value = citation.Text;
            if (SingleCitationParser.ReadAsScanned(value) is { } scanned)
            {
                AssertSameAsGrammar(value, scanned);
                read++;
            }
        }

        TestContext.Out.WriteLine($"{read} citations read by the scan, each the same as by the grammar");
        Assert.That(read, Is.GreaterThan(100));
    }

    private static void AssertSameAsGrammar(string value, IReadOnlyList<Citation> scanned)
    {
        var parsed = SingleCitationParser.Parse(value);
        Assert.That(parsed.Success, Is.True, $"the grammar reads '{value}': {parsed.Error?.Message}");
        Assert.That(Describe(scanned), Is.EqualTo(Describe(parsed.Citations)), value);
    }

    private static string[] Describe(IEnumerable<Citation> citations) =>
        citations.Select(c => $"{c.Kind} {c.Span} {c.Canonical} {JsonSerializer.Serialize(FieldsJson.Of(c))}").ToArray();
}
