using Citaties.Scanning;
using Citaties.Tests.Corpus;
using System.Text.RegularExpressions;
using CsCheck;

namespace Citaties.Tests.Scanning;

/// <summary>
/// The scan proposes exactly the positions where some anchor starts (at a word start where its families want one, a
/// footnote number glued before a capital counting as none; a long anchor word may be hyphenated over a line end),
/// in order: checked against a comparison of every anchor at every position, on random text built from anchor pieces
/// and on the corpus. The vectorised scan and the scalar one (netstandard2.0's) agree on the whole corpus. And at
/// each position the anchors it offers include every one that starts there.
/// </summary>
[TestFixture]
public class AnchorScannerTests
{
    private static readonly AnchorScanner Scanner = CitationExtractor.Default.Scanner;
    private static readonly AnchorScanner LookBehind = CitationExtractor.Default.LookBehindScanner!;

    // The anchors that start at a position, each compared in turn, whole or hyphenated over a line end.
    private static IEnumerable<AnchorEntry> StartingAt(string text, int position) =>
        Scanner.Entries.Where(e => (string.Compare(text, position, e.Text, 0, e.Text.Length, StringComparison.OrdinalIgnoreCase) == 0
            && position + e.Text.Length <= text.Length) || HyphenatedAt(text, position, e.Text));

    // Written out as one pattern per anchor for every place a lower-case word of six letters or more can be split with
    // at least three letters on each side: the reference AnchorEntry.LengthAt is held to.
    private static readonly Dictionary<string, Regex?> Hyphenated = Scanner.Entries.ToDictionary(e => e.Text, e =>
        e.Text.Length >= 6 && e.Text.All(c => c is >= 'a' and <= 'z')
            ? new Regex(@"\G(?:" + string.Join("|", Enumerable.Range(3, e.Text.Length - 5).Select(split =>
                $@"{e.Text[..split]}-[ \t]*[\r\n][\s-[\u2029]]*{e.Text[split..]}")) + ")",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            : null);

    private static bool HyphenatedAt(string text, int position, string anchor) =>
        position + 3 <= text.Length && string.Compare(text, position, anchor, 0, 3, StringComparison.OrdinalIgnoreCase) == 0
        && Hyphenated[anchor] is { } pattern && pattern.IsMatch(text, position);

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

    private static List<int> ByScan(string text, AnchorScanner? scanner = null) =>
        Positions(text, (scanner ?? Scanner).NextCandidate);

    private static List<int> ByScalarScan(string text, AnchorScanner? scanner = null) =>
        Positions(text, (scanner ?? Scanner).NextCandidateScalar);

    private delegate int Next(ReadOnlySpan<char> text, int from);

    private static List<int> Positions(string text, Next next)
    {
        var positions = new List<int>();
        for (var p = next(text, 0); p >= 0; p = next(text, p + 1))
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
    [TestCase("Zie Kamer-\nstukken II en Kamer-  \r\n  stukken I, niet Kamer-stukken of Ka-\nmerstukken of Kamerstuk-\nken")]
    [TestCase("12Kamerstukken II, 123Stb. 2020, 1234Stb. 2020, x12Stb. 2020, 7:658 BW en 17:3 en 6:162 BW")]
    [TestCase("\u2061artikel 3, \u0130artikel 4, \u00A0artikel 5, \u2030artikel 6, \uFF01artikel 7 en artikel 8")]
    [TestCase("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaartikel 3 en  (Stb. 2020, 1) en xxxxxxxxxxxxxx: Rb. Den Haag")]
    [TestCase("volgens § 4 en §\u00A05 Awb, niet a§ 6 of \u00A7 7 of \u01A7 8 en verder nog een lange zin met § 9")]
    public void Proposes_every_anchor_position_in_order(string text)
    {
        Assert.That(ByScan(text), Is.EqualTo(ByPosition(text)));
        AssertOffered(text);
    }

    [Test]
    public void Proposes_every_anchor_position_in_random_text()
    {
        var pieces = new[]
        {
            "artikel ", "Art.", "ARTT.", " \u2013 ", " - ", "(", ": ", "Stb", "x", "7", " ", "\n", "kamer-\nstuk", "\u2013", "ECLI:", "é", "\u212A", "\u0131",
            "Kamer-", "ken", "12", "Hand", "\u2061", "\u00A0", "wet", "HR ", "1:", "drieën", "veertigste", "§", "\u01A7",
        };
        Gen.OneOf(pieces).Array[0, 40].Select(parts => string.Concat(parts))
            .Sample(text => ByScan(text).SequenceEqual(ByPosition(text)), iter: 2000);
    }

    [Test]
    public void The_vectorised_scan_agrees_with_the_scalar_scan_on_random_text()
    {
        var pieces = new[] { "artikel ", "Kamer-\n", "stukken", "(", ": ", " - ", " \u2013 ", "12", "Stb", "x", "\u2061", "\u0130", "é", "wet", "verdrag ", " ", "§", "\u01A7" };
        Gen.OneOf(pieces).Array[0, 60].Select(parts => string.Concat(parts))
            .Sample(text => ByScan(text).SequenceEqual(ByScalarScan(text))
                && ByScan(text, LookBehind).SequenceEqual(ByScalarScan(text, LookBehind)), iter: 3000);
    }

    [Test]
    public void The_vectorised_scan_agrees_with_the_scalar_scan_on_the_whole_corpus()
    {
        var documents = CorpusDocuments.Seeds().Concat(CorpusDocuments.Handelingen()).Concat(CorpusDocuments.Rechtspraak()).Concat(CorpusDocuments.Laws()).ToList();
        foreach (var document in documents)
        {
            Assert.That(ByScan(document.Text), Is.EqualTo(ByScalarScan(document.Text)), document.Name);
            Assert.That(ByScan(document.Text, LookBehind), Is.EqualTo(ByScalarScan(document.Text, LookBehind)), document.Name);
        }

        TestContext.Out.WriteLine($"{documents.Count} documents, {documents.Sum(d => d.Text.Length):N0} characters, {documents.Sum(d => ByScan(d.Text).Count):N0} anchor hits");
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
