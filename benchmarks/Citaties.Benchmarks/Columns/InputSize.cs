using BenchmarkDotNet.Running;
using Citaties.Benchmarks.Inputs;

namespace Citaties.Benchmarks.Columns;

/// <summary>The size of the input a benchmark case ran on, from its Input parameter and its class's MaxChars.</summary>
internal static class InputSize
{
    public static double? Megabytes(BenchmarkCase benchmarkCase)
    {
        var input = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Input")?.Value as string;
        if (input is null)
        {
            return null;
        }

        var maxChars = benchmarkCase.Descriptor.Type.GetField("MaxChars")?.GetValue(null) is int max ? max : int.MaxValue;
        return CorpusInputs.Get(input, maxChars).Megabytes;
    }
}
