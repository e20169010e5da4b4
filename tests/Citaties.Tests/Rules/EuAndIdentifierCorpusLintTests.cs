using System.Net;
using System.Text.RegularExpressions;
using Citaties.Model;
using Citaties.Rules;

namespace Citaties.Tests.Rules;

/// <summary>
/// Lints the law texts of corpus/bwb (tags stripped) and every attribute value of their markup (the Juriconnect references in doc, the publication ids), and
/// the decisions of corpus/rechtspraak, with the EU-law and identifier rules; prints the count per rule id and
/// every finding so that each can be judged.
/// </summary>
[TestFixture]
public class EuAndIdentifierCorpusLintTests
{
    private static readonly CitationKind[] Kinds =
    {
        CitationKind.EuAct, CitationKind.Celex, CitationKind.Bwb, CitationKind.Jci, CitationKind.OfficialId,
    };

    private static readonly string[] Ids = { "CIT5001", "CIT5002", "CIT5003", "CIT6001", "CIT6002", "CIT6003" };

    // Every finding below was read in its document and is right: the domain missing from "richtlijn 2006/112"
    // (twice, EG per the catalog) and "verordening nr. 904/2010" (EU from the year; it is Council Regulation
    // (EU) No 904/2010), a superfluous "nr." in "richtlijn nr. 2003/4/EG" (a real law text), and a Juriconnect
    // reference in a law's markup whose "bijlage=" has no value. A change in these numbers must be judged again.
    private static readonly Dictionary<string, int> ReviewedCounts = new()
    {
        ["CIT5001"] = 4, ["CIT5002"] = 0, ["CIT5003"] = 0, ["CIT6001"] = 0, ["CIT6002"] = 1, ["CIT6003"] = 0,
    };

    [Test]
    public void Lints_the_corpus()
    {
        var bwb = CorpusPaths.RequireCorpus("bwb");
        var rechtspraak = CorpusPaths.RequireCorpus("rechtspraak");
        var handelingen = CorpusPaths.RequireCorpus("handelingen");
        var seeds = CorpusPaths.RequireCorpus("seeds");
        var findings = new List<(string File, Diagnostic Diagnostic, string Text)>();
        var kinds = new Dictionary<CitationKind, int>();
        var references = new List<string>();
        foreach (var file in Directory.GetFiles(bwb, "*.xml").Concat(Directory.GetFiles(Path.Combine(bwb, "toestand"), "*.xml")))
        {
            var xml = File.ReadAllText(file);
            references.AddRange(Regex.Matches(xml, "=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
            var text = Citaties.Tests.Corpus.CorpusDocuments.StripTags(xml);
            findings.AddRange(Lint(Path.GetFileName(file), text, kinds));
        }

        foreach (var file in Directory.GetFiles(rechtspraak, "*.txt").Concat(Directory.GetFiles(handelingen, "*.txt")).Concat(Directory.GetFiles(seeds, "*.txt")))
        {
            findings.AddRange(Lint(Path.GetFileName(file), File.ReadAllText(file), kinds));
        }

        var jciFindings = Lint("attributes", string.Join("\n", references), kinds).ToList();
        foreach (var id in Ids)
        {
            TestContext.Out.WriteLine($"{id}: text {findings.Count(f => f.Diagnostic.Id == id)}, attributes {jciFindings.Count(f => f.Diagnostic.Id == id)}");
        }

        foreach (var (file, diagnostic, text) in findings.Concat(jciFindings))
        {
            TestContext.Out.WriteLine($"{file}: {diagnostic.Id} {diagnostic.Severity} '{text}': {diagnostic.Message}");
        }

        TestContext.Out.WriteLine($"{references.Count} attribute values; citations linted: " + string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}")));

        var counts = Ids.ToDictionary(id => id, id => findings.Concat(jciFindings).Count(f => f.Diagnostic.Id == id));
        Assert.Multiple(() =>
        {
            Assert.That(counts, Is.EquivalentTo(ReviewedCounts));
            Assert.That(Kinds.Select(k => kinds.GetValueOrDefault(k)), Has.All.GreaterThan(0), "every kind of these rules occurs in the corpus");
        });
    }

    private static List<(string File, Diagnostic Diagnostic, string Text)> Lint(string name, string text, Dictionary<CitationKind, int> kinds)
    {
        var result = CitationLinter.Lint(text);
        foreach (var citation in result.Citations.Where(c => Kinds.Contains(c.Kind)))
        {
            kinds[citation.Kind] = kinds.GetValueOrDefault(citation.Kind) + 1;
        }

        return result.Diagnostics
            .Where(d => Ids.Contains(d.Id))
            .Select(d => (File: name, Diagnostic: d, Text: text.Substring(d.Span.Start, d.Span.Length)))
            .ToList();
    }
}
