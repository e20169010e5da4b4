using Citaties.Scanning;
using Citaties.Tests.Corpus;
using CsCheck;

namespace Citaties.Tests.Scanning;

/// <summary>
/// The pair prefilter proposes exactly the positions where some anchor starts (at a word start where its families
/// want one, a footnote number glued before a capital counting as none), in order: checked against a comparison of every anchor at every position, on random text built from
/// anchor pieces and on the corpus. And at each position the anchors it offers include every one that starts there.
/// </summary>
[TestFixture]
public class AnchorScannerTests
{
    private static readonly AnchorScanner Scanner = CitationExtractor.Default.Scanner;

    // The anchors (hyphenated variants' first parts included) that start at a position, each compared in turn.
    private static IEnumerable<AnchorEntry> StartingAt(string text, int position) =>
        Scanner.Entries.Where(e => string.Compare(text, position, e.Text, 0, e.Text.Length, StringComparison.OrdinalIgnoreCase) == 0
            && position + e.Text.Length <= text.Length);

    private static List<int> ByPosition(string text)
    {
        var positions = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            // Written out here rather than AnchorScanner.IsWordStart: this is the reference the scan is held to.
            var wordStart = i == 0 || !char.IsLetterOrDigit(text[i - 1]) || AfterFootnoteNumber(text, i);
            if (StartingAt(text, i).Any(e => wordStart || !e.NeedsWordStart))
            {
                positions.Add(i);
            }
        }

        return positions;
    }

    // A capital after one to three ASCII digits that stand at a word start (12Kamerstukken in text from PDF).
    private static bool AfterFootnoteNumber(string text, int i)
    {
        var digits = text.Substring(0, i).Reverse().TakeWhile(c => c is >= '0' and <= '9').Count();
        var before = i - digits - 1;
        return text[i] is >= 'A' and <= 'Z' && digits is >= 1 and <= 3 && (before < 0 || !char.IsLetterOrDigit(text[before]));
    }

    private static void AssertOffered(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var offered = Scanner.AnchorsAt(text.AsSpan(), i).ToArray();
            Assert.That(offered, Is.SupersetOf(StartingAt(text, i)), $"at {i} of '{text}'");
        }
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
    [TestCase("Artikel")]
    [TestCase("(")]
    [TestCase("x(")]
    [TestCase("deartikel 3 en ,artikel 4 en éartikel 5 en –artikel 6")]
    public void Proposes_every_anchor_position_in_order(string text)
    {
        Assert.That(ByScan(text), Is.EqualTo(ByPosition(text)));
        AssertOffered(text);
    }

    [Test]
    public void Proposes_every_anchor_position_in_random_text()
    {
        var pieces = new[] { "artikel ", "Art.", "ARTT.", " \u2013 ", " - ", "(", ": ", "Stb", "x", "7", " ", "\n", "kamer-\nstuk", "\u2013", "ECLI:", "é", "\u212A", "\u0131" };
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
