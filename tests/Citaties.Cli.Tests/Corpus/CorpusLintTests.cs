using Citaties.Cli.Tests.Support;
using Citaties.Tests;

namespace Citaties.Cli.Tests.Corpus;

/// <summary>
/// <c>lint</c> over the real documents of ../shared/corpus: every file is read (exit code 0 or 1, never 2), the
/// JSON is the machine interface and the SARIF log is structurally valid.
/// </summary>
[TestFixture]
public class CorpusLintTests
{
    [TestCase("seeds")]
    [TestCase("rechtspraak")]
    public void Lints_a_corpus_folder_as_valid_json(string name)
    {
        var folder = CorpusPaths.RequireCorpus(name);
        var corpusRoot = Path.GetDirectoryName(folder)!;

        var run = Tool.Run(corpusRoot, "lint", "--format", "json", name);

        Assert.That(run.ExitCode, Is.AnyOf(0, 1), run.Stderr);
        Assert.That(run.Stderr, Is.Empty);
        using var json = run.Json();
        LintJson.AssertShape(json);
        Assert.That(LintJson.Paths(json), Has.Length.EqualTo(Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Length));
        foreach (var file in json.RootElement.GetProperty("files").EnumerateArray())
        {
            var text = File.ReadAllText(Path.Combine(corpusRoot, file.GetProperty("path").GetString()!));
            foreach (var d in file.GetProperty("diagnostics").EnumerateArray())
            {
                Assert.That(text.Substring(d.GetProperty("start").GetInt32(), d.GetProperty("length").GetInt32()), Is.EqualTo(d.GetProperty("text").GetString()));
            }
        }
    }

    [TestCase("seeds")]
    [TestCase("rechtspraak")]
    public void Lints_a_corpus_folder_as_valid_sarif(string name)
    {
        var folder = CorpusPaths.RequireCorpus(name);
        var corpusRoot = Path.GetDirectoryName(folder)!;

        var run = Tool.Run(corpusRoot, "lint", "--format", "sarif", "--profile", "kamerstuk", name);

        Assert.That(run.ExitCode, Is.AnyOf(0, 1), run.Stderr);
        using var json = run.Json();
        var results = Sarif.AssertValid(json);
        // The exit code follows the default --fail-on level: 1 exactly when some result is an error.
        Assert.That(results.Any(r => r.GetProperty("level").GetString() == "error"), Is.EqualTo(run.ExitCode == 1));
    }
}
