using Citaties.Kinds;
using Sprache;

namespace Citaties.Tests.Grammar;

/// <summary>Where a law name ends when no catalog tells: the heuristic of <see cref="LawNameScanner"/>.</summary>
[TestFixture]
public class LawNameScannerTests
{
    private static NamedLaw? Scan(string text)
    {
        var result = LawNameScanner.Law(new Input(text));
        return result.WasSuccessful ? result.Value : null;
    }

    [TestCase("Sv (hierna)", "Sv")]
    [TestCase("DSA online platforms", "DSA")]
    [TestCase("Wet IB 2001 is", "Wet IB 2001")]
    [TestCase("Wet RO.", "Wet RO")]
    [TestCase("Iw 1990 en", "Iw 1990")]
    [TestCase("WvSv", "WvSv")]
    [TestCase("F heeft", "F")]
    [TestCase("Wet Vpb 1969", "Wet Vpb 1969")]
    public void Reads_abbreviations(string text, string expected)
    {
        Assert.That(Scan(text), Is.EqualTo(new NamedLaw(expected, true)));
    }

    [TestCase("Wet bestuursrechtelijke aanpak online kinderpornografisch materiaal moet de ATKM", "Wet bestuursrechtelijke aanpak online kinderpornografisch materiaal")]
    [TestCase("Wetboek van Strafvordering (hierna: Sv)", "Wetboek van Strafvordering")]
    [TestCase("Algemene wet bestuursrecht het bestuursorgaan", "Algemene wet bestuursrecht")]
    [TestCase("Algemene wet bestuursrecht en de Wet open overheid", "Algemene wet bestuursrecht")]
    [TestCase("Wet op de rechterlijke organisatie, dat", "Wet op de rechterlijke organisatie")]
    [TestCase("Verdrag betreffende de werking van de Europese Unie (hierna: VWEU)", "Verdrag betreffende de werking van de Europese Unie")]
    [TestCase("Wet werk en inkomen naar arbeidsvermogen heeft", "Wet werk en inkomen naar arbeidsvermogen")]
    [TestCase("Drank- en horecawet is", "Drank- en horecawet")]
    [TestCase("Mediawet 2008 voor", "Mediawet 2008")]
    [TestCase("Wet publieke gezondheid bepaald", "Wet publieke gezondheid")]
    [TestCase("Grondwet faalt", "Grondwet")]
    [TestCase("Wet daardoor niet", "Wet")]
    [TestCase("Regeling vastgesteld", "Regeling")]
    [TestCase("Wetboek van Strafrecht vallen", "Wetboek van Strafrecht")]
    [TestCase("Zesde richtlijn", "Zesde richtlijn")]
    [TestCase("Wet op de identificatieplicht ter inzage aanbiedt", "Wet op de identificatieplicht ter inzage")]
    [TestCase("Wet op de rechtsbijstand van toepassing", "Wet op de rechtsbijstand")]
    [TestCase("Wet werk en bijstand, artikel 37", "Wet werk en bijstand")]
    [TestCase("Wet bestuursrecht afwijzend", "Wet bestuursrecht")]
    [TestCase("Wetboek van Strafrecht staande", "Wetboek van Strafrecht")]
    public void Ends_a_title_where_prose_takes_over(string text, string expected)
    {
        Assert.That(Scan(text), Is.EqualTo(new NamedLaw(expected, false)));
    }

    [TestCase("Europese Commissie heeft")]
    [TestCase("De minister")]
    [TestCase("Algemene Voorwaarden")]
    [TestCase("minister")]
    [TestCase("Uitv.besch. I.B.")]
    [TestCase("I.B. '64")]
    [TestCase("(hierna: Sv)")]
    public void Reads_no_law_where_there_is_none(string text)
    {
        Assert.That(Scan(text), Is.Null);
    }

    [TestCase("Sv", true)]
    [TestCase("Awb", true)]
    [TestCase("UAVG", true)]
    [TestCase("Wet", false)]
    [TestCase("De", false)]
    [TestCase("Zesde", false)]
    [TestCase("Bekendmakingswet", false)]
    public void Tells_abbreviation_tokens(string token, bool expected)
    {
        Assert.That(LawNameScanner.IsAbbreviationToken(token), Is.EqualTo(expected));
    }
}
