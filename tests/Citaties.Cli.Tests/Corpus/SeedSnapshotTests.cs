using Citaties.Cli.Tests.Support;
using Citaties.Tests;
using Newtonsoft.Json.Linq;
using Snapshooter.NUnit;

namespace Citaties.Cli.Tests.Corpus;

/// <summary>
/// The JSON of the five seed documents, kept as a snapshot so that any change in what is extracted shows up
/// in review. The tool runs from the corpus folder, so the paths in it ("seeds/000_....txt") are the same on
/// every machine. After a grammar change, delete the .snap file and run the test to record the new output.
/// </summary>
[TestFixture]
public class SeedSnapshotTests
{
    [Test]
    public void Seed_documents_extract_as_recorded()
    {
        var seeds = CorpusPaths.RequireCorpus("seeds");

        var run = Tool.Run(Path.GetDirectoryName(seeds)!, "extract", "--format", "json", "seeds");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        using var json = run.Json();
        Assert.That(MachineInterface.Paths(json), Has.Length.EqualTo(5));
        Snapshot.Match(JToken.Parse(run.Stdout));
    }
}
