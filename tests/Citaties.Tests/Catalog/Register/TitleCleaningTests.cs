extern alias generator;

using Citaties.Catalog.Register;
using Citaties.Catalog;
using GeneratedFlags = generator::Citaties.Catalog.Register.RowFlags;

namespace Citaties.Tests.Catalog.Register;

/// <summary>The generator cleans the citation titles a pattern read from the law texts (examples from bwb-titles.tsv).</summary>
[TestFixture]
public class TitleCleaningTests
{
    [TestCase("«Wet op het primair onderwijs»", "Wet op het primair onderwijs")]
    [TestCase("«Wet verplichte deelneming in een bedrijfstakpensioenfonds», onder toevoeging van het jaartal", "Wet verplichte deelneming in een bedrijfstakpensioenfonds")]
    [TestCase("<<Besluit ziekte en arbeidsongeschiktheid voor onderwijspersoneel primair onderwijs>>", "Besluit ziekte en arbeidsongeschiktheid voor onderwijspersoneel primair onderwijs")]
    [TestCase("regeling opsporingsbijstand Koninklijke marechaussee", "Regeling opsporingsbijstand Koninklijke marechaussee")]
    [TestCase("Rolregeling Kantonsectoren' (RRK)", "Rolregeling Kantonsectoren (RRK)")]
    [TestCase("Besluit instelling Stuurgroep 'Handhaven op niveau", "Besluit instelling Stuurgroep Handhaven op niveau")]
    [TestCase("Regeling aanwijzing code ‘Goed bestuur in de bve-sector", "Regeling aanwijzing code Goed bestuur in de bve-sector")]
    [TestCase("Beschikking Aanwijzing Voedselcommissaris 's-Gravenhage", "Beschikking Aanwijzing Voedselcommissaris 's-Gravenhage")]
    [TestCase("Besluit risico's zware ongevallen 1999", "Besluit risico's zware ongevallen 1999")]
    [TestCase("Wet overgang belastingheffing in euro's", "Wet overgang belastingheffing in euro's")]
    public void Cleans_quotes_and_capitals(string raw, string clean)
    {
        Assert.That(generator::Citaties.BwbTitles.CitationTitleCleaner.Clean(raw), Is.EqualTo(clean));
    }

    [TestCase("Wet invoering m")]
    [TestCase("Overgangswet W")]
    [TestCase("O. en W")]
    [TestCase("Heffingsverordening o")]
    [TestCase("«»")]
    public void Drops_a_title_cut_at_the_dot_of_an_abbreviation(string raw)
    {
        Assert.That(generator::Citaties.BwbTitles.CitationTitleCleaner.Clean(raw), Is.Null);
    }

    [TestCase("Wet")]
    [TestCase("Besluit")]
    [TestCase("Uitvoeringsregeling")]
    [TestCase("Overgangswet")]
    [TestCase("Wijzigingsbesluit")]
    [TestCase("Subsidieregeling")]
    [TestCase("Instellingsbesluit")]
    [TestCase("Tijdelijke-regeling")]
    public void Knows_generic_words(string word)
    {
        Assert.That(generator::Citaties.BwbTitles.GenericNames.IsGenericWord(word), Is.True);
    }

    [TestCase("Opiumwet")]
    [TestCase("Kieswet")]
    [TestCase("Drinkwaterbesluit")]
    [TestCase("Wet op de rechterlijke organisatie")]
    [TestCase("Uitvoeringsregeling Awb")]
    public void Keeps_names(string title)
    {
        Assert.That(generator::Citaties.BwbTitles.GenericNames.IsGenericWord(title), Is.False);
    }

    [Test]
    public void A_row_without_a_usable_citation_title_is_found_by_its_long_title()
    {
        var row = new generator::Citaties.BwbTitles.TitleRow("BWBR0000001", "wet", "Wet invoering m", "Wet van 1 januari 1990 tot invoering van de m.e.r.");

        Assert.That(generator::Citaties.BwbTitles.TitleTable.TitleOf(row), Is.EqualTo(("Wet van 1 januari 1990 tot invoering van de m.e.r.", GeneratedFlags.LongTitle)));
    }

    [Test]
    public void A_one_word_long_title_is_not_a_name()
    {
        var row = new generator::Citaties.BwbTitles.TitleRow("BWBR0000002", "beleidsregel", string.Empty, "Huurbeleid");

        Assert.That(generator::Citaties.BwbTitles.TitleTable.TitleOf(row), Is.EqualTo(("Huurbeleid", GeneratedFlags.NotAName)));
    }
}
