using Citaties.Rules;

namespace Citaties.Tests.Rules;

/// <summary>The fail-on level that the CLI and the build task share.</summary>
public sealed class FailLevelTests
{
    [TestCase("error", RuleSeverity.Error, RuleSeverity.Error, true)]
    [TestCase("error", RuleSeverity.Warning, RuleSeverity.Error, false)]
    [TestCase("Warning", RuleSeverity.Warning, RuleSeverity.Warning, true)]
    [TestCase("warning", RuleSeverity.Error, RuleSeverity.Warning, true)]
    [TestCase("info", RuleSeverity.Info, RuleSeverity.Info, true)]
    [TestCase("none", RuleSeverity.Error, RuleSeverity.None, false)]
    public void A_level_fails_on_findings_at_or_above_it(string name, RuleSeverity finding, RuleSeverity expectedLevel, bool fails)
    {
        Assert.That(FailLevel.TryParse(name, out var level), Is.True);
        Assert.That(level, Is.EqualTo(expectedLevel));
        Assert.That(FailLevel.Fails(finding, level), Is.EqualTo(fails));
    }

    [Test]
    public void Every_written_level_reads_back_and_others_are_refused()
    {
        Assert.That(FailLevel.Names.Select(n => FailLevel.TryParse(n, out _)), Is.All.True);
        Assert.That(FailLevel.TryParse("fatal", out _), Is.False);
    }
}
