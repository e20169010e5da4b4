using System;
using System.Collections.Generic;
using System.Linq;

namespace Citaties.Cli.Commands;

/// <summary>
/// Runs the per-file work of a command on up to <c>--threads</c> threads and hands the results back in the order
/// of the inputs, so that the caller writes them on its own thread exactly as it would with one thread.
/// </summary>
internal static class OrderedWork
{
    // PLINQ refuses a degree of parallelism above 512; more threads than that would not help on any machine anyway.
    private const int MostThreads = 512;

    /// <summary>
    /// <paramref name="work"/> applied to each of <paramref name="items"/>, in their order; with more than one
    /// thread the items are worked on in parallel, so <paramref name="work"/> must not touch shared mutable state.
    /// </summary>
    public static IEnumerable<TResult> InOrder<TItem, TResult>(IEnumerable<TItem> items, int threads, Func<TItem, TResult> work) =>
        threads <= 1
            ? items.Select(work)
            : items.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Min(threads, MostThreads)).Select(work);
}
