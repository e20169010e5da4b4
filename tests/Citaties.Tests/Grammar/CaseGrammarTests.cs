using Citaties.Model;

namespace Citaties.Tests.Grammar;

/// <summary>
/// Case citations (citation-rules.md 7.1), each test on a sentence as written in a decision of the rechtspraak corpus
/// (file named) or an example of the Leidraad (via citation-rules.md 7.1): the fields and the canonical form.
/// </summary>
[TestFixture]
public class CaseGrammarTests
{
    private static CaseCitation Case(string text) =>
        CitationFinder.Extract(text).OfType<CaseCitation>().Single();

    [Test]
    public void Reads_a_hoge_raad_citation_with_ecli_and_pinpoint()
    {
        // Leidraad example, citation-rules.md 14.
        var c = Case("HR 29 januari 2016, ECLI:NL:HR:2016:162, r.o. 3.8");

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo("HR 29 januari 2016, ECLI:NL:HR:2016:162, r.o. 3.8"));
            Assert.That(c.Court, Is.EqualTo("HR"));
            Assert.That((c.CourtCountry, c.CourtCode), Is.EqualTo(("NL", "HR")));
            Assert.That(c.Date, Is.EqualTo(new DateTime(2016, 1, 29)));
            Assert.That(c.Ecli!.Value, Is.EqualTo("ECLI:NL:HR:2016:162"));
            Assert.That(c.Ecli.Span, Is.EqualTo(new TextSpan(20, 19)), "relative to the case citation");
            Assert.That(c.Pinpoint, Is.EqualTo("r.o. 3.8"));
            Assert.That(c.Canonical, Is.EqualTo("HR 29 januari 2016, ECLI:NL:HR:2016:162, r.o. 3.8"));
            Assert.That(c.Links, Is.EqualTo(new[] { "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2016:162" }));
        });
    }

    [Test]
    public void Reads_case_number_ecli_and_pinpoint_as_the_hoge_raad_writes_them()
    {
        // ECLI_NL_GHSHE_2018_4116: "... (vgl. HR 12 juli 2013, nr. 11/04625, ECLI:NL:HR:2013:29, r.o. 3.3.1.3)."
        var c = Case("(vgl. HR 12 juli 2013, nr. 11/04625, ECLI:NL:HR:2013:29, r.o. 3.3.1.3).");

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo("HR 12 juli 2013, nr. 11/04625, ECLI:NL:HR:2013:29, r.o. 3.3.1.3"));
            Assert.That(c.CaseNumbers, Is.EqualTo(new[] { "11/04625" }));
            Assert.That(c.Ecli!.Value, Is.EqualTo("ECLI:NL:HR:2013:29"));
            Assert.That(c.Pinpoint, Is.EqualTo("r.o. 3.3.1.3"));
            Assert.That(c.Canonical, Is.EqualTo("HR 12 juli 2013, 11/04625, ECLI:NL:HR:2013:29, r.o. 3.3.1.3"));
        });
    }

    [Test]
    public void Reads_an_unlabelled_case_number_before_the_ecli()
    {
        // "HR 29 mei 2015, 13/04993, ECLI:NL:HR:2015:1360)" in the rechtspraak corpus.
        var c = Case("HR 29 mei 2015, 13/04993, ECLI:NL:HR:2015:1360)");

        Assert.That(c.CaseNumbers, Is.EqualTo(new[] { "13/04993" }));
        Assert.That(c.Ecli!.Value, Is.EqualTo("ECLI:NL:HR:2015:1360"));
    }

    [Test]
    public void Reads_the_conclusion_of_the_advocate_general()
    {
        // Scribbr example, citation-rules.md 7.1.
        var c = Case("PHR 29 september 2020, ECLI:NL:PHR:2020:841 (concl. A-G B.F. Keulen)");

        Assert.Multiple(() =>
        {
            Assert.That((c.Court, c.CourtCode), Is.EqualTo(("PHR", "PHR")));
            Assert.That(c.Conclusion, Is.EqualTo("B.F. Keulen"));
            Assert.That(c.Canonical, Is.EqualTo("PHR 29 september 2020, ECLI:NL:PHR:2020:841 (concl. A-G B.F. Keulen)"));
        });
    }

    [Test]
    public void Reads_a_district_court_with_its_sitting_place()
    {
        // Leidraad example, citation-rules.md 7.1.
        var c = Case("Rb. Den Haag (zittingsplaats Amsterdam) 20 maart 2013, ECLI:NL:RBDHA:2013:BZ7059");

        Assert.Multiple(() =>
        {
            Assert.That(c.Court, Is.EqualTo("Rb. Den Haag"));
            Assert.That(c.Location, Is.EqualTo("Amsterdam"));
            Assert.That((c.CourtCountry, c.CourtCode), Is.EqualTo(("NL", "RBDHA")));
            Assert.That(c.Canonical, Is.EqualTo("Rb. Den Haag (zittingsplaats Amsterdam) 20 maart 2013, ECLI:NL:RBDHA:2013:BZ7059"));
        });
    }

    [TestCase("ABRvS 10 maart 2021, ECLI:NL:RVS:2021:525", "ABRvS", "RVS")]
    [TestCase("CRvB 1 juli 2019, ECLI:NL:CRVB:2019:2016", "CRvB", "CRVB")]
    [TestCase("CBb 14 mei 1996, ECLI:NL:CBB:1996:ZG0749", "CBb", "CBB")]
    [TestCase("Hof Arnhem-Leeuwarden 5 juni 2018, ECLI:NL:GHARL:2018:5063", "Hof Arnhem-Leeuwarden", "GHARL")]
    [TestCase("Gerechtshof Amsterdam 22 december 2016, ECLI:NL:GHAMS:2016:5574", "Hof Amsterdam", "GHAMS")]
    [TestCase("Hof 's-Gravenhage 24 september 1963, te kennen uit HR 5 februari 1964", "Hof 's-Gravenhage", "GHSGR")]
    [TestCase("Rb. Amsterdam 3 maart 2020, ECLI:NL:RBAMS:2020:1234", "Rb. Amsterdam", "RBAMS")]
    public void Resolves_the_instance_to_its_ecli_court_code(string text, string court, string code)
    {
        var c = CitationFinder.Extract(text).OfType<CaseCitation>().First();

        Assert.That((c.Court, c.CourtCountry, c.CourtCode), Is.EqualTo((court, "NL", code)));
    }

    [Test]
    public void Reads_a_qualifier_after_the_instance()
    {
        var c = Case("ABRvS (vzr.) 10 maart 2021, ECLI:NL:RVS:2021:525, AB 2021/300, m.nt. J.G. Brouwer");

        Assert.Multiple(() =>
        {
            Assert.That(c.Qualifier, Is.EqualTo("vzr."));
            Assert.That(c.CourtCode, Is.EqualTo("RVS"));
            Assert.That(c.Reports.Single(), Is.EqualTo(new CaseReport { Journal = "AB", Year = 2021, Number = "300", Annotator = "J.G. Brouwer" }));
            Assert.That(c.Canonical, Is.EqualTo("ABRvS (vzr.) 10 maart 2021, ECLI:NL:RVS:2021:525, AB 2021/300, m.nt. J.G. Brouwer"));
        });
    }

    [Test]
    public void Reads_the_older_journal_form_with_an_ljn_and_a_nickname()
    {
        // ECLI_NL_GHARL_2013_BZ9955-style text: "HR 9 juli 2004, LJN: AO7817, NJ 2005, 270 (OZ/[...])".
        var c = Case("HR 9 juli 2004, LJN: AO7817, NJ 2005, 270 (OZ/[...]) heeft");

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo("HR 9 juli 2004, LJN: AO7817, NJ 2005, 270 (OZ/[...])"));
            Assert.That(c.Ljn, Is.EqualTo("AO7817"));
            Assert.That(c.Reports.Single(), Is.EqualTo(new CaseReport { Journal = "NJ", Year = 2005, Number = "270", OldForm = true }));
            Assert.That(c.Nickname, Is.EqualTo("OZ/[...]"));
            Assert.That(c.Canonical, Is.EqualTo("HR 9 juli 2004, LJN AO7817, NJ 2005, 270 (OZ/[...])"));
        });
    }

    [TestCase("HR 1 november 1991, NJ 1992,30", "NJ", 1992, "30", true)]
    [TestCase("HR 22 april 1983, NJ 1984/145)", "NJ", 1984, "145", false)]
    [TestCase("HR 18 oktober 2002, JOR 2003, 22)", "JOR", 2003, "22", true)]
    [TestCase("HR 15 juni 1955, BNB 1955/338)", "BNB", 1955, "338", false)]
    public void Reads_journal_reports_in_both_forms(string text, string journal, int year, string number, bool oldForm)
    {
        var report = Case(text).Reports.Single();

        Assert.That((report.Journal, report.Year, report.Number, report.OldForm), Is.EqualTo((journal, year, number, oldForm)));
    }

    [Test]
    public void Reads_several_reports_with_annotators()
    {
        // Rechtspraak corpus: "BNB 2001/345, met noot Weeghel, V-N 2001/24.16".
        var c = Case("HR 14 maart 2001, BNB 2001/345, met noot Weeghel, V-N 2001/24.16");

        Assert.Multiple(() =>
        {
            Assert.That(c.Reports, Has.Count.EqualTo(2));
            Assert.That(c.Reports[0].Annotator, Is.EqualTo("Weeghel"));
            Assert.That((c.Reports[1].Journal, c.Reports[1].Number), Is.EqualTo(("V-N", "24.16")));
            Assert.That(c.Canonical, Is.EqualTo("HR 14 maart 2001, BNB 2001/345, m.nt. Weeghel, V-N 2001/24.16"));
        });
    }

    [Test]
    public void Reads_a_starred_report_and_an_annotator_with_initials_and_particle()
    {
        // Rechtspraak corpus: "HR 18 februari 1987, BNB 1988/248* m.nt. N. H. de Vries".
        var report = Case("HR 18 februari 1987, BNB 1988/248* m.nt. N. H. de Vries.").Reports.Single();

        Assert.That((report.Number, report.Starred, report.Annotator), Is.EqualTo(("248", true, "N. H. de Vries")));
    }

    [TestCase("NJ 2017/13", "NJ", 2017, "13")]
    [TestCase("AB 2021/300", "AB", 2021, "300")]
    [TestCase("JB 2015/123", "JB", 2015, "123")]
    [TestCase("RvdW 2016/812", "RvdW", 2016, "812")]
    [TestCase("JAR 2019/45", "JAR", 2019, "45")]
    [TestCase("NJB 2016/1520", "NJB", 2016, "1520")]
    [TestCase("Gst. 2012/102", "Gst.", 2012, "102")]
    [TestCase("BR 2015/40", "BR", 2015, "40")]
    [TestCase("EHRC 2018/12", "EHRC", 2018, "12")]
    [TestCase("USZ 2017/99", "USZ", 2017, "99")]
    [TestCase("RSV 2014/200", "RSV", 2014, "200")]
    [TestCase("V-N 2016/12.7", "V-N", 2016, "12.7")]
    [TestCase("NJ 1994, 233", "NJ", 1994, "233")]
    public void Reads_a_journal_report_standing_alone(string text, string journal, int year, string number)
    {
        var c = Case("Zie " + text + " en verder.");

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo(text));
            Assert.That(c.Court, Is.Null);
            Assert.That(c.Date, Is.Null);
            Assert.That((c.Reports.Single().Journal, c.Reports.Single().Year, c.Reports.Single().Number), Is.EqualTo((journal, year, number)));
            Assert.That(c.Canonical, Is.EqualTo(text));
            Assert.That(c.Links, Is.Empty);
        });
    }

    [Test]
    public void Reads_court_and_date_standing_alone()
    {
        var c = Case("Anders dan in HR 8 juli 2016 oordeelde de Hoge Raad");

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo("HR 8 juli 2016"));
            Assert.That(c.Date, Is.EqualTo(new DateTime(2016, 7, 8)));
            Assert.That(c.Ecli, Is.Null);
            Assert.That(c.Canonical, Is.EqualTo("HR 8 juli 2016"));
            Assert.That(c.Links, Is.Empty);
        });
    }

    [Test]
    public void Keeps_a_date_the_month_lacks_without_making_it_a_date()
    {
        var c = Case("HR 31 juni 2016, ECLI:NL:HR:2016:1");

        Assert.That((c.Day, c.Month, c.Year, c.Date), Is.EqualTo(((int?)31, (int?)6, (int?)2016, (DateTime?)null)));
    }

    [Test]
    public void Returns_the_ecli_inside_a_case_citation_also_on_its_own()
    {
        const string text = "Zie HR 29 januari 2016, ECLI:NL:HR:2016:162, r.o. 3.8.";

        var citations = CitationFinder.Extract(text);

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => c.Kind), Is.EqualTo(new[] { CitationKind.Case, CitationKind.Ecli }));
            var ecli = (EcliCitation)citations[1];
            Assert.That(ecli.Text, Is.EqualTo("ECLI:NL:HR:2016:162"));
            Assert.That(ecli.Span.Start, Is.EqualTo(text.IndexOf("ECLI", StringComparison.Ordinal)));
            Assert.That(((CaseCitation)citations[0]).Ecli!.Value, Is.EqualTo(ecli.Value));
        });
    }

    [Test]
    public void Returns_every_ecli_and_ljn_of_a_case_citation_on_its_own()
    {
        var citations = CitationFinder.Extract("HR 9 juli 2004, LJN: AO7817, ECLI:NL:HR:2004:AO7817, ECLI:NL:PHR:2004:AO7817, NJ 2005, 270");

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => c.Kind), Is.EqualTo(new[] { CitationKind.Case, CitationKind.Ljn, CitationKind.Ecli, CitationKind.Ecli }));
            Assert.That(((CaseCitation)citations[0]).Ecli!.Value, Is.EqualTo("ECLI:NL:HR:2004:AO7817"));
            Assert.That(citations.OfType<EcliCitation>().Select(e => e.Value), Is.EqualTo(new[] { "ECLI:NL:HR:2004:AO7817", "ECLI:NL:PHR:2004:AO7817" }));
        });
    }

    [TestCase("het hof Amsterdam heeft op 8 juli 2016 beslist")]
    [TestCase("Hof Aan belanghebbende is over het tijdvak 1 januari 1989 een aanslag opgelegd")]
    [TestCase("In deze zaak is op 3 maart 2014 beslist; de zaken C en D volgen.")]
    [TestCase("De HR heeft dat niet gedaan. Het NJ-nummer ontbreekt, ab 2016 niet meer.")]
    [TestCase("Hof Amsterdam verwezen zaken op 9 januari 2014")]
    public void Finds_nothing_in_prose(string text)
    {
        Assert.That(CitationFinder.Extract(text).OfType<CaseCitation>(), Is.Empty);
    }

    [Test]
    public void Reads_a_date_with_the_month_as_a_number()
    {
        // "ECLI:NL:CRVB:2014:1663, 11-17 WW-V, CRvB 14-05-2014" in ECLI_NL_CRVB_2012_BY5954.
        var c = Case("zie uitspraak CRvB 14-05-2014, ECLI:NL:CRVB:2014:1663");

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo("CRvB 14-05-2014, ECLI:NL:CRVB:2014:1663"));
            Assert.That(c.Date, Is.EqualTo(new DateTime(2014, 5, 14)));
            Assert.That(c.DateSpan, Is.EqualTo(new TextSpan(5, 10)));
            Assert.That(c.Canonical, Is.EqualTo("CRvB 14 mei 2014, ECLI:NL:CRVB:2014:1663"));
        });
    }

    [TestCase("HR 8-7/2016, NJ 2017/13")]
    [TestCase("HR 8-13-2016, NJ 2017/13")]
    public void A_numeric_date_with_mixed_separators_or_a_thirteenth_month_is_no_date(string text)
    {
        Assert.That(CitationFinder.Extract(text).OfType<CaseCitation>().Single().Court, Is.Null, "only the report is a citation");
    }

    [Test]
    public void Reads_an_instance_without_a_date_before_an_ecli()
    {
        var c = Case("Zie HR, ECLI:NL:HR:2016:162, r.o. 3.8.");

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo("HR, ECLI:NL:HR:2016:162, r.o. 3.8"));
            Assert.That((c.Court, c.CourtCode), Is.EqualTo(("HR", "HR")));
            Assert.That((c.Day, c.Month, c.Year, c.DateSpan), Is.EqualTo(((int?)null, (int?)null, (int?)null, (TextSpan?)null)));
            Assert.That(c.Ecli!.Value, Is.EqualTo("ECLI:NL:HR:2016:162"));
            Assert.That(c.Canonical, Is.EqualTo("HR, ECLI:NL:HR:2016:162, r.o. 3.8"));
        });
    }

    [Test]
    public void Reads_a_placed_court_with_the_year_alone_before_an_ecli()
    {
        var c = Case("Rb. Amsterdam 2016, ECLI:NL:RBAMS:2016:123");

        Assert.Multiple(() =>
        {
            Assert.That((c.Court, c.CourtCode), Is.EqualTo(("Rb. Amsterdam", "RBAMS")));
            Assert.That((c.Day, c.Month, c.Year), Is.EqualTo(((int?)null, (int?)null, (int?)2016)));
            Assert.That(c.Canonical, Is.EqualTo("Rb. Amsterdam 2016, ECLI:NL:RBAMS:2016:123"));
        });
    }

    [TestCase("De HR, zo blijkt uit het arrest, oordeelde anders.")]
    [TestCase("Het HR, NJ en AB zijn afkortingen.")]
    [TestCase("HR 2016, r.o. 3.8")]
    public void An_instance_without_a_date_and_without_an_ecli_is_no_citation(string text)
    {
        Assert.That(CitationFinder.Extract(text).OfType<CaseCitation>().Where(c => c.Court is not null), Is.Empty);
    }
}
