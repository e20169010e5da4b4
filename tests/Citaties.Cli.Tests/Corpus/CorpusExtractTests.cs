using Citaties.Cli.Tests.Support;
using Citaties.Tests;

namespace Citaties.Cli.Tests.Corpus;

/// <summary>
/// <c>extract --format json</c> over the real documents of ../shared/corpus: every file is read, the output is
/// the machine interface, and every citation's text is exactly the file's text at its span, whatever its kind.
/// </summary>
[TestFixture]
public class CorpusExtractTests
{
    [TestCase("seeds")]
    [TestCase("rechtspraak")]
    [TestCase("handelingen")]
    public void Extracts_a_corpus_folder_as_valid_JSON(string name)
    {
        var folder = CorpusPaths.RequireCorpus(name);
        var corpusRoot = Path.GetDirectoryName(folder)!;

        var run = Tool.Run(corpusRoot, "extract", "--format", "json", name);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        Assert.That(run.Stderr, Is.Empty);
        using var json = run.Json();
        MachineInterface.AssertShape(json);
        var expected = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Select(f => name + "/" + Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.That(MachineInterface.Paths(json), Is.EqualTo(expected));
        MachineInterface.AssertSpansMatchText(json, path => File.ReadAllText(Path.Combine(corpusRoot, path)));
    }
}
