using Citaties.Scanning;
using Citaties.Tests.Corpus;
using CsCheck;

namespace Citaties.Tests.Scanning;

/// <summary>
/// The vectorised search proposes exactly the positions where some anchor starts, in order: checked against a
/// position-by-position search, on random text built from anchor pieces and on the corpus.
/// </summary>
[TestFixture]
public class AnchorScannerTests
{
    private static readonly AnchorScanner Scanner = CitationExtractor.Default.Scanner;

    // Positions where an anchor (or a confirmed hyphenated variant's first part) starts, found one by one.
    private static List<int> ByPosition(string text)
    {
        var positions = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (Scanner.AnchorsAt(text.AsSpan(), i).Length > 0)
            {
                positions.Add(i);
            }
        }

        return positions;
    }

    private static List<int> ByScan(string text)
    {
        var positions = new List<int>();
        var span = text.AsSpan();
        for (var p = Scanner.NextCandidate(span, 0); p >= 0; p = Scanner.NextCandidate(span, p + 1))
        {
            positions.Add(p);
        }

        return positions;
    }

    [TestCase("Kamerstukken II 2019/20, 35 300 \u2013 VI, nr. 5 en artikel 3 \u2013 4 Sv")]
    [TestCase("aaa \u2013 bbb \u2013 ccc (hierna: X) Stb. 2023, 12")]
    [TestCase("\u2013 \u2013\u2013 \u2013 ")]
    [TestCase("geen ankers hier")]
    public void Proposes_every_anchor_position_in_order(string text) =>
        Assert.That(ByScan(text), Is.EqualTo(ByPosition(text)));

    [Test]
    public void Proposes_every_anchor_position_in_random_text()
    {
        var pieces = new[] { "artikel ", "Art.", " \u2013 ", " - ", "(", ": ", "Stb", "x", " ", "\n", "kamer-\nstuk", "\u2013", "ECLI:", "é" };
        Gen.OneOf(pieces).Array[0, 40].Select(parts => string.Concat(parts))
            .Sample(text => ByScan(text).SequenceEqual(ByPosition(text)), iter: 2000);
    }

    [Test]
    public void Proposes_every_anchor_position_in_the_corpus()
    {
        foreach (var document in CorpusDocuments.Seeds().Concat(CorpusDocuments.Handelingen()))
        {
            Assert.That(ByScan(document.Text), Is.EqualTo(ByPosition(document.Text)), document.Name);
        }
    }
}
