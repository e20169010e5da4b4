using System.Text;
using System.Text.RegularExpressions;

namespace Citaties.Tests.Scanning;

/// <summary>
/// DESIGN.md, performance budget: Extract allocates nothing on text without citations (the anchor scan and
/// the cheap checks run on the caller's string; no window or parser is made), and a bounded amount per citation.
/// </summary>
[TestFixture]
[NonParallelizable]
public class ExtractAllocationTests
{
    [Test]
    public void Allocates_nothing_on_prose_without_citations()
    {
        var text = string.Join(" ", Enumerable.Repeat(
            "De rechtbank overweegt dat het hof de klacht van de verdachte terecht heeft verworpen. Het artikel in de krant, "
            + "de handelingen van de minister en het besluit van de gemeente (zie hiervoor) leiden niet tot een ander oordeel - "
            + "ook niet in het licht van de kamerstukken: de verordening geldt niet.",
            400));

        Assert.That(AllocatedByExtract(text, out var found), Is.EqualTo(0));
        Assert.That(found, Is.Zero);
    }

    [Test]
    public void Allocates_nothing_on_case_law_without_citations()
    {
        var folder = CorpusPaths.RequireCorpus("rechtspraak");
        var text = WithoutCitations(folder);
        Assert.That(text.Length, Is.GreaterThan(100_000));

        Assert.That(AllocatedByExtract(text, out var found), Is.EqualTo(0));
        Assert.That(found, Is.Zero);
    }

    [Test]
    public void Allocates_a_bounded_amount_per_citation()
    {
        var folder = CorpusPaths.RequireCorpus("rechtspraak");
        var text = string.Concat(Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Take(30).Select(File.ReadAllText));

        var allocated = AllocatedByExtract(text, out var found);

        Assert.That(found, Is.GreaterThan(100));
        // The grammar runs on a window of at most a few hundred characters per candidate, so what a citation
        // costs does not grow with the text around it; this bound is a few times today's average.
        Assert.That(allocated / found, Is.LessThan(400_000), $"{allocated / found} bytes per citation");
    }

    private static long AllocatedByExtract(string text, out int found)
    {
        // Warm up: static parsers, the scanner and the JIT (with its tiering) allocate in the first runs only.
        for (var i = 0; i < 3; i++)
        {
            CitationFinder.Extract(text);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        found = CitationFinder.Extract(text).Count;
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    // Case-law lines that hold no digit and no bracket: real prose, with "artikel", "handelingen" and such words
    // left in, but nothing a citation could be made of. Lines with a capitalised law noun ("de Wet", "de
    // Woningwet", "Algemene wet") are left out too: a law named alone is a citation, and its reader looks each one
    // up in the catalog.
    private static string WithoutCitations(string folder)
    {
        var builder = new StringBuilder();
        foreach (var file in Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            foreach (var line in File.ReadAllLines(file))
            {
                if (!Regex.IsMatch(line, @"[\d()]|ECLI|LJN|BWB|CELEX|jci", RegexOptions.IgnoreCase)
                    && !Regex.IsMatch(line, @"\b[A-Z][\w'-]*wet\b|\bWet|\b[A-Z]\w* wet\b|\bVerdrag "))
                {
                    builder.Append(line).Append('\n');
                }
            }
        }

        return builder.ToString();
    }
}
