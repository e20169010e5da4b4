using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Citaties.Benchmarks.Columns;

namespace Citaties.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn());
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
