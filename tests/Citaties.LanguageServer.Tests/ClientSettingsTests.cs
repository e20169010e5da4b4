using System.Text.Json;
using Citaties.LanguageServer.Settings;
using Citaties.Rules;

namespace Citaties.LanguageServer.Tests;

/// <summary>The editor's settings are read as a citaties.json is, less the editor's own keys and unset values.</summary>
[TestFixture]
public sealed class ClientSettingsTests
{
    [TestCase("""{ "citaties": { "profile": "toelichting", "languages": ["markdown"] } }""")]
    [TestCase("""{ "citaties": { "profile": "toelichting", "rules": null, "culture": "" } }""")]
    [TestCase("""{ "citaties": { "profile": "toelichting", "languages": ["latex"], "server": { "path": "" }, "trace": { "server": "off" } } }""")]
    public void The_profile_is_read_from_the_citaties_section(string json)
    {
        var settings = ClientSettings.Read(JsonDocument.Parse(json).RootElement, out var problem);

        Assert.That(problem, Is.Null);
        Assert.That(settings!.Profile, Is.EqualTo(LintProfile.Toelichting));
    }

    [TestCase("""{ "citaties": { "profile": "" } }""")]
    [TestCase("""{ "citaties": null }""")]
    [TestCase("""{ "other": 1 }""")]
    [TestCase("""{ "profile": "toelichting" }""")]
    public void Nothing_set_is_no_override(string json)
    {
        var settings = ClientSettings.Read(JsonDocument.Parse(json).RootElement, out var problem);

        Assert.That(problem, Is.Null);
        Assert.That(settings!.Profile, Is.Null);
    }

    [TestCase("""{ "profile": "toelichting" }""")]
    [TestCase("""{ "citaties": { "profile": "toelichting" } }""")]
    public void Initialization_options_are_the_section_or_its_keys_as_they_are(string json)
    {
        var settings = ClientSettings.ReadInitializationOptions(JsonDocument.Parse(json).RootElement, out var problem);

        Assert.That(problem, Is.Null);
        Assert.That(settings!.Profile, Is.EqualTo(LintProfile.Toelichting));
    }

    [TestCase("""{ "citaties": { "rules": { "CIT1002": "loud" } } }""", "rules.CIT1002")]
    [TestCase("""{ "citaties": { "colour": "red" } }""", "colour")]
    [TestCase("""{ "citaties": [1] }""", "must be an object")]
    public void A_wrong_setting_is_a_problem_that_names_it(string json, string named)
    {
        var settings = ClientSettings.Read(JsonDocument.Parse(json).RootElement, out var problem);

        Assert.That(settings, Is.Null);
        Assert.That(problem, Does.Contain(ClientSettings.SourceName).And.Contain(named));
    }
}
