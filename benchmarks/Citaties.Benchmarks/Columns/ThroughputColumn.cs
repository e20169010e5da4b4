using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Citaties.Benchmarks.Inputs;

namespace Citaties.Benchmarks.Columns;

/// <summary>MB of UTF-16 text per second, from the mean time of one operation over the benchmark's input.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Throughput: megabytes of UTF-16 text (2 bytes a char) processed per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var input = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Input")?.Value as string;
        if (report?.ResultStatistics is null || input is null)
        {
            return "-";
        }

        var megabytes = CorpusInputs.Get(input, MaxCharsOf(benchmarkCase)).Megabytes;
        var seconds = report.ResultStatistics.Mean / 1e9;
        return (megabytes / seconds).ToString("N2", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    private static int MaxCharsOf(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.Type.GetField("MaxChars")?.GetValue(null) is int max ? max : int.MaxValue;
}
