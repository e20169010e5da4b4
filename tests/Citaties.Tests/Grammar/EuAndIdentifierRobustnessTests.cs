using System.IO;
using System.Text.Json;
using Citaties.Model;
using Citaties.Serialization;
using CsCheck;

namespace Citaties.Tests.Grammar;

/// <summary>
/// The EU act, CELEX, Juriconnect and officielebekendmakingen grammars on text assembled from their own
/// fragments: extraction and single parsing never throw, and every citation found can be formatted, linked
/// and written as JSON.
/// </summary>
[TestFixture]
public class EuAndIdentifierRobustnessTests
{
    private static readonly Gen<string> Fragments = Gen.OneOf(
        "Verordening", "richtlijn", "Besluit", "Gedelegeerde ", "Regulation", " (EU", ")", " (EU, Euratom) ", "(XX)", "nr.", " No ",
        "2022", "/", "2065", "99", "0", "99999", "/EG", "/EC", ", Euratom", "CELEX", ":", "-nummer", "uri=", "3", "R", "CJ", "(01)",
        "-20160504", "NLD_", "jci", "1.3", "1.0:c:", ":c:", ":x:", "BWBR", "0001903", "&", "&amp;", "artikel=", "%3A", "%", "%E2",
        "=", "g=2017-02-30", "o=1°", "kst-", "h-tk-", "ah-tk-", "stb-", "kv-tk-", "blg-", "2019202", "20192020", "-", "VI",
        "b1", " ", "\u00A0", "\u2013", "\n", ".", ",", "\uD800", "é");

    private static readonly Gen<string> Texts = Fragments.Array[0, 16].Select(string.Concat);

    [Test]
    public void Extraction_never_throws_and_every_citation_renders()
    {
        Texts.Sample(text =>
        {
            foreach (var citation in CitationFinder.Extract(text))
            {
                AssertRenders(citation, text);
            }
        }, iter: 5_000);
    }

    [Test]
    public void Single_parsing_never_throws()
    {
        Texts.Sample(text =>
        {
            var result = CitationFinder.TryParse(text);
            if (result.Success)
            {
                AssertRenders(result.Citation, text);
            }
            else
            {
                Assert.That(result.Error.Position, Is.InRange(0, text.Length));
            }
        }, iter: 2_000);
    }

    private static void AssertRenders(Citation citation, string text)
    {
        Assert.That(citation.Span.End, Is.LessThanOrEqualTo(text.Length));
        Assert.That(citation.Canonical, Is.Not.Empty);
        Assert.That(citation.Links, Is.Not.Null);
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);
        CitationJson.Write(writer, citation);
    }
}
