using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Citaties.Benchmarks.Columns;

/// <summary>
/// Bytes allocated per MB of UTF-16 input, from the MemoryDiagnoser's bytes per operation: allocation scaled
/// to the input, so inputs of different sizes compare.
/// </summary>
public sealed class AllocatedPerMegabyteColumn : IColumn
{
    public string Id => nameof(AllocatedPerMegabyteColumn);

    public string ColumnName => "Alloc/MB";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Size;

    public string Legend => "Bytes allocated per megabyte of UTF-16 input (2 bytes a char)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var megabytes = InputSize.Megabytes(benchmarkCase);
        var bytes = report?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        if (bytes is null || megabytes is null)
        {
            return "-";
        }

        return Format(bytes.Value / megabytes.Value);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    /// <summary>Bytes with a binary unit: 0 B, 812 B, 12.3 KB, 4.56 MB.</summary>
    public static string Format(double bytes)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return bytes switch
        {
            < 1024 => bytes.ToString("N0", culture) + " B",
            < 1024 * 1024 => (bytes / 1024).ToString("N1", culture) + " KB",
            _ => (bytes / 1024 / 1024).ToString("N2", culture) + " MB",
        };
    }
}
