using Citaties.Cli.Tests.Support;
using Citaties.Tests;

namespace Citaties.Cli.Tests.Commands;

/// <summary>samples/kamerbrief.txt, the letter written for this project to show the tool at work.</summary>
[TestFixture]
public class SampleTests
{
    private const string Sample = "samples/kamerbrief.txt";

    [Test]
    public void Extracts_the_sample_letter_as_text()
    {
        var run = Tool.Run(CorpusPaths.RepositoryRoot, "extract", Sample);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stderr, Is.Empty);
        Assert.That(run.Stdout, Does.Contain("samples/kamerbrief.txt:").And.Contain("BWBR0001903  ->  BWBR0001903"));
    }

    [Test]
    public void Extracts_the_sample_letter_as_JSON_with_spans_into_the_file()
    {
        var root = CorpusPaths.RepositoryRoot;

        var run = Tool.Run(root, "extract", "--format", "json", Sample);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        using var json = run.Json();
        MachineInterface.AssertShape(json);
        var letter = File.ReadAllText(Path.Combine(root, Sample));
        Assert.That(MachineInterface.AssertSpansMatchText(json, _ => letter), Is.GreaterThan(0));
    }
}
