using System.Globalization;
using Citaties.Rules;

namespace Citaties.Tests.Rules;

/// <summary>
/// Rules word their messages only through their descriptors: the message format and the named fragments that
/// fill its placeholders, each in both languages, chosen by the culture when the message is formatted.
/// </summary>
[TestFixture]
public class MessageFragmentsTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Test]
    public void A_rule_with_reasons_declares_them_in_its_descriptor()
    {
        var fragments = RuleCatalog.Find(RuleIds.MalformedEcli)!.Fragments;

        Assert.That(fragments["MissingCountry"], Is.EqualTo(new LocalizedText("de landcode ontbreekt", "the country code is missing")));
    }

    [Test]
    public void Rules_that_share_the_catalog_version_both_declare_it()
    {
        Assert.That(RuleCatalog.Find(RuleIds.ArticleNotFound)!.Fragments.Keys, Does.Contain("VersionOf").And.Contain("ArticleCount"));
        Assert.That(RuleCatalog.Find(RuleIds.ArticleRepealed)!.Fragments.Keys, Does.Contain("VersionOf"));
    }

    [Test]
    public void Every_fragment_has_both_languages_with_the_same_placeholders()
    {
        foreach (var descriptor in RuleCatalog.All)
        {
            foreach (var (name, text) in descriptor.Fragments.Append(new("MessageFormat", descriptor.MessageFormat)))
            {
                Assert.That(text.Dutch, Is.Not.Empty, $"{descriptor.Id} {name}");
                Assert.That(text.English, Is.Not.Empty, $"{descriptor.Id} {name}");
                Assert.That(Placeholders(text.English), Is.EquivalentTo(Placeholders(text.Dutch)), $"{descriptor.Id} {name}");
            }
        }
    }

    [Test]
    public void A_localized_argument_is_filled_in_in_the_language_of_the_message()
    {
        var format = new LocalizedText("'{0}' is geen geldige ECLI: {1}", "'{0}' is not a valid ECLI: {1}");
        var reason = new LocalizedText("het jaartal ontbreekt", "the year is missing");

        Assert.That(format.Format(Dutch, "ECLI:NL:HR", reason), Is.EqualTo("'ECLI:NL:HR' is geen geldige ECLI: het jaartal ontbreekt"));
        Assert.That(format.Format(English, "ECLI:NL:HR", reason), Is.EqualTo("'ECLI:NL:HR' is not a valid ECLI: the year is missing"));
    }

    [Test]
    public void Bound_and_joined_fragments_are_localized_when_formatted()
    {
        var format = new LocalizedText("fout: {0}", "wrong: {0}");
        var year = new LocalizedText("het jaar {0} ligt in de toekomst", "the year {0} is in the future").With(2031);
        var list = LocalizedList.Join("; ", new object[] { year, new LocalizedText("een", "one") });

        Assert.That(format.Format(Dutch, list), Is.EqualTo("fout: het jaar 2031 ligt in de toekomst; een"));
        Assert.That(format.Format(English, list), Is.EqualTo("wrong: the year 2031 is in the future; one"));
    }

    private static IEnumerable<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{(\d+)\}").Select(m => m.Groups[1].Value).Distinct();
}
