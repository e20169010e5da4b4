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
    public void On_several_threads_allocates_a_fixed_amount_on_case_law_without_citations()
    {
        var folder = CorpusPaths.RequireCorpus("rechtspraak");
        var text = WithoutCitations(folder);
        var options = new ExtractOptions { Parallelism = 2 };

        // Every thread's allocations count here, not only the caller's; nothing else runs (NonParallelizable).
        long AllOfOneRun(string input)
        {
            for (var i = 0; i < 3; i++)
            {
                CitationFinder.Extract(input, options);
            }

            var before = GC.GetTotalAllocatedBytes(precise: true);
            Assert.That(CitationFinder.Extract(input, options), Is.Empty);
            return GC.GetTotalAllocatedBytes(precise: true) - before;
        }

        var once = AllOfOneRun(text);
        var fourTimes = AllOfOneRun(string.Concat(Enumerable.Repeat(text, 4)));

        // The pieces, the tasks and the hand-over: a few kilobytes for a text of megabytes.
        Assert.That(once, Is.LessThan(16 * 1024), $"{once} bytes on {text.Length:N0} characters");
        Assert.That(fourTimes, Is.LessThan(16 * 1024), $"{fourTimes} bytes on {4 * text.Length:N0} characters");
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
        // On one thread, whose allocations are the ones counted; the test above counts the hand-over to others.
        var options = new ExtractOptions { Parallelism = 1 };
        for (var i = 0; i < 3; i++)
        {
            CitationFinder.Extract(text, options);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        found = CitationFinder.Extract(text, options).Count;
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
