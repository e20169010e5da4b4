using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Lint;

/// <summary><c>--format gitlab</c>: the Code Quality report, valid against its schema, with fingerprints that survive moves.</summary>
[TestFixture]
public class LintGitlabTests
{
    [Test]
    public void Writes_a_report_valid_against_the_schema_with_gitlab_severities()
    {
        using var folder = new TempFolder();
        folder.Write("docs/brief.txt", "Zie BWBR001903.\nKamerstukken II 2018/2019, 35 000 VI, nr. 5.\n");

        var run = Tool.Run(folder.Path, "lint", "--quiet", "--format", "gitlab", "docs");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        using var json = run.Json();
        SchemaFiles.AssertValid(SchemaFiles.Gitlab, json);
        var issues = json.RootElement.EnumerateArray().ToArray();
        Assert.That(issues.Select(i => i.GetProperty("check_name").GetString()), Is.EqualTo(new[] { "CIT6001", "CIT1002" }));
        Assert.That(issues.Select(i => i.GetProperty("severity").GetString()), Is.EqualTo(new[] { "major", "info" }));
        Assert.That(issues[1].GetProperty("location").GetProperty("path").GetString(), Is.EqualTo("docs/brief.txt"));
        Assert.That(issues[1].GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public void An_empty_report_is_an_empty_array()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", "Geen verwijzingen.");

        var run = Tool.Run(folder.Path, "lint", "--quiet", "--format", "gitlab", "brief.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout.Trim(), Is.EqualTo("[]"));
    }

    [Test]
    public void The_schema_refuses_what_gitlab_would_refuse()
    {
        // The schema must be able to fail, or validating against it proves nothing.
        using var bad = System.Text.Json.JsonDocument.Parse("[ { \"description\": \"x\", \"check_name\": \"CIT1\", \"fingerprint\": \"f\", \"severity\": \"error\", \"location\": { \"path\": \"a\", \"lines\": { \"begin\": 1 } } } ]");

        Assert.That(SchemaFiles.Errors(SchemaFiles.Gitlab, bad.RootElement), Is.Not.Empty);
    }
}
