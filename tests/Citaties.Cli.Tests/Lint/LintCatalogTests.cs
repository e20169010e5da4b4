using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Lint;

/// <summary>
/// <c>--catalog</c> on lint and extract, and the <c>catalogs</c> of citaties.json: the files are loaded and a file
/// that cannot be used stops the run with exit code 2 and a message naming it.
/// </summary>
[TestFixture]
public class LintCatalogTests
{
    private const string UserCatalog = "{ \"version\": 1, \"laws\": [ { \"title\": \"Wet op de proef\", \"bwb\": \"BWBR0099999\", \"abbreviations\": [\"Wodp\"] } ] }";

    [TestCase("lint")]
    [TestCase("extract")]
    public void Accepts_readable_catalogs(string command)
    {
        using var folder = new TempFolder();
        folder.Write("eigen.json", UserCatalog);
        folder.Write("tweede.json", "{ \"version\": 1 }");
        folder.Write("a.txt", "Zie BWBR0001903.");

        var run = command == "lint"
            ? Tool.Run(folder.Path, command, "--quiet", "--catalog", "eigen.json", "--catalog", "tweede.json", "a.txt")
            : Tool.Run(folder.Path, command, "--catalog", "eigen.json", "--catalog", "tweede.json", "a.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stderr, Is.Empty);
    }

    [TestCase("lint")]
    [TestCase("extract")]
    public void Stops_with_exit_2_on_a_missing_catalog(string command)
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Zie BWBR0001903.");

        var run = Tool.Run(folder.Path, command, "--catalog", "weg.json", "a.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain("weg.json").And.Contain("does not exist"));
        Assert.That(run.Stdout, Is.Empty);
    }

    [TestCase("{ \"version\": 7 }", "version 7 is not supported")]
    [TestCase("{ \"laws\": [ ", "not valid catalog JSON")]
    public void Stops_with_exit_2_on_a_catalog_that_is_not_one(string json, string reason)
    {
        using var folder = new TempFolder();
        folder.Write("slecht.json", json);
        folder.Write("a.txt", "Zie BWBR0001903.");

        var run = Tool.Run(folder.Path, "lint", "--catalog", "slecht.json", "a.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain("slecht.json").And.Contain(reason));
    }

    [Test]
    public void Reports_a_bad_catalog_named_in_the_configuration_against_that_configuration()
    {
        using var folder = new TempFolder();
        folder.Write("project/citaties.json", "{ \"catalogs\": [ \"wetten.json\" ] }");
        folder.Write("project/a.txt", "Zie BWBR0001903.");
        folder.Write("b.txt", "Zie BWBR001903.");

        var run = Tool.Run(folder.Path, "lint", "project/a.txt", "b.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain("citaties.json: key 'catalogs'").And.Contain("wetten.json"));
        Assert.That(run.Stdout, Does.StartWith("b.txt:1:5: error CIT6001"));
    }

    [Test]
    public void Loads_a_catalog_named_in_the_configuration()
    {
        using var folder = new TempFolder();
        folder.Write("project/citaties.json", "{ \"catalogs\": [ \"wetten.json\" ] }");
        folder.Write("project/wetten.json", UserCatalog);
        folder.Write("project/a.txt", "Zie BWBR0001903.");

        var run = Tool.Run(folder.Path, "lint", "--quiet", "project/a.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stderr, Is.Empty);
    }

    // A user catalog with the article list of the Sv as of a date that lacks 125p.
    private const string SvWithoutArticle125p = "{ \"version\": 1, \"laws\": [ { \"title\": \"Wetboek van Strafvordering\", \"bwb\": \"BWBR0001903\", \"abbreviations\": [\"Sv\"], \"articlesAsOf\": \"2012-01-01\", \"articles\": [ { \"label\": \"125o\" }, { \"label\": \"126\" } ] } ] }";

    [Test]
    public void A_catalog_with_article_lists_reaches_the_rules()
    {
        using var folder = new TempFolder();
        folder.Write("sv.json", SvWithoutArticle125p);
        folder.Write("a.txt", "Het bevel van artikel 125p Sv.");

        var without = Tool.Run(folder.Path, "lint", "--format", "json", "a.txt");
        var with = Tool.Run(folder.Path, "lint", "--format", "json", "--catalog", "sv.json", "a.txt");

        Assert.That(without.Stdout, Does.Not.Contain("CIT2002"), without.ToString());
        Assert.That(with.ExitCode, Is.EqualTo(1), with.ToString());
        Assert.That(with.Stdout, Does.Contain("CIT2002").And.Contain("2012-01-01"));
    }

    [Test]
    public void A_catalog_reaches_extract()
    {
        using var folder = new TempFolder();
        folder.Write("eigen.json", UserCatalog);
        folder.Write("a.txt", "Zie artikel 3 Wodp.");

        var run = Tool.Run(folder.Path, "extract", "--format", "json", "--catalog", "eigen.json", "a.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Does.Contain("BWBR0099999"));
    }
}
