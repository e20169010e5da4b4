using System.Text;
using Citaties.Configuration;
using Citaties.Documents;
using Citaties.Rules;

namespace Citaties.Tests.Documents;

/// <summary>The settings resolver reads only through the file system it is given.</summary>
[TestFixture]
public class SettingsResolverTests
{
    [Test]
    public void Takes_the_nearest_configuration_with_its_catalogs_and_lays_the_overrides_over_it()
    {
        var files = new MemoryFiles(new Dictionary<string, string>
        {
            ["/repo/citaties.json"] = "{ \"profile\": \"regeling\" }",
            ["/repo/docs/citaties.json"] = "{ \"profile\": \"kamerstuk\", \"abbreviations\": { \"Wrs\": \"Wet regulering sekswerk\" }, \"catalogs\": [ \"wetten.json\" ] }",
            ["/repo/docs/wetten.json"] = "{ \"version\": 1, \"laws\": [ { \"title\": \"Wet op de proef\", \"bwb\": \"BWBR0099999\", \"abbreviations\": [\"Wodp\"] } ] }",
            ["/repo/docs/brief.md"] = "artikel 1 Wodp",
        });
        var resolver = SettingsResolver.Create(files, new CitatiesConfiguration { Culture = System.Globalization.CultureInfo.GetCultureInfo("en-GB") }, null, out var problem)!;

        var inDocs = resolver.For("/repo/docs/brief.md", out problem);
        var atRoot = resolver.For("/repo/notes.txt", out _);

        Assert.That(problem, Is.Null);
        Assert.That(inDocs!.Profile, Is.EqualTo(LintProfile.Kamerstuk));
        Assert.That(inDocs.Culture.TwoLetterISOLanguageName, Is.EqualTo("en"));
        Assert.That(inDocs.Extract.Abbreviations["Wrs"], Is.EqualTo("Wet regulering sekswerk"));
        Assert.That(CitationFinder.Extract("artikel 1 Wodp", inDocs.Extract).OfType<Citaties.Model.ArticleCitation>().Single().Law?.Bwb, Is.EqualTo("BWBR0099999"));
        Assert.That(atRoot!.Profile, Is.EqualTo(LintProfile.Regeling));
        Assert.That(files.Opened, Is.EquivalentTo(new[] { "/repo/docs/citaties.json", "/repo/docs/wetten.json", "/repo/citaties.json" }));
    }

    [Test]
    public void Lays_a_hosts_defaults_under_every_configuration_file()
    {
        var files = new MemoryFiles(new Dictionary<string, string>
        {
            ["/repo/docs/citaties.json"] = "{ \"profile\": \"kamerstuk\" }",
            ["/repo/src/citaties.json"] = "{ \"rules\": { \"CIT2003\": \"none\" } }",
        });
        var defaults = new CitatiesConfiguration { Profile = LintProfile.Toelichting };
        var resolver = SettingsResolver.Create(files, defaults, null, null, out _)!;

        Assert.Multiple(() =>
        {
            Assert.That(resolver.For("/repo/docs/brief.md", out _)!.Profile, Is.EqualTo(LintProfile.Kamerstuk), "the file's profile wins");
            Assert.That(resolver.For("/repo/src/Rules.cs", out _)!.Profile, Is.EqualTo(LintProfile.Toelichting), "the default fills what the file leaves open");
            Assert.That(resolver.For("/elsewhere/Rules.cs", out _)!.Profile, Is.EqualTo(LintProfile.Toelichting), "no file at all");
        });
    }

    [Test]
    public void Reports_a_bad_configuration_once_and_refuses_every_document_under_it()
    {
        var files = new MemoryFiles(new Dictionary<string, string> { ["/repo/citaties.json"] = "{ \"profiel\": \"regeling\" }" });
        var resolver = SettingsResolver.Create(files, null, null, out _)!;

        var first = resolver.For("/repo/a.txt", out var firstProblem);
        var second = resolver.For("/repo/b.txt", out var secondProblem);

        Assert.That(first, Is.Null);
        Assert.That(firstProblem, Does.Contain("profiel"));
        Assert.That(second, Is.Null);
        Assert.That(secondProblem, Is.Null);
    }

    [Test]
    public void Refuses_a_named_configuration_that_does_not_exist()
    {
        var resolver = SettingsResolver.Create(new MemoryFiles(new Dictionary<string, string>()), null, "/repo/weg.json", out var problem);

        Assert.That(resolver, Is.Null);
        Assert.That(problem, Is.EqualTo("/repo/weg.json: no such configuration file"));
    }
}
