using Citaties.Model;

namespace Citaties.Tests.Grammar;

/// <summary>
/// European case law in case citations: EU case numbers (alone, joined, after <c>zaak</c> or <c>gevoegde zaken</c>),
/// ECtHR application numbers and ECLIs of both courts, with their Curia and HUDOC links. Sentences from the
/// rechtspraak corpus (the tax decisions cite the Court of Justice often) and from the issue's own forms.
/// </summary>
[TestFixture]
public class EuropeanCaseGrammarTests
{
    private const string Curia = "https://curia.europa.eu/juris/liste.jsf?language=nl&num=";

    private static CaseCitation Case(string text) =>
        CitationFinder.Extract(text).OfType<CaseCitation>().Single();

    [Test]
    public void Reads_a_judgment_of_the_court_of_justice_with_case_number_ecli_and_pinpoint()
    {
        // Rechtspraak corpus: "HvJ 9 november 2017, C-298/16, ECLI:EU:C:2017:843, punt 32 en 33) waarin ..."
        var c = Case("HvJ 9 november 2017, C-298/16, ECLI:EU:C:2017:843, punt 32 en 33) waarin onder meer is overwogen");

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo("HvJ 9 november 2017, C-298/16, ECLI:EU:C:2017:843, punt 32 en 33"));
            Assert.That((c.CourtCountry, c.CourtCode), Is.EqualTo(("EU", "C")));
            Assert.That(c.CaseNumbers, Is.EqualTo(new[] { "C-298/16" }));
            Assert.That(c.Ecli!.Value, Is.EqualTo("ECLI:EU:C:2017:843"));
            Assert.That(c.Pinpoint, Is.EqualTo("punt 32 en 33"));
            Assert.That(c.Canonical, Is.EqualTo("HvJ 9 november 2017, C-298/16, ECLI:EU:C:2017:843, punt 32 en 33"));
            Assert.That(c.Links, Is.EqualTo(new[]
            {
                "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=ecli:ECLI:EU:C:2017:843",
                Curia + "C-298/16",
            }));
        });
    }

    [Test]
    public void Reads_a_nickname_and_the_conclusion_after_the_case_number()
    {
        // Rechtspraak corpus: "HvJ 13 december 2005, zaak C-446/03 (Marks & Spencer II), na conclusie Poiares Maduro, Jur. ..."
        var c = Case("HvJ 13 december 2005, zaak C-446/03 (Marks & Spencer II), na conclusie Poiares Maduro, Jur. 2005, blz. I-10837");

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo("HvJ 13 december 2005, zaak C-446/03 (Marks & Spencer II), na conclusie Poiares Maduro"));
            Assert.That(c.CaseNumbers, Is.EqualTo(new[] { "C-446/03" }));
            Assert.That(c.Nickname, Is.EqualTo("Marks & Spencer II"));
            Assert.That(c.Conclusion, Is.EqualTo("Poiares Maduro"));
            Assert.That(c.Canonical, Is.EqualTo("HvJ 13 december 2005, C-446/03 (concl. A-G Poiares Maduro) (Marks & Spencer II)"));
        });
    }

    [Test]
    public void Reads_the_non_breaking_hyphen_the_curia_prints()
    {
        // Rechtspraak corpus: "HvJ 23 oktober 2008, C‑157/07 (Krankenheim Ruhesitz), na conclusie Sharpston".
        var c = Case("HvJ 23 oktober 2008, C\u2011157/07 (Krankenheim Ruhesitz), na conclusie Sharpston");

        Assert.That((c.CaseNumbers.Single(), c.Nickname, c.Conclusion), Is.EqualTo(("C-157/07", "Krankenheim Ruhesitz", "Sharpston")));
    }

    [Test]
    public void Reads_joined_cases_standing_alone()
    {
        var c = Case("In de gevoegde zaken C-511/18, C-512/18 en C-520/18 heeft het Hof geoordeeld");

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo("gevoegde zaken C-511/18, C-512/18 en C-520/18"));
            Assert.That(c.CaseNumbers, Is.EqualTo(new[] { "C-511/18", "C-512/18", "C-520/18" }));
            Assert.That((c.Court, c.CourtCountry, c.CourtCode), Is.EqualTo(((string?)null, "EU", "C")));
            Assert.That(c.Canonical, Is.EqualTo("gevoegde zaken C-511/18, C-512/18 en C-520/18"));
            Assert.That(c.Links, Is.EqualTo(new[] { Curia + "C-511/18", Curia + "C-512/18", Curia + "C-520/18" }));
        });
    }

    [TestCase("zaak C-311/18", "C-311/18", "C", "zaak C-311/18")]
    [TestCase("C-311/18", "C-311/18", "C", "zaak C-311/18")]
    [TestCase("zaak T-604/18", "T-604/18", "T", "zaak T-604/18")]
    public void Reads_one_case_number_standing_alone(string text, string number, string court, string canonical)
    {
        var c = Case("Het arrest in " + text + " is duidelijk.");

        Assert.That((c.Text, c.CaseNumbers.Single(), c.CourtCode, c.Canonical), Is.EqualTo((text, number, court, canonical)));
    }

    [Test]
    public void Reads_a_case_number_followed_by_the_ecli_without_prefix()
    {
        // Rechtspraak corpus: "C-33/13, EU:C:2014:184, punt 37", the form of the Court of Justice itself.
        var c = Case("C-33/13, EU:C:2014:184, punt 37");

        Assert.Multiple(() =>
        {
            Assert.That(c.Ecli!.Value, Is.EqualTo("ECLI:EU:C:2014:184"));
            Assert.That(c.Ecli.HasPrefix, Is.False);
            Assert.That(c.Pinpoint, Is.EqualTo("punt 37"));
        });
    }

    [Test]
    public void Reads_the_court_of_justice_written_out()
    {
        // samples/wetsvoorstel.txt: "Zie ook HR 29 januari 2016, ECLI:NL:HR:2016:162, en Hof van Justitie 8 april 2014, ECLI:EU:C:2014:238."
        var c = CitationFinder.Extract("en Hof van Justitie 8 april 2014, ECLI:EU:C:2014:238.").OfType<CaseCitation>().Single();

        Assert.That((c.Court, c.CourtCode, c.Ecli!.Value), Is.EqualTo(("Hof van Justitie", "C", "ECLI:EU:C:2014:238")));
    }

    [Test]
    public void Does_not_take_the_caribbean_court_of_justice_for_the_eu_court()
    {
        var text = "het Gemeenschappelijk Hof van Justitie van Aruba, Curaçao, Sint Maarten en van Bonaire, Sint Eustatius en Saba 8 april 2014";

        Assert.That(CitationFinder.Extract(text).OfType<CaseCitation>(), Is.Empty);
    }

    [Test]
    public void Reads_the_general_court()
    {
        var c = Case("Gerecht EU 12 juli 2019, T-604/18, ECLI:EU:T:2019:123");

        Assert.That((c.Court, c.CourtCode, c.CaseNumbers.Single()), Is.EqualTo(("Gerecht EU", "T", "T-604/18")));
    }

    [Test]
    public void Reads_the_efta_court_without_an_ecli_court_code()
    {
        var c = Case("EFTA-Hof 14 december 2011, E-3/11");

        Assert.That((c.Court, c.CourtCode, c.Date), Is.EqualTo(("EFTA-Hof", (string?)null, (DateTime?)new DateTime(2011, 12, 14))));
    }

    [Test]
    public void Reads_an_ecthr_judgment_with_application_number_and_ecli()
    {
        var c = Case("EHRM 13 juli 2000, nr. 39221/98, ECLI:CE:ECHR:2000:0713JUD003922198 (Scozzari en Giunta/Italië)");

        Assert.Multiple(() =>
        {
            Assert.That((c.CourtCountry, c.CourtCode), Is.EqualTo(("CE", "ECHR")));
            Assert.That(c.CaseNumbers, Is.EqualTo(new[] { "39221/98" }));
            Assert.That(c.Ecli!.Value, Is.EqualTo("ECLI:CE:ECHR:2000:0713JUD003922198"));
            Assert.That(c.Nickname, Is.EqualTo("Scozzari en Giunta/Italië"));
            Assert.That(c.Canonical, Is.EqualTo("EHRM 13 juli 2000, nr. 39221/98, ECLI:CE:ECHR:2000:0713JUD003922198 (Scozzari en Giunta/Italië)"));
            Assert.That(c.Links, Is.EqualTo(new[]
            {
                "https://hudoc.echr.coe.int/eng#%7B%22ecli%22:%5B%22ECLI:CE:ECHR:2000:0713JUD003922198%22%5D%7D",
                "https://hudoc.echr.coe.int/eng#%7B%22appno%22:%5B%2239221/98%22%5D%7D",
            }));
        });
    }

    [TestCase("EHRM (GK) 4 december 2008, no. 30562/04 en 30566/04", new[] { "30562/04", "30566/04" })]
    [TestCase("EHRM 8 juni 1976, appl. no. 5100/71", new[] { "5100/71" })]
    public void Reads_application_numbers_with_their_labels(string text, string[] numbers)
    {
        Assert.That(Case(text).CaseNumbers, Is.EqualTo(numbers));
    }

    [Test]
    public void Reads_an_application_number_standing_alone_as_the_ecthrs()
    {
        var c = Case("Zie appl. no. 6289/73, Airey.");

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo("appl. no. 6289/73"));
            Assert.That((c.CourtCountry, c.CourtCode), Is.EqualTo(("CE", "ECHR")));
            Assert.That(c.Links, Is.EqualTo(new[] { "https://hudoc.echr.coe.int/eng#%7B%22appno%22:%5B%226289/73%22%5D%7D" }));
        });
    }

    [Test]
    public void Links_a_standalone_ecthr_ecli_to_hudoc()
    {
        var ecli = CitationFinder.Extract("ECLI:CE:ECHR:2016:0913JUD005054108").OfType<EcliCitation>().Single();

        Assert.That(ecli.Links, Is.EqualTo(new[] { "https://hudoc.echr.coe.int/eng#%7B%22ecli%22:%5B%22ECLI:CE:ECHR:2016:0913JUD005054108%22%5D%7D" }));
    }
}
