using Citaties.Catalog;
using Citaties.Catalog.Bwb;
using Citaties.Rules;
using static Citaties.Tests.Rules.Legislation.LegislationLint;

namespace Citaties.Tests.Rules.Legislation;

/// <summary>
/// CIT2002 and CIT2012 need article lists: a catalog with the Wetboek van Strafvordering (2012 text, no version
/// date) and the Wet open overheid (toestand of 2022-05-01) imported from ../shared/corpus/bwb.
/// </summary>
[TestFixture]
public class ArticleCatalogRulesTests
{
    private static LintOptions WithImport(LintProfile profile = LintProfile.Literatuur, string culture = "nl-NL")
    {
        var importer = new BwbImporter();
        var sv = importer.ReadFile(CorpusPaths.RequireCorpus("bwb", "BWBR0001903.xml")).Law!;
        var woo = importer.ReadFile(CorpusPaths.RequireCorpus("bwb", "toestand", "bwb_toestand.xml")).Law!;
        var catalog = LawCatalog.Default.Extend(new CatalogDocument { Laws = new[] { sv, woo } });
        return In(profile, culture) with { Extract = new ExtractOptions { Catalog = catalog } };
    }

    private static IReadOnlyList<Diagnostic> Lint(string text, LintOptions options, string id) =>
        CitationLinter.Lint(text, options).Diagnostics.Where(d => d.Id == id).ToList();

    [Test]
    public void An_article_missing_from_the_imported_text_is_an_error_naming_the_file()
    {
        const string text = "Zie artikel 125p Sv.";

        var diagnostic = Lint(text, WithImport(), "CIT2002").Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
            Assert.That(At(text, diagnostic.Span), Is.EqualTo("artikel 125p Sv"));
            Assert.That(diagnostic.Message, Is.EqualTo("Artikel 125p komt niet voor in Sv (volgens BWBR0001903.xml)"));
        });
    }

    [Test]
    public void An_article_missing_from_a_dated_version_names_the_date()
    {
        var diagnostic = Lint("artikel 99.1 van de Wet open overheid", WithImport(), "CIT2002").Single();

        Assert.That(diagnostic.Message, Is.EqualTo("Artikel 99.1 komt niet voor in Wet open overheid (versie van 2022-05-01)"));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var diagnostic = Lint("artikel 99.1 Woo", WithImport(culture: "en"), "CIT2002").Single();

        Assert.That(diagnostic.Message, Is.EqualTo("Article 99.1 does not occur in Woo (version of 2022-05-01)"));
    }

    [TestCase("artikel 125o Sv")]
    [TestCase("artikel 2.1 Woo")]
    [TestCase("art. 125p Sv (oud)")]
    public void Articles_in_the_list_or_marked_oud_are_fine(string text)
    {
        Assert.That(Lint(text, WithImport(), "CIT2002"), Is.Empty);
    }

    // A list is one citation: every article in it is looked up, each missing one its own finding on the list.
    [Test]
    public void Every_article_of_a_list_is_looked_up()
    {
        const string text = "Zie de artikelen 125o, 125p en 126 Sv.";

        var diagnostics = Lint(text, WithImport(), "CIT2002");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => d.Message), Is.EqualTo(new[] { "Artikel 125p komt niet voor in Sv (volgens BWBR0001903.xml)" }));
            Assert.That(At(text, diagnostics[0].Span), Is.EqualTo("artikelen 125o, 125p en 126 Sv"));
            Assert.That(Single("de artikelen 28 en 128 DSA", LintProfile.Literatuur, "CIT2002").Message, Is.EqualTo("Artikel 128 komt niet voor in DSA (dat telt 93 artikelen)"));
        });
    }

    [Test]
    public void Without_article_lists_nothing_is_reported()
    {
        Assert.That(Findings("artikel 125p Sv", LintProfile.Literatuur, "CIT2002"), Is.Empty);
    }

    [Test]
    public void An_EU_act_with_a_known_article_count_is_checked()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Findings("artikel 28 DSA", LintProfile.Literatuur, "CIT2002"), Is.Empty);
            Assert.That(Single("artikel 128 DSA", LintProfile.Literatuur, "CIT2002").Message, Is.EqualTo("Artikel 128 komt niet voor in DSA (dat telt 93 artikelen)"));
        });
    }

    [Test]
    public void A_repealed_article_is_a_warning()
    {
        const string text = "Volgens artikel 11 Sv was dat zo.";

        var diagnostic = Lint(text, WithImport(), "CIT2012").Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(At(text, diagnostic.Span), Is.EqualTo("artikel 11 Sv"));
            Assert.That(diagnostic.Message, Is.EqualTo("Artikel 11 van Sv is vervallen (volgens BWBR0001903.xml)"));
            Assert.That(Lint(text, WithImport(), "CIT2002"), Is.Empty, "a repealed article still exists in the list");
        });
    }

    [Test]
    public void A_repealed_article_marked_oud_and_a_current_one_are_fine()
    {
        var options = WithImport();

        Assert.Multiple(() =>
        {
            Assert.That(Lint("artikel 11 Sv (oud)", options, "CIT2012"), Is.Empty);
            Assert.That(Lint("artikel 12 Sv", options, "CIT2012"), Is.Empty);
            Assert.That(Findings("artikel 11 Sv", LintProfile.Literatuur, "CIT2012"), Is.Empty, "no article list, no finding");
        });
    }

    [Test]
    public void A_repealed_article_later_in_a_list_is_reported_unless_marked_oud()
    {
        var options = WithImport();

        Assert.Multiple(() =>
        {
            Assert.That(Lint("de artikelen 12 en 11 Sv", options, "CIT2012").Select(d => d.Message), Is.EqualTo(new[] { "Artikel 11 van Sv is vervallen (volgens BWBR0001903.xml)" }));
            Assert.That(Lint("de artikelen 12 en 11 Sv (oud)", options, "CIT2012"), Is.Empty);
        });
    }

    [Test]
    public void The_repealed_message_is_English_for_an_English_culture()
    {
        var diagnostic = Lint("artikel 11 Sv", WithImport(culture: "en"), "CIT2012").Single();

        Assert.That(diagnostic.Message, Is.EqualTo("Article 11 of Sv has been repealed (according to BWBR0001903.xml)"));
    }
}
