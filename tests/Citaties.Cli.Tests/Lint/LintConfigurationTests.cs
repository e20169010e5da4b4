using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Lint;

[TestFixture]
public class LintConfigurationTests
{
    [Test]
    public void Takes_the_nearest_configuration_for_each_file()
    {
        using var folder = new TempFolder();
        folder.Write("citaties.json", "{ \"rules\": { \"CIT6001\": \"warning\" } }");
        folder.Write("a.txt", "BWBR001903");
        folder.Write("stil/citaties.json", "{ \"rules\": { \"CIT6001\": \"none\" } }");
        folder.Write("stil/b.txt", "BWBR001903");
        folder.Write("stil/diep/c.txt", "BWBR001903");

        var run = Tool.Run(folder.Path, "lint", "a.txt", "stil");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Is.EqualTo("a.txt:1:1: warning CIT6001: 'BWBR001903' is geen geldig BWB-id: het heeft 6 cijfers in plaats van 7\n"));
    }

    [Test]
    public void Lets_flags_win_over_the_configuration()
    {
        using var folder = new TempFolder();
        folder.Write("citaties.json", "{ \"culture\": \"nl\", \"profile\": \"regeling\" }");
        folder.Write("a.txt", "BWBR001903");

        var run = Tool.Run(folder.Path, "lint", "--lang", "en", "a.txt");

        Assert.That(run.Stdout, Does.Contain("is not a valid BWB id"));
    }

    [Test]
    public void Uses_the_configuration_language_without_a_flag()
    {
        using var folder = new TempFolder();
        folder.Write("citaties.json", "{ \"culture\": \"en\" }");
        folder.Write("a.txt", "BWBR001903");

        var run = Tool.Run(folder.Path, "lint", "a.txt");

        Assert.That(run.Stdout, Does.Contain("is not a valid BWB id"));
    }

    [Test]
    public void Reports_a_bad_configuration_with_file_key_and_allowed_values_and_goes_on()
    {
        using var folder = new TempFolder();
        var config = folder.Write("slecht/citaties.json", "{ \"profile\": \"wetboek\" }");
        folder.Write("slecht/a.txt", "BWBR001903");
        folder.Write("slecht/b.txt", "BWBR001903");
        folder.Write("goed/c.txt", "BWBR001903");

        var run = Tool.Run(folder.Path, "lint", "--quiet", "slecht", "goed/c.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain(config).And.Contain("'profile'").And.Contain("regeling, toelichting, kamerstuk, literatuur"));
        Assert.That(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1), "the bad file is reported once");
        Assert.That(run.Stdout, Does.StartWith("goed/c.txt:1:1: error CIT6001"));
    }

    [TestCase("{ \"rules\": { \"CIT9999\": \"error\" } }", "rules.CIT9999", "citaties explain")]
    [TestCase("{ \"rules\": { \"CIT6001\": \"fatal\" } }", "rules.CIT6001", "none, info, warning, error")]
    [TestCase("{ \"kleur\": true }", "kleur", "profile, rules")]
    public void Names_the_key_and_what_is_allowed(string json, string key, string allowed)
    {
        using var folder = new TempFolder();
        folder.Write("citaties.json", json);
        folder.Write("a.txt", "BWBR001903");

        var run = Tool.Run(folder.Path, "lint", "a.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain("citaties.json").And.Contain($"'{key}'").And.Contain(allowed));
    }

    [Test]
    public void Uses_the_file_given_with_config_for_every_input()
    {
        using var folder = new TempFolder();
        folder.Write("instellingen/stil.json", "{ \"rules\": { \"CIT6001\": \"none\" } }");
        folder.Write("citaties.json", "{ \"rules\": { \"CIT6001\": \"error\" } }");
        folder.Write("a.txt", "BWBR001903");

        var run = Tool.Run(folder.Path, "lint", "--config", "instellingen/stil.json", "a.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Is.Empty);
    }

    [Test]
    public void Stops_with_exit_2_when_the_config_file_is_missing_or_bad()
    {
        using var folder = new TempFolder();
        folder.Write("kapot.json", "{ \"profile\": ");
        folder.Write("a.txt", "BWBR001903");

        var missing = Tool.Run(folder.Path, "lint", "--config", "weg.json", "a.txt");
        var bad = Tool.Run(folder.Path, "lint", "--config", "kapot.json", "a.txt");

        Assert.That(missing.ExitCode, Is.EqualTo(2));
        Assert.That(missing.Stderr, Does.Contain("weg.json: no such configuration file"));
        Assert.That(missing.Stdout, Is.Empty);
        Assert.That(bad.ExitCode, Is.EqualTo(2));
        Assert.That(bad.Stderr, Does.Contain("kapot.json").And.Contain("not valid JSON"));
    }
}
