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
        using var json = run.Json();
        LintJson.AssertShape(json);
        // Nothing on standard error but the summary, and its counts are those of the output.
        Assert.That(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1), run.Stderr);
        var summary = SummaryLine.Of(run.Stderr);
        Assert.That(summary, Is.EqualTo(summary.FromJson(json)));
        Assert.That(summary.Citations, Is.GreaterThan(0));
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

    [Test]
    public void Lints_the_whole_corpus_as_sarif_valid_against_the_official_schema()
    {
        var corpusRoot = CorpusPaths.RequireCorpus();

        var run = Tool.Run(corpusRoot, "lint", "--quiet", "--format", "sarif", "--profile", "regeling", ".");

        Assert.That(run.ExitCode, Is.AnyOf(0, 1), run.Stderr);
        using var json = run.Json();
        SchemaFiles.AssertValid(SchemaFiles.Sarif, json);
        Assert.That(Sarif.AssertValid(json), Is.Not.Empty, "the corpus has findings, so the results were checked too");
    }

    [Test]
    public void Lints_the_whole_corpus_as_a_gitlab_report_valid_against_its_schema()
    {
        var corpusRoot = CorpusPaths.RequireCorpus();

        var run = Tool.Run(corpusRoot, "lint", "--quiet", "--format", "gitlab", "--profile", "regeling", ".");

        Assert.That(run.ExitCode, Is.AnyOf(0, 1), run.Stderr);
        using var json = run.Json();
        SchemaFiles.AssertValid(SchemaFiles.Gitlab, json);
        var fingerprints = json.RootElement.EnumerateArray().Select(i => i.GetProperty("fingerprint").GetString()).ToList();
        Assert.That(fingerprints, Is.Not.Empty.And.Unique, "GitLab tells issues apart by fingerprint");
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
        SchemaFiles.AssertValid(SchemaFiles.Sarif, json);
        var results = Sarif.AssertValid(json);
        // The exit code follows the default --fail-on level: 1 exactly when some result is an error.
        Assert.That(results.Any(r => r.GetProperty("level").GetString() == "error"), Is.EqualTo(run.ExitCode == 1));
    }
}
