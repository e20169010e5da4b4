using Citaties.Kinds;
using Citaties.Scanning;

namespace Citaties.Tests.Scanning.FastPaths;

/// <summary>The article fast path on written-out forms: what it reads agrees with the grammar, and what it leaves to the grammar.</summary>
[TestFixture]
public class ArticleFastPathTests
{
    private static readonly string[] Read =
    {
        "artikel 125p Sv",
        "art. 6:162 BW",
        "Artikel 1:3, eerste lid, Awb",
        "artikel 2.1 Wet IB 2001",
        "artikel 10.6ter van de Wet",
        "Artikel I",
        "artikel 6, vierde lid, onderdeel c, van de Wet bestuursrechtelijke aanpak online kinderpornografisch materiaal",
        "artikel 5, eerste en derde lid, van die wet",
        "artikel 4, lid 2, onder b, Sr",
        "artikel 9, leden 1 en 3 tot, en met",
        "artikel 27, tweede tot en met het vierde lid, Sv",
        "artikel 8, aanhef en onder d, van het Wetboek van Strafrecht",
        "artikel 22c, eerste lid, eerste volzin, en tweede lid Sr",
        "artikel 13, onder 2°-5°, Sr",
        "de artikelen 12b en 12c",
        "artikelen 3 tot en met 5 Awb",
        "art. 16h t/m 16m Sv",
        "artikelen 10, 14a en 304 van het Wetboek van Strafrecht",
        "artikel 3:105 jo. 3:306 BW",
        "art. 3:105 jo. art. 3:306 BW",
        "artikel 12 (oud) Sv",
        "artikel 7, laatste zin, van de wet",
        "artt. 359a en 360 Sv, (oud)",
        "artikel 5 respectievelijk 6 van dit besluit",
        "artikel 90 sexies, eerste lid, Sr",
        "artikel 12 ter uitvoering van",
        "artikelen 14a, 38v, of 77x Sr",
        "artikel 77u of 77ee, eerste lid, in verband met artikel 14i Sr",
        "artikel 5 in verband met de vorige zin",
        "artikel 18f, eerste lid, juncto artikel 18d Sr",
        "artikel 162 van Boek 6 van het Burgerlijk Wetboek",
        "artikel 122, eerste lid, van Boek 10 Burgerlijk Wetboek",
        "artikel 349, lid 1, Boek 1, van het Burgerlijk Wetboek",
        "de artikelen 46 en 47, Boek 3, van het Burgerlijk Wetboek geldt",
        "artikel 5, Boek 3, van het Wetboek",
        "artikelen 63d, 156 en 266 van Boek 2 van het Burgerlijk Wetboek, voor zover",
        "artikel 771 van Boek 8 van dat Wetboek",
        "artikel 2, eerste lid, van het Besluit, aan welke",
        "artikel 4, lid 1, van de Richtlijn van de Raad van 19 december 1978",
        "artikel 1 van de Verordening Woonforensenbelasting 1992",
        "artikel 28 van Verordening (EU) 2022/2065",
        "artikel 3 Richtlijn 2000/31/EG",
        "artikel 3 lid 3 van de Richtlijn 93/13/EEG",
        "artikel 7 van Verordening (EG) nr. 2200/96",
        "artikel 4, lid 2, sub b, van richtlijn 69/335/EEG van de Raad van 17 juli 1969 betreffende de indirecte belastingen",
        "artikel 6 van Richtlijn 2019/790",
    };

    private static readonly string[] Declined =
    {
        "Enig artikel",
        "artikelsgewijs",
        "het artikel",
    };

    [TestCaseSource(nameof(Read))]
    public void Reads_what_the_grammar_reads(string text) =>
        FastPathCorpus.AssertAgrees(ArticleFamily.Instance, Window.Create(text.AsSpan(), 0, text.Length).Text, recognised: true);

    [TestCaseSource(nameof(Declined))]
    public void Leaves_the_rest_to_the_grammar(string text) =>
        Assert.That(ArticleFastPath.TryRead(text, out _, out _), Is.False);

    [Test]
    public void Builds_one_citation_for_a_list_with_the_shared_law()
    {
        Assert.That(ArticleFastPath.TryRead("de artikelen 10, 14a of 304 van het Wetboek van Strafrecht, dat", out var citations, out var end), Is.True);
        var article = citations.Cast<Citaties.Model.ArticleCitation>().Single();

        Assert.Multiple(() =>
        {
            Assert.That(article.Articles.Select(a => a.From), Is.EqualTo(new[] { "10", "14a", "304" }));
            Assert.That(article.LawText, Is.EqualTo("Wetboek van Strafrecht"));
            Assert.That(article.Conjunction, Is.EqualTo("of"));
            Assert.That(article.Span, Is.EqualTo(new Citaties.Model.TextSpan(3, "artikelen 10, 14a of 304 van het Wetboek van Strafrecht".Length)));
            Assert.That(end, Is.EqualTo("de artikelen 10, 14a of 304 van het Wetboek van Strafrecht".Length));
        });
    }

    [Test]
    public void Agreement_compares_every_field()
    {
        var first = FastPathAgreement.Describe(CitationFinder.Extract("artikel 6, eerste lid, Sv")[0]);
        var second = FastPathAgreement.Describe(CitationFinder.Extract("artikel 6, tweede lid, Sv")[0]);

        Assert.Multiple(() =>
        {
            Assert.That(first, Does.Contain("Paragraphs=[\"1\", ]"));
            Assert.That(first, Is.Not.EqualTo(second));
        });
    }
}
