using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Citaties.Model;

namespace Citaties.Scanning;

/// <summary>
/// Extraction of one large text on several threads: the text is cut at paragraph breaks (<see cref="TextChunks"/>),
/// the pieces are scanned at once, and their citations joined in text order. The result is that of one scan.
/// </summary>
internal static class ParallelScan
{
    /// <summary>
    /// Below this many characters a text is scanned on one thread when the caller leaves the choice to us: a
    /// shorter text takes well under a millisecond, which the hand-over to other threads would eat
    /// (<c>ParallelExtractionBenchmarks</c> in the benchmark project measures where it starts to pay).
    /// </summary>
    public const int AutomaticMinLength = 64 * 1024;

    // The pieces are smaller than a thread's share, so that a thread whose piece was quick takes another.
    private const int PiecesPerThread = 4;

    // No piece is cut shorter: each costs a task and a list.
    private const int MinPieceLength = 16 * 1024;

    /// <summary>How many threads scan a text of <paramref name="length"/> characters for the option <paramref name="parallelism"/>.</summary>
    public static int Threads(int length, int parallelism) => parallelism switch
    {
        1 => 1,
        0 => length >= AutomaticMinLength ? Environment.ProcessorCount : 1,
        _ => parallelism,
    };

    /// <summary>How long the pieces of a text of <paramref name="length"/> characters are for <paramref name="threads"/> threads.</summary>
    public static int PieceLength(int length, int threads) => Math.Max(MinPieceLength, length / (threads * PiecesPerThread));

    /// <summary>
    /// Runs <paramref name="scan"/> over pieces of <paramref name="text"/> of at least <paramref name="pieceLength"/>
    /// characters on up to <paramref name="threads"/> threads, and joins what each found (and its near misses into
    /// <paramref name="misses"/>) in text order.
    /// </summary>
    public static (List<Citation>? Found, List<Citation>? Behind) Run(
        string text, int threads, int pieceLength, List<NearMiss>? misses, Func<int, int, List<NearMiss>?, (List<Citation>? Found, List<Citation>? Behind)> scan)
    {
        var pieces = TextChunks.Split(text.AsSpan(), pieceLength);
        if (pieces.Count == 1)
        {
            return scan(0, text.Length, misses);
        }

        var results = new (List<Citation>? Found, List<Citation>? Behind)[pieces.Count];
        var pieceMisses = misses is null ? null : new List<NearMiss>[pieces.Count];
        Parallel.For(0, pieces.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, k =>
        {
            var own = pieceMisses is null ? null : pieceMisses[k] = new List<NearMiss>();
            results[k] = scan(pieces[k].Start, pieces[k].End, own);
        });

        if (pieceMisses is not null)
        {
            foreach (var own in pieceMisses)
            {
                misses!.AddRange(own);
            }
        }

        return (Join(results, r => r.Found), Join(results, r => r.Behind));
    }

    private static List<Citation>? Join((List<Citation>? Found, List<Citation>? Behind)[] results, Func<(List<Citation>? Found, List<Citation>? Behind), List<Citation>?> pass)
    {
        List<Citation>? joined = null;
        foreach (var result in results)
        {
            if (pass(result) is { } part)
            {
                (joined ??= new List<Citation>(part.Count * results.Length)).AddRange(part);
            }
        }

        return joined;
    }
}
