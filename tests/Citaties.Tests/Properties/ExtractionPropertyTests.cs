using System.Diagnostics;
using System.Text;
using Citaties.Model;
using CsCheck;

namespace Citaties.Tests.Properties;

/// <summary>
/// Extraction never throws, returns spans that lie in the text and match <see cref="Citation.Text"/>, and takes
/// time linear in the input, whatever the text: random strings, strings built from citation fragments, every
/// prefix of real citations, and megabytes of anchors in a row.
/// </summary>
[TestFixture]
public class ExtractionPropertyTests
{
    // Citations of every kind, from citation-rules.md section 14 and the seed documents (good and bad forms).
    private static readonly string[] RealCitations =
    {
        "Kamerstukken II 2018/19, 35 000 VI, nr. 5, p. 3.",
        "Kamerstukken II 2025/26, 22 112, nr. 4207",
        "Kamerstuk 28 638, nr. 178",
        "Kamerstuk 34193, nr. 1",
        "Kamerbrief 31 015, nr. 201",
        "Kamerstukken II 2019/21, 35 300, nr. 3",
        "Kamerstukken II 2019/20, 35 300 XXXX, nr. 3",
        "Kamerstukken I 2019/20, 35 300, nr. AB",
        "Handelingen II 2019/20, nr. 35, item 6, p. 4",
        "Handelingen, 2006/07, 31 015, nr. 67",
        "Handelingen II 2019/20, p. 4",
        "Aanh. Handelingen II 2019/20, nr. 3645",
        "Aanhangsel Handelingen, vergaderjaar 2025-2026, nr. 1129",
        "Aanhangsel Handelingen, vergaderjaar 2023\u20132024, nr. 719",
        "Stb. 2023, 123",
        "Stcrt. 2024, 5678",
        "Trb. 2008, 175",
        "Stb. 575",
        "Stb. 2023, 0",
        "HR 29 januari 2016, ECLI:NL:HR:2016:162, r.o. 3.8",
        "ECLI:NL:HR:2020:1234",
        "ECLI:NL:HR:2005:AR5213",
        "ECLI:NL:HR:2020:01234",
        "ECLI:NL:RBSGR:2016:1234",
        "ECLI:NL:XYZ:2020:1",
        "ECLI:HR:2016:113",
        "LJN: AB1234",
        "art. 6:162 lid 2 BW",
        "art. 125p Sv",
        "artikel 6, vierde lid, onderdeel c, van de Algemene wet bestuursrecht",
        "artikel 162 van Boek 6 van het Burgerlijk Wetboek",
        "de artikelen 3 tot en met 5",
        "artikel 9, eerste lid, aanhef en onderdeel b",
        "artikel 10, tweede lid, Wob",
        "titel 5.2 Awb",
        "artikel 6 lid 4 sub c Awb",
        "de artikelen 3 t/m 5",
        "artikel 67, eerste lid, van het Wetboek van Strafvordering (hierna: Sv)",
        "Artikel 15 van de DSA",
        "artikel 6, lid 4, onderdeel c, van de Wet bestuursrechtelijke aanpak online kinderpornografisch materiaal",
        "Verordening (EU) 2022/2065",
        "Richtlijn 2000/31/EG",
        "Verordening (EG) 593/2008",
        "CELEX 32022R2065",
        "32022L2065",
        "BWBR0001903",
        "BWBR001903",
        "jci1.3:c:BWBR0001903&artikel=125p",
        "jci1.3:x:BWBR0001903&artikel=1",
        "kst-28638-178",
        "ah-tk-20192020-3645",
        "stb-2023-123",
        "h-tk-20192020-46-12",
        "wetsvoorstel regulering sekswerk (hierna: Wrs)",
        "digitaledienstenverordening (Digital Services Act, hierna: DSA)",
        "wetsvoorstel gemeentelijk toezicht op seksbedrijven (Wgts)",
        "Richtlijn audiovisuele mediadiensten (hierna: AVMSD)",
        "de Wet op het financieel toezicht (hierna: \u201Cde Wet\u201D)",
        "Mediawet 2008",
    };

    // Pieces the biased generator strings together: anchor fragments, numbers, separators and awkward characters.
    private static readonly string[] Fragments =
    {
        "Kamerstuk", "Kamerstukken", "Kamer-\nstukken", "II", "I", "Handelingen", "Aanhangsel", "Aanh.", "vergaderjaar", "nr.", "nr", "item", "p.",
        "artikel", "art.", "artikelen", "lid", "eerste", "onderdeel", "sub", "van de", "van het", "Wetboek van Strafvordering", "BW", "Sv", "Awb",
        "ECLI", "ECLI:NL:HR:", "NL", "HR", "LJN", "Stb.", "Stcrt.", "Trb.", "Verordening", "Richtlijn", "(EU)", "CELEX", "BWBR", "BWBV", "jci1.3:c:",
        "&artikel=", "kst-", "ah-tk-", "stb-", "hierna", "(hierna:", "(hierna te noemen:", "(verder:", "(Wgts)", "(", ")", ":", ",", ";", ".", "/",
        "0", "1", "2", "9", "35", "2019", "2019/20", "2025-2026", "28 638", "34193", "125p", "6:162", "0001903",
        " ", " ", "\n", "\r\n", "\t", "\u00A0", "\u2009", "\u202F", "-", "\u2013", "\u2014", "\u00AD", "\u200B", "\uD800", "\uDC00", "\uD83D\uDE00",
    };

