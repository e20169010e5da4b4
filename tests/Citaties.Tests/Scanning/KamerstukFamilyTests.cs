using Citaties.Model;

namespace Citaties.Tests.Scanning;

[TestFixture]
public class KamerstukFamilyTests
{
    [Test]
    public void Extracts_a_citation_split_over_a_line_break_with_its_exact_span()
    {
        const string text = "Tijdens het Algemeen Overleg Mensenhandel op 5 december 2019 (Kamerstuk 28 \n638, nr. 178) heeft";

        var citations = CitationFinder.Extract(text);

        Assert.That(citations, Has.Count.EqualTo(1));
        var start = text.IndexOf("Kamerstuk", StringComparison.Ordinal);
        Assert.That(citations[0].Span, Is.EqualTo(new TextSpan(start, "Kamerstuk 28 \n638, nr. 178".Length)));
        Assert.That(citations[0].Text, Is.EqualTo("Kamerstuk 28 \n638, nr. 178"));
        Assert.That(citations[0].Canonical, Is.EqualTo("Kamerstuk 28 638, nr. 178"));
    }

    [Test]
    public void Extracts_an_appendix_from_its_prefix()
    {
        const string text = "onderzoek ‘Prostitutie in Nederland anno 2014’; bijlage bij Kamerstuk 34193, nr. 1). ";

        var citation = (KamerstukCitation)CitationFinder.Extract(text).Single();

        Assert.That(citation.Text, Is.EqualTo("bijlage bij Kamerstuk 34193, nr. 1"));
        Assert.That(citation.Appendix, Is.True);
    }

