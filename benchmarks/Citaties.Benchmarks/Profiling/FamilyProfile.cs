using System.Diagnostics;
using System.Globalization;
using Citaties.Benchmarks.Inputs;
using Citaties.Scanning;

namespace Citaties.Benchmarks.Profiling;

/// <summary>
/// Where Extract spends its time, per family: how many anchor hits reach each family, how many pass its
/// cheap check, how many the grammar accepts, and the time spent in the check and in window + grammar.
/// Walks the candidates the way the extractor does (first accepting family wins), timing each step.
/// Run with <c>dotnet run -c Release --project benchmarks/Citaties.Benchmarks -- profile caselaw</c>.
/// </summary>
public static class FamilyProfile
{
    public static void Run(string inputName, TextWriter output)
    {
        var text = CorpusInputs.Get(inputName, ExtractionBenchmarks.MaxChars).Text;
        var extractor = CitationExtractor.Default;

        // Warm up the JIT and the parsers first, so the timed pass measures steady state.
        extractor.Extract(text);

        var stats = new Dictionary<string, FamilyStats>();
        var scanWatch = Stopwatch.StartNew();
        var hits = CountHits(extractor.Scanner, text) + (extractor.LookBehindScanner is { } lookBehind ? CountHits(lookBehind, text) : 0);
        scanWatch.Stop();

        Walk(text, extractor.Scanner, stats);
        if (extractor.LookBehindScanner is { } behind)
        {
            Walk(text, behind, stats);
        }

        var extractWatch = Stopwatch.StartNew();
        var found = extractor.Extract(text).Count;
        extractWatch.Stop();

        output.WriteLine($"input {inputName}: {text.Length:N0} chars, {hits:N0} anchor hits, {found:N0} citations");
        output.WriteLine($"anchor scan {scanWatch.Elapsed.TotalMilliseconds:N1} ms, Extract {extractWatch.Elapsed.TotalMilliseconds:N1} ms");
        output.WriteLine($"{"family",-14}{"reached",10}{"plausible",10}{"parsed",10}{"check ms",10}{"parse ms",10}{"KB/parse",10}");
        foreach (var (name, s) in stats.OrderByDescending(kv => kv.Value.ParseTicks))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-14}{s.Reached,10}{s.Plausible,10}{s.Parsed,10}{Ms(s.CheckTicks),10:N1}{Ms(s.ParseTicks),10:N1}{s.Allocated / 1024.0 / Math.Max(1, s.Plausible),10:N1}"));
            if (Environment.GetEnvironmentVariable("CITATIES_PROFILE_SLOWEST") is { } shown && int.TryParse(shown, out var n))
            {
                var sorted = s.Slowest.Select(x => x.Ticks).OrderBy(t => t).ToArray();
                if (sorted.Length > 0)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    median {Ms(sorted[sorted.Length / 2]) * 1000:N1} us, p90 {Ms(sorted[sorted.Length * 9 / 10]) * 1000:N1} us"));
                }

                foreach (var (ticks, position) in s.Slowest.OrderByDescending(x => x.Ticks).Take(n))
                {
                    var snippet = text.Substring(position, Math.Min(90, text.Length - position)).Replace('\n', ' ');
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {Ms(ticks) * 1000,8:N0} us  {snippet}"));
                }
            }
        }
    }

    private static int CountHits(AnchorScanner scanner, string text)
    {
        var count = 0;
        for (var p = scanner.NextCandidate(text, 0); p >= 0; p = scanner.NextCandidate(text, p + 1))
        {
            count++;
        }

        return count;
    }

    private static void Walk(string text, AnchorScanner scanner, Dictionary<string, FamilyStats> stats)
    {
        var span = text.AsSpan();
        var position = 0;
        while ((position = scanner.NextCandidate(span, position)) >= 0)
        {
            var end = position + 1;
            var wordStart = position == 0 || !char.IsLetterOrDigit(span[position - 1]);
            foreach (var anchor in scanner.AnchorsAt(span, position))
            {
                var done = false;
                foreach (var family in anchor.Families)
                {
                    if (family.AnchorNeedsWordStart && !wordStart)
                    {
                        continue;
                    }

                    if (!stats.TryGetValue(family.Name, out var s))
                    {
                        stats[family.Name] = s = new FamilyStats();
                    }

                    s.Reached++;
                    var t0 = Stopwatch.GetTimestamp();
                    var plausible = family.IsPlausible(span, position, anchor.Text.Length);
                    var t1 = Stopwatch.GetTimestamp();
                    s.CheckTicks += t1 - t0;
                    if (!plausible)
                    {
                        continue;
                    }

                    s.Plausible++;
                    var bytes = GC.GetAllocatedBytesForCurrentThread();
                    var match = CitationExtractor.ParseAtFamily(text, position, anchor.Text.Length, family);
                    var ticks = Stopwatch.GetTimestamp() - t1;
                    s.ParseTicks += ticks;
                    s.Allocated += GC.GetAllocatedBytesForCurrentThread() - bytes;
                    s.Slowest.Add((ticks, position));
                    if (match is not null)
                    {
                        s.Parsed++;
                        end = Math.Max(end, match.Max(c => c.Span.End));
                        done = true;
                        break;
                    }
                }

                if (done)
                {
                    break;
                }
            }

            position = end;
        }
    }

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private sealed class FamilyStats
    {
        public int Reached;
        public int Plausible;
        public int Parsed;
        public long CheckTicks;
        public long ParseTicks;
        public long Allocated;
        public readonly List<(long Ticks, int Position)> Slowest = new();
    }
}
