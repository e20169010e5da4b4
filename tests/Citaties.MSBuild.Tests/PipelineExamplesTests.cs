using System.Text.RegularExpressions;
using Citaties.MSBuild.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Citaties.MSBuild.Tests;

/// <summary>
/// The pipeline examples of docs/pipelines.md are real files: each parses as YAML, is linked from the page, and has
/// the steps the page describes (installing the tool, linting, publishing the report where the CI reads it).
/// </summary>
[TestFixture]
public sealed partial class PipelineExamplesTests
{
    private static readonly string Folder = Repository.Path("docs/pipelines");

    [Test]
    public void Every_example_parses_and_the_page_links_each_one_and_nothing_else()
    {
        var files = Directory.GetFiles(Folder).Select(Path.GetFileName).ToList();
        Assert.That(files, Is.Not.Empty);
        foreach (var file in files)
        {
            Assert.That(() => Load(file!), Throws.Nothing, file);
        }

        var page = File.ReadAllText(Repository.Path("docs/pipelines.md"));
        var linked = PipelineLink().Matches(page).Select(m => m.Groups[1].Value).Distinct();
        Assert.That(linked, Is.EquivalentTo(files));
    }

    [Test]
    public void Every_example_installs_the_tool_and_lints()
    {
        foreach (var file in Directory.GetFiles(Folder))
        {
            var commands = Scalars(Load(Path.GetFileName(file))).ToList();
            Assert.That(commands, Has.Some.Contains("citaties lint"), file);
            if (!file.EndsWith("pre-commit-config.yaml", StringComparison.Ordinal))
            {
                Assert.That(commands, Has.Some.Contains("dotnet tool install Citaties.Cli --tool-path .tools"), file);
            }
        }
    }

    [Test]
    public void GitHub_annotates_with_the_github_format_and_uploads_the_sarif_it_writes()
    {
        var root = Load("github-actions.yml");
        Assert.That(ValueAt(root, "permissions", "security-events"), Is.EqualTo("write"));
        var steps = (YamlSequenceNode)((YamlMappingNode)Node(root, "jobs")).Children.Values.Cast<YamlMappingNode>().Single()[new YamlScalarNode("steps")];
        var runs = steps.Cast<YamlMappingNode>().Select(s => Optional(s, "run")).OfType<string>().ToList();
        Assert.That(runs, Has.Some.Contains("citaties lint --format github"));
        var sarif = runs.Select(r => SarifTarget().Match(r)).Single(m => m.Success).Groups[1].Value;
        var upload = steps.Cast<YamlMappingNode>().Single(s => Optional(s, "uses")?.StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal) == true);
        Assert.That(ValueAt(upload, "with", "sarif_file"), Is.EqualTo(sarif));
        Assert.That(Optional(upload, "if"), Is.EqualTo("always()"), "the upload runs when the lint failed");
    }

    [Test]
    public void Azure_publishes_the_sarif_as_CodeAnalysisLogs()
    {
        var steps = ((YamlSequenceNode)Node(Load("azure-pipelines.yml"), "steps")).Cast<YamlMappingNode>().ToList();
        Assert.That(steps.Select(s => Optional(s, "task")), Does.Contain("UseDotNet@2"));
        var publish = steps.Single(s => Optional(s, "task") == "PublishBuildArtifacts@1");
        Assert.That(ValueAt(publish, "inputs", "artifactName"), Is.EqualTo("CodeAnalysisLogs"));
        var script = steps.Select(s => Optional(s, "script")).OfType<string>().Single(s => s.Contains("--format sarif", StringComparison.Ordinal));
        Assert.That(script, Does.Contain(ValueAt(publish, "inputs", "pathToPublish")));
    }

    [Test]
    public void GitLab_publishes_the_code_quality_report_it_writes()
    {
        var job = (YamlMappingNode)Node(Load("gitlab-ci.yml"), "citaties");
        var report = ValueAt(job, "artifacts", "reports", "codequality");
        Assert.That(ValueAt(job, "artifacts", "when"), Is.EqualTo("always"));
        Assert.That(((YamlSequenceNode)Node(job, "script")).Cast<YamlScalarNode>().Select(s => s.Value), Has.Some.EndsWith("> " + report));
    }

    [Test]
    public void The_pre_commit_hook_lints_the_staged_documents()
    {
        var hook = (YamlMappingNode)((YamlSequenceNode)NodeAt<YamlNode>(Load("pre-commit-config.yaml"), "repos")).Cast<YamlMappingNode>().Single()
            .Children[new YamlScalarNode("hooks")].AllNodes.OfType<YamlMappingNode>().First();
        Assert.That(ValueAt(hook, "entry"), Does.StartWith("citaties lint"));
        Assert.That(new Regex(ValueAt(hook, "files")).IsMatch("docs/ontwerp.docx"), Is.True);
        Assert.That(new Regex(ValueAt(hook, "files")).IsMatch("src/Program.cs"), Is.False);
    }

    private static YamlMappingNode Load(string file)
    {
        using var reader = new StreamReader(Path.Combine(Folder, file));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node.AllNodes.OfType<YamlScalarNode>().Select(s => s.Value ?? "");

    private static YamlNode Node(YamlMappingNode map, string key) => map.Children[new YamlScalarNode(key)];

    private static string? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static string ValueAt(YamlMappingNode map, params string[] keys) => ((YamlScalarNode)NodeAt<YamlNode>(map, keys)).Value!;

    private static T NodeAt<T>(YamlMappingNode map, params string[] keys) where T : YamlNode
    {
        YamlNode node = map;
        foreach (var key in keys)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return (T)node;
    }

    [GeneratedRegex(@"\]\(pipelines/([^)]+)\)")]
    private static partial Regex PipelineLink();

    [GeneratedRegex(@"--format sarif[^>]*> (\S+)")]
    private static partial Regex SarifTarget();
}
