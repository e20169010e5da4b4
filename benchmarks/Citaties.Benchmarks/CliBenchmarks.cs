using BenchmarkDotNet.Attributes;
using Citaties.Benchmarks.Inputs;
using Citaties.Cli;

namespace Citaties.Benchmarks;

/// <summary>
/// The command line tool over the corpus folders (case law, Handelingen, seeds: every .txt file), run in
/// process with one and with two threads (<c>citaties extract --threads N</c>), output to a null writer.
/// Reading, decoding and scanning the files is what is measured; the ratio shows what the second thread buys.
/// </summary>
[MemoryDiagnoser]
public class CliBenchmarks
{
    private string[] arguments = Array.Empty<string>();
    private string workingDirectory = string.Empty;

    [Params(1, 2)]
    public int Threads { get; set; }

    [Params("text", "json")]
    public string Format { get; set; } = "text";

    [GlobalSetup]
    public void Setup()
    {
        var corpus = CorpusInputs.FindCorpus();
        if (corpus is null)
        {
            // A fresh clone: write generated text to a temporary folder, so the benchmark still runs.
            workingDirectory = Path.Combine(Path.GetTempPath(), "citaties-cli-benchmark");
            Directory.CreateDirectory(workingDirectory);
            for (var i = 0; i < 8; i++)
            {
                var generated = GeneratedText.For(CorpusInputs.CaseLaw);
                File.WriteAllText(Path.Combine(workingDirectory, $"generated{i}.txt"), generated.AsSpan(0, 250_000));
            }

            arguments = new[] { "." };
        }
        else
        {
            workingDirectory = corpus;
            arguments = new[] { "rechtspraak", "handelingen", "seeds" };
        }
    }

    [Benchmark(Description = "citaties extract")]
    public int Extract()
    {
        var args = new[] { "extract", "--format", Format, "--threads", Threads.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Concat(arguments)
            .ToArray();
        var app = new CliApp(new CliSettings { WorkingDirectory = workingDirectory });
        var exit = app.Run(args, TextReader.Null, TextWriter.Null, TextWriter.Null);
        if (exit != CliApp.ExitOk)
        {
            throw new InvalidOperationException($"citaties extract exited with {exit}.");
        }

        return exit;
    }
}
