using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Citaties.Benchmarks;
using Citaties.Benchmarks.Baselines;
using Citaties.Benchmarks.Columns;
using Citaties.Benchmarks.Inputs;

namespace Citaties.Benchmarks.Tests;

/// <summary>
/// Runs every benchmark once (BenchmarkDotNet's dry job, in process) so that the benchmarks cannot rot:
/// they build, their inputs load, and each method runs to completion without an error.
/// </summary>
[TestFixture]
[NonParallelizable]
public class BenchmarkDryRunTests
{
    [TestCase(typeof(ExtractionBenchmarks))]
    [TestCase(typeof(ParallelExtractionBenchmarks))]
    [TestCase(typeof(NaiveGrammarBenchmarks))]
    [TestCase(typeof(DocxBenchmarks))]
    [TestCase(typeof(CliBenchmarks))]
    [TestCase(typeof(CatalogBenchmarks))]
    [TestCase(typeof(LanguageServerBenchmarks))]
    public void Every_benchmark_runs_once(Type benchmarks)
    {
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
            .AddLogger(new NUnitLogger())
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(new ThroughputColumn(), new AllocatedPerMegabyteColumn())
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);

        var summary = BenchmarkRunner.Run(benchmarks, config);

        Assert.That(summary.HasCriticalValidationErrors, Is.False, string.Join("\n", summary.ValidationErrors.Select(e => e.Message)));
        Assert.That(summary.Reports, Is.Not.Empty);
        Assert.That(summary.Reports.Where(r => !r.Success).Select(r => r.BenchmarkCase.DisplayInfo), Is.Empty);
    }

    [Test]
    public void The_regex_baseline_finds_citations_of_every_kind()
    {
        const string text = "Kamerstukken II 2018/19, 35 000 VI, nr. 5; Handelingen II 2010/11, nr. 108, item 5; Aanhangsel Handelingen II 2019/20, nr. 3645; " +
            "art. 6:162 BW; ECLI:NL:HR:2016:162; LJN: AB1234; Stb. 2023, 123; Verordening (EU) 2022/2065; CELEX 32022R2065; BWBR0001903; " +
            "jci1.3:c:BWBR0001903&artikel=125p; kst-28638-178; Wetboek van Strafvordering (hierna: Sv).";

        Assert.That(RegexBaseline.CountMatches(text), Is.GreaterThanOrEqualTo(13));
    }

    [Test]
    public void Inputs_fall_back_to_generated_text_of_a_megabyte()
    {
        var generated = GeneratedText.For(CorpusInputs.CaseLaw);

        Assert.That(generated.Length, Is.GreaterThanOrEqualTo(1_000_000));
        Assert.That(GeneratedText.For(CorpusInputs.NoCitations), Does.Not.Contain("ECLI"));
    }

    private sealed class NUnitLogger : ILogger
    {
        public string Id => nameof(NUnitLogger);

        public int Priority => 0;

        public void Write(LogKind logKind, string text) => TestContext.Progress.Write(text);

        public void WriteLine() => TestContext.Progress.WriteLine();

        public void WriteLine(LogKind logKind, string text) => TestContext.Progress.WriteLine(text);

        public void Flush()
        {
        }
    }
}