    [Test]
    public void Extracts_several_citations_in_a_footnote()
    {
        const string text = "Kamerstukken II, 1992-1993, 22696, nr. 3, blz. 12-14; Kamerstukken II, 1993-1994, nr. 6, blz. 19-21.";

        var citations = CitationFinder.Extract(text);

        Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[]
        {
            "Kamerstukken II, 1992-1993, 22696, nr. 3, blz. 12-14",
            "Kamerstukken II, 1993-1994, nr. 6, blz. 19-21",
        }));
    }

    [Test]
    public void Extracts_bare_ids_after_a_spaced_dash_as_in_handelingen_lists()
    {
        const string text = "Aanvulling geannoteerde agenda Raad Algemene Zaken van 20 maart 2018 - 21501-02-1855\nGenX concentraties Zeeland – 28089-75\n";

        var citations = CitationFinder.Extract(text).Cast<KamerstukCitation>().ToList();

        Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[] { "21501-02-1855", "28089-75" }));
        Assert.That(citations[0].Span.Start, Is.EqualTo(text.IndexOf("21501", StringComparison.Ordinal)));
        Assert.That(citations[0].Canonical, Is.EqualTo("Kamerstuk 21 501-02, nr. 1855"));
        Assert.That(citations[1].Links, Is.EqualTo(new[] { "https://zoek.officielebekendmakingen.nl/kst-28089-75.html" }));
        Assert.That(citations.All(c => c.Label is null && c.HyphenId), Is.True);
    }

    [Test]
    public void Extracts_bare_ids_in_brackets()
    {
        const string text = "de motie (35300-A, nr. 15) en de motie (21501-20, nr. 1471) en (34722-1; 33997-95; 23908-(R1519)-131).";

        var citations = CitationFinder.Extract(text).Cast<KamerstukCitation>().ToList();

        Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[] { "35300-A, nr. 15", "21501-20, nr. 1471", "34722-1", "33997-95", "23908-(R1519)-131" }));
        Assert.That(citations.Select(c => c.Dossiers[0].Suffix), Is.EqualTo(new[] { "A", "20", null, null, "R1519" }));
    }

    [Test]
    public void Extracts_a_list_of_bare_ids_after_a_colon()
    {
        const string text = "Ik deel mee dat de volgende aangehouden moties zijn vervallen: 34775-42; 34734-25; 30234-172.";

        var citations = CitationFinder.Extract(text);

        Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[] { "34775-42", "34734-25", "30234-172" }));
    }

    [TestCase("Het gaat om 12345 euro in de periode 2019-2020 (zie de tabel).")]
    [TestCase("De kamerstukken waarin dit staat, zijn openbaar.")]
    [TestCase("In de Kamerstukken II 2019/20. staat het niet.")]
    [TestCase("Een bijlage bij de brief.")]
    [TestCase("Het sub-dossier (21501-08) en de dossiers - 21501-08 zonder nummer.")]
    [TestCase("Kenmerk: 12345-2019 is geen lijst.")]
    [TestCase("ID: h-tk-20172018-70-14")]
    [TestCase("De uitkomst van TK-leden en tk 5.")]
    [TestCase("Kamerstuk 123")]
    public void Finds_no_kamerstuk_in_text_that_only_resembles_one(string text)
    {
        Assert.That(CitationFinder.Extract(text).Where(c => c.Kind == CitationKind.Kamerstuk), Is.Empty);
    }

    // Failures of ParliamentaryPropertyTests.The_canonical_form_parses_back_to_itself, kept as fixed cases.
    [TestCase("TK II 34193\u2013D", "Kamerstukken II, 34 193-D")]
    [TestCase("Kamerstuk 34 193-D", "Kamerstukken 34 193-D")]
    [TestCase("Kamerstukken 35 300 C", "Kamerstukken 35 300-C")]
    [TestCase("Kamerstukken II 2023/24, 36 200 IXB, nr. 12", "Kamerstukken II 2023/24, 36 200 IXB, nr. 12")]
    public void Writes_a_fund_letter_after_a_hyphen_and_reads_it_back(string text, string canonical)
    {
        var citation = (KamerstukCitation)CitationFinder.Extract(text).Single();

        Assert.That(citation.Canonical, Is.EqualTo(canonical));
        var again = CitationFinder.TryParse(canonical);
        Assert.That(again.Success, Is.True, again.Error?.Message);
        Assert.That(again.Citation!.Canonical, Is.EqualTo(canonical));
        var dossier = ((KamerstukCitation)again.Citation).Dossiers.Single();
        Assert.That((dossier.Number, dossier.Suffix), Is.EqualTo((citation.Dossiers[0].Number, citation.Dossiers[0].Suffix)));
    }

    [TestCase("TK II nrs. D")]
    [TestCase("bijlage bij Kamerstukken nr. VV")]
    [TestCase("bijlage bij kamerbrief nrs. II")]
    [TestCase("TK VV nrs. II")]
    [TestCase("Kamerstukken nr. 5")]
    [TestCase("bijlage bij kamerbrief nr. 3")]
    public void Finds_no_kamerstuk_without_a_dossier_unless_a_numbered_paper_of_a_chamber_or_year(string text)
    {
        Assert.That(CitationFinder.Extract(text).Where(c => c.Kind == CitationKind.Kamerstuk), Is.Empty);
        Assert.That(CitationFinder.TryParse(text).Success, Is.False);
    }

    [TestCase("TK II nr. 6", "Kamerstukken II, nr. 6")]
    [TestCase("Kamerstukken II, 1993-1994, nr. 6, blz. 19-21", "Kamerstukken II 1993/94, nr. 6, p. 19-21")]
    public void Keeps_a_numbered_paper_of_a_chamber_or_year_without_a_dossier(string text, string canonical)
    {
        AssertFindsAndReadsBack(text, text, canonical);
    }

    [TestCase("(21501-02-1855, D)", "21501-02-1855", "Kamerstuk 21 501-02, nr. 1855")]
    [TestCase("Kamerstuk 21501-02-1855, TK", "Kamerstuk 21501-02-1855", "Kamerstuk 21 501-02, nr. 1855")]
    [TestCase("Kamerstuk 36100-3, D", "Kamerstuk 36100-3", "Kamerstuk 36 100, nr. 3")]
    [TestCase("Kamerstuk 31700-VI-D, nr. 5", "Kamerstuk 31700-VI-D", "Kamerstuk 31 700 VI, D")]
    [TestCase("Kamerstuk 51999-2000-VI", "Kamerstuk 51999-2000", "Kamerstuk 51 999, nr. 2000")]
    [TestCase("Kamerstuk 36100-3-5, D", "Kamerstuk 36100-3-5", "Kamerstuk 36 100-3, nr. 5")]
    public void Ends_a_hyphen_id_before_a_capital_word_after_it(string text, string found, string canonical)
    {
        AssertFindsAndReadsBack(text, found, canonical);
    }

    [TestCase("Kamerstukken I 2019/20, 35 300, nrs. 5 en D", "Kamerstukken I 2019/20, 35 300, nrs. 5", "Kamerstukken I 2019/20, 35 300, nr. 5")]
    [TestCase("Kamerstukken I 2019/20, 35 300, nr. 5; nr. D", "Kamerstukken I 2019/20, 35 300, nr. 5", "Kamerstukken I 2019/20, 35 300, nr. 5")]
    [TestCase("Kamerstukken I 2019/20, 35 300, nr. D-07", "Kamerstukken I 2019/20, 35 300, nr. D", "Kamerstukken I 2019/20, 35 300, D")]
    [TestCase("Kamerstukken I 2019/20, 35 300, D, p. 4", "Kamerstukken I 2019/20, 35 300, D, p. 4", "Kamerstukken I 2019/20, 35 300, D, p. 4")]
    public void Reads_an_eerste_kamer_letter_only_on_its_own(string text, string found, string canonical)
    {
        AssertFindsAndReadsBack(text, found, canonical);
    }

    /// <summary>The one Kamerstuk in <paramref name="text"/> is <paramref name="found"/>, and its canonical form reads back to itself.</summary>
    private static void AssertFindsAndReadsBack(string text, string found, string canonical)
    {
        var citation = CitationFinder.Extract(text).Single(c => c.Kind == CitationKind.Kamerstuk);

        Assert.That(citation.Text, Is.EqualTo(found));
        Assert.That(citation.Canonical, Is.EqualTo(canonical));
        var again = CitationFinder.TryParse(canonical);
        Assert.That(again.Success, Is.True, again.Error?.Message);
        Assert.That(again.Citation!.Canonical, Is.EqualTo(canonical));
    }

    [Test]
    public void Never_throws_on_a_cut_off_citation()
    {
        foreach (var text in new[] { "Kamerstuk 28 638 nr", "Kamerstukken II 2018/19,", "(", " - ", "(12345-", "bijlage bij", "TK ", "Handelingen II 2019/", "Aanh. Hand" })
        {
            Assert.DoesNotThrow(() => CitationFinder.Extract(text), text);
            Assert.DoesNotThrow(() => CitationFinder.TryParse(text), text);
        }
    }
}
