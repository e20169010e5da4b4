using Citaties.Configuration;
using Citaties.Rules;

namespace Citaties.Tests.Configuration;

[TestFixture]
public class ConfigurationLoaderTests
{
    private string root = null!;

    [SetUp]
    public void CreateFolder()
    {
        root = Path.Combine(Path.GetTempPath(), "citaties-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "a", "b"));
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(root, recursive: true);

    [Test]
    public void Finds_the_nearest_file_walking_up()
    {
        File.WriteAllText(Path.Combine(root, "citaties.json"), "{ \"profile\": \"regeling\" }");
        var document = Path.Combine(root, "a", "b", "draft.txt");
        File.WriteAllText(document, "tekst");

        Assert.That(ConfigurationLoader.Find(document), Is.EqualTo(Path.Combine(root, "citaties.json")));
        Assert.That(ConfigurationLoader.LoadFor(document).Profile, Is.EqualTo(LintProfile.Regeling));
    }

    [Test]
    public void Without_a_file_the_configuration_is_empty()
    {
        var document = Path.Combine(root, "a", "draft.txt");
        File.WriteAllText(document, "tekst");
        if (ConfigurationLoader.Find(document) is { } stray)
        {
            Assert.Ignore($"A citaties.json above the temporary folder ({stray}) would be picked up.");
        }

        var configuration = ConfigurationLoader.LoadFor(document);

        Assert.That(configuration.Profile, Is.Null);
        Assert.That(configuration.ToLintOptions().Profile, Is.EqualTo(LintProfile.Literatuur));
    }

    [Test]
    public void Reads_every_setting()
    {
        const string json = """
            {
              // comments are allowed
              "profile": "kamerstuk",
              "rules": { "CIT1003": "none", "cit2003": "error" },
              "abbreviations": { "Wrs": "wetsvoorstel regulering sekswerk" },
              "catalogs": [ "extra/catalog.json" ],
              "dossierStyle": "compact",
              "culture": "en",
              "files": [ "docs/**/*.md" ],
              "exclude": [ "drafts/", "!drafts/final.md" ],
            }
            """;
        var path = Path.Combine(root, "citaties.json");

        var configuration = ConfigurationLoader.Parse(json, path);
        var options = configuration.ToLintOptions();

        Assert.Multiple(() =>
        {
            Assert.That(options.Profile, Is.EqualTo(LintProfile.Kamerstuk));
            Assert.That(options.SeverityOf(RuleCatalog.Find(RuleIds.ChamberMissing)!), Is.EqualTo(RuleSeverity.None));
            Assert.That(options.SeverityOf(RuleCatalog.Find(RuleIds.ParagraphAsNumber)!), Is.EqualTo(RuleSeverity.Error));
            Assert.That(options.Extract.Abbreviations["Wrs"], Is.EqualTo("wetsvoorstel regulering sekswerk"));
            Assert.That(configuration.Catalogs, Is.EqualTo(new[] { Path.Combine(root, "extra", "catalog.json") }));
            Assert.That(options.DossierStyle, Is.EqualTo(DossierNumberStyle.Compact));
            Assert.That(options.Culture.TwoLetterISOLanguageName, Is.EqualTo("en"));
            Assert.That(configuration.Files, Is.EqualTo(new[] { "docs/**/*.md" }));
            Assert.That(configuration.Exclude, Is.EqualTo(new[] { "drafts/", "!drafts/final.md" }));
        });
    }

    [TestCase("{ \"profile\": \"wet\" }", "profile", "regeling, toelichting, kamerstuk, literatuur")]
    [TestCase("{ \"rules\": { \"CIT9999\": \"none\" } }", "rules.CIT9999", "not a rule id")]
    [TestCase("{ \"rules\": { \"CIT1003\": \"fatal\" } }", "rules.CIT1003", "none, info, warning, error")]
    [TestCase("{ \"rules\": [] }", "rules", "object of rule ids")]
    [TestCase("{ \"catalogs\": \"x.json\" }", "catalogs", "array of catalog file paths")]
    [TestCase("{ \"dossierStyle\": \"wide\" }", "dossierStyle", "spaced (35 165) and compact (35165)")]
    [TestCase("{ \"culture\": \"de\" }", "culture", "nl and en")]
    [TestCase("{ \"profiel\": \"regeling\" }", "profiel", "allowed are profile, rules")]
    [TestCase("{ \"abbreviations\": { \"Wrs\": 3 } }", "abbreviations.Wrs", "non-empty")]
    [TestCase("{ \"files\": \"docs\" }", "files", "array of patterns in gitignore syntax")]
    [TestCase("{ \"exclude\": [ \"\" ] }", "exclude", "array of patterns in gitignore syntax")]
    public void A_bad_setting_names_the_file_the_key_and_what_is_allowed(string json, string key, string allowed)
    {
        var error = Assert.Throws<ConfigurationException>(() => ConfigurationLoader.Parse(json, "/x/citaties.json"))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("/x/citaties.json"));
            Assert.That(error.Key, Is.EqualTo(key));
            Assert.That(error.Message, Does.StartWith("/x/citaties.json: key '" + key + "'"));
            Assert.That(error.Message, Does.Contain(allowed));
        });
    }

    [TestCase("not json")]
    [TestCase("[1, 2]")]
    [TestCase("")]
    public void A_file_that_is_no_configuration_is_reported_as_a_whole(string json)
    {
        var error = Assert.Throws<ConfigurationException>(() => ConfigurationLoader.Parse(json, "c.json"))!;

        Assert.That(error.Key, Is.Null);
        Assert.That(error.Message, Does.StartWith("c.json: "));
    }

    [Test]
    public void Command_line_settings_override_the_file()
    {
        var file = ConfigurationLoader.Parse("{ \"profile\": \"regeling\", \"rules\": { \"CIT1003\": \"none\", \"CIT1004\": \"info\" } }", "c.json");
        var flags = new CitatiesConfiguration
        {
            Profile = LintProfile.Toelichting,
            Severities = new Dictionary<string, RuleSeverity> { ["CIT1003"] = RuleSeverity.Error },
        };

        var options = file.Merge(flags).ToLintOptions();

        Assert.That(options.Profile, Is.EqualTo(LintProfile.Toelichting));
        Assert.That(options.SeverityOf(RuleCatalog.Find(RuleIds.ChamberMissing)!), Is.EqualTo(RuleSeverity.Error));
        Assert.That(options.SeverityOf(RuleCatalog.Find(RuleIds.SessionYearMissing)!), Is.EqualTo(RuleSeverity.Info));
    }
}
