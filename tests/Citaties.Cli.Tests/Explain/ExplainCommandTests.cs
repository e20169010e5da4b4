using Citaties.Cli.Tests.Support;
using Citaties.Rules;

namespace Citaties.Cli.Tests.Explain;

[TestFixture]
public class ExplainCommandTests
{
    private static string Here => TestContext.CurrentContext.WorkDirectory;

    [Test]
    public void Lists_every_rule_with_its_severity_per_profile()
    {
        var run = Tool.Run(Here, "explain");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.That(lines[0], Does.Match(@"^ID\s+REGELING\s+TOELICHTING\s+KAMERSTUK\s+LITERATUUR\s+FIX\s+TITLE$"));
        Assert.That(lines.Skip(1).Select(l => l.Split(' ')[0]), Is.EqualTo(RuleCatalog.All.Select(d => d.Id)));
        Assert.That(lines.Single(l => l.StartsWith("CIT1003", StringComparison.Ordinal)), Does.Match(@"^CIT1003\s+warning\s+warning\s+none\s+warning\s+yes\s+Kamer ontbreekt$"));
        Assert.That(lines, Has.None.EndsWith(" "));
    }

    [Test]
    public void Lists_english_titles_with_lang_en()
    {
        var run = Tool.Run(Here, "explain", "--lang", "en");

        Assert.That(run.Stdout, Does.Contain("Chamber missing"));
    }

    [Test]
    public void Explains_a_rule_with_its_documentation_page()
    {
        var run = Tool.Run(Here, "explain", "cit6001", "--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Does.StartWith("CIT6001: Malformed BWB id\n"));
        Assert.That(run.Stdout, Does.Contain("  regeling     error\n  toelichting  error\n  kamerstuk    error\n  literatuur   error\n"));
        Assert.That(run.Stdout, Does.Contain("Fix: no"));
        Assert.That(run.Stdout, Does.Contain("Help: " + RuleCatalog.Find(RuleIds.MalformedBwb)!.HelpLink));
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", "CIT6001.md")).Replace("\r\n", "\n").TrimEnd('\n');
        Assert.That(run.Stdout, Does.EndWith(page + "\n"));
    }

    [Test]
    public void Tells_how_to_list_the_rules_for_an_unknown_id()
    {
        var run = Tool.Run(Here, "explain", "CIT9999");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("'CIT9999' is not a rule id; run 'citaties explain' for the list of rules"));
        Assert.That(run.Stdout, Is.Empty);
    }

    [Test]
    public void Shows_whether_a_rule_has_a_fix()
    {
        var run = Tool.Run(Here, "explain", "CIT1002");

        Assert.That(run.Stdout, Does.Contain("Fix: yes"));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Citaties.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository.");
    }
}
