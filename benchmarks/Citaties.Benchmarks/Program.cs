using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Citaties.Benchmarks.Columns;

namespace Citaties.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "profile")
        {
            Profiling.FamilyProfile.Run(args[1], Console.Out);
            return;
        }

        if (args.Length == 1 && args[0] == "catalog-memory")
        {
            Profiling.CatalogMemory.Run(Console.Out);
            return;
        }

        if (args.Length == 1 && args[0] == "coverage")
        {
            Profiling.CoverageReport.Run(Console.Out);
            return;
        }

        // The machine the results come from is shared with other builds: the boilerplate build may take minutes.
        var config = DefaultConfig.Instance
            .AddColumn(new ThroughputColumn(), new AllocatedPerMegabyteColumn())
            .WithBuildTimeout(TimeSpan.FromMinutes(10));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