    private static readonly Gen<string> BiasedText =
        Gen.OneOf(Fragments).Array[0, 60].Select(parts => string.Concat(parts));

    [Test]
    public void Never_throws_on_random_strings()
    {
        Gen.String[0, 400].Sample(ExtractWellFormed, iter: 3000);
    }

    [Test]
    public void Never_throws_on_strings_of_citation_fragments()
    {
        BiasedText.Sample(ExtractWellFormed, iter: 5000);
    }

    [Test]
    public void Never_throws_on_any_prefix_of_a_real_citation()
    {
        foreach (var citation in RealCitations)
        {
            for (var length = 0; length <= citation.Length; length++)
            {
                var prefix = citation.Substring(0, length);
                ExtractWellFormed(prefix);
                ExtractWellFormed("Zie " + prefix);
                ExtractWellFormed("Zie de " + prefix + " en verder.");
            }
        }
    }

    [Test]
    public void Never_throws_on_real_citations_with_random_surroundings()
    {
        Gen.Select(Gen.OneOf(RealCitations), BiasedText, BiasedText)
            .Sample((citation, before, after) => ExtractWellFormed(before + citation + after), iter: 2000);
    }

    [TestCase("Kamerstukken ")]
    [TestCase("ECLI:")]
    [TestCase("Stb. ")]
    [TestCase("artikel ")]
    [TestCase("(hierna: ")]
    [TestCase("(")]
    [TestCase("(Wgts) ")]
    [TestCase("BWBR")]
    public void Never_throws_on_a_megabyte_of_repeated_anchors(string anchor)
    {
        var text = Repeat(anchor, 1 << 20);

        ExtractWellFormed(text);
    }

    [Test]
    public void Takes_time_linear_in_the_input()
    {
        // Not a speed test: the ratio between 4n and n copies of a citation-dense paragraph shows how time grows.
        const string paragraph =
            "Zie Kamerstukken II 2018/19, 35 000 VI, nr. 5, p. 3 en Handelingen II 2019/20, nr. 35, item 6. Op grond van " +
            "artikel 67, eerste lid, van het Wetboek van\nStrafvordering (hierna: Sv) en art. 6:162 lid 2 BW, zie " +
            "ECLI:NL:HR:2016:162, Stb. 2023, 123 en de digitaledienstenverordening (Digital Services Act, hierna: DSA), " +
            "BWBR0001903, jci1.3:c:BWBR0001903&artikel=125p, kst-28638-178 en het wetsvoorstel gemeentelijk toezicht op " +
            "seksbedrijven (Wgts). Aanhangsel Handelingen, vergaderjaar 2023\u20132024, nr. 719 (oud) (EU) (R1519).\n";
        var small = Repeat(paragraph, paragraph.Length * 150);
        var large = Repeat(paragraph, paragraph.Length * 600);

        Assert.That(CitationFinder.Extract(small), Is.Not.Empty);
        var smallTime = MedianTicks(small);
        var largeTime = MedianTicks(large);

        var ratio = (double)largeTime / smallTime;
        Assert.That(ratio, Is.LessThan(8.0), $"4x the input took {ratio:F1}x the time ({smallTime} vs {largeTime} ticks)");
    }

    private static long MedianTicks(string text)
    {
        var times = new long[5];
        for (var i = 0; i < times.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            CitationFinder.Extract(text);
            times[i] = watch.ElapsedTicks;
        }

        Array.Sort(times);
        return Math.Max(1, times[times.Length / 2]);
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static void ExtractWellFormed(string text)
    {
        var citations = CitationFinder.Extract(text);
        var previousStart = 0;
        foreach (var citation in citations)
        {
            var span = citation.Span;
            if (span.Start < 0 || span.Length <= 0 || span.End > text.Length)
            {
                Assert.Fail($"{citation.Kind} span {span} lies outside the text of length {text.Length}");
            }

            if (citation.Text != text.Substring(span.Start, span.Length))
            {
                Assert.Fail($"{citation.Kind} text '{citation.Text}' is not the text at {span}");
            }

            if (span.Start < previousStart)
            {
                Assert.Fail($"{citation.Kind} at {span} is out of text order");
            }

            previousStart = span.Start;
            _ = citation.Canonical;
            _ = citation.Links;
        }
    }
}
