using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Tests.Formatting;

/// <summary>Each article citation written in the three styles profiles will choose from.</summary>
[TestFixture]
public class ArticleFormatterTests
{
    [TestCase("artikel 6 lid 4 sub c Awb", "artikel 6, vierde lid, onderdeel c, Awb", "artikel 6, vierde lid, onderdeel c, Awb", "art. 6 lid 4 onder c Awb")]
    [TestCase("art. 6:162 BW", "artikel 6:162 BW", "artikel 162 van Boek 6 van het Burgerlijk Wetboek", "art. 6:162 BW")]
    [TestCase("artikel 5 Bekendmakingswet", "artikel 5 van de Bekendmakingswet", "artikel 5 van de Bekendmakingswet", "art. 5 Bekendmakingswet")]
    [TestCase("artikel 12 van het Besluit omgevingsrecht", "artikel 12 van het Besluit omgevingsrecht", "artikel 12 van het Besluit omgevingsrecht", "art. 12 Besluit omgevingsrecht")]
    [TestCase("de artikelen 3 t/m 5", "artikelen 3 tot en met 5", "artikelen 3 tot en met 5", "art. 3 t/m 5")]
    [TestCase("de artikelen 64 lid 2 en 65 Sr", "artikelen 64, tweede lid, en 65 Sr", "artikelen 64, tweede lid, en 65 Sr", "art. 64 lid 2 en 65 Sr")]
    [TestCase("artt. 3 sub a, 4 en 5 t/m 7 Sr", "artikelen 3, onderdeel a, 4 en 5 tot en met 7 Sr", "artikelen 3, onderdeel a, 4 en 5 tot en met 7 Sr", "art. 3 onder a, 4 en 5 t/m 7 Sr")]
    [TestCase("artikelen 6:162 lid 2 en 6:163 BW", "artikelen 6:162, tweede lid, en 6:163 BW", "artikelen 162, tweede lid, en 163 van Boek 6 van het Burgerlijk Wetboek", "art. 6:162 lid 2 en 6:163 BW")]
    [TestCase("artikel 5, tweede lid, van die wet", "artikel 5, tweede lid, van die wet", "artikel 5, tweede lid, van die wet", "art. 5 lid 2 van die wet")]
    [TestCase("art. 6 Richtlijn 2000/31/EG", "artikel 6 van Richtlijn 2000/31/EG", "artikel 6 van Richtlijn 2000/31/EG", "art. 6 Richtlijn 2000/31/EG")]
    [TestCase("Artikel I, onderdeel A", "Artikel I, onderdeel A", "Artikel I, onderdeel A", "Art. I onder A")]
    [TestCase("artikel 3, aanhef", "artikel 3, aanhef", "artikel 3, aanhef", "art. 3 aanhef")]
    [TestCase("artikel 3, subonderdelen 1° en 2°", "artikel 3, subonderdelen 1° en 2°", "artikel 3, subonderdelen 1° en 2°", "art. 3 onder 1° en 2°")]
    public void Writes_each_style(string text, string toelichting, string regeling, string literature)
    {
        var c = (ArticleCitation)CitationFinder.TryParse(text).Citation!;

        Assert.Multiple(() =>
        {
            Assert.That(c.Canonical, Is.EqualTo(toelichting));
            Assert.That(c.Format(ArticleStyle.Toelichting), Is.EqualTo(toelichting));
            Assert.That(c.Format(ArticleStyle.Regeling), Is.EqualTo(regeling));
            Assert.That(c.Format(ArticleStyle.Literature), Is.EqualTo(literature));
        });
    }
}
