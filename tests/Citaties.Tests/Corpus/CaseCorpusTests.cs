using Citaties.Model;

namespace Citaties.Tests.Corpus;

/// <summary>
/// Case citations in the 100 decisions of corpus/rechtspraak: found where the decisions cite each other, the
/// Court of Justice and the journals, and the ECLIs and LJNs inside them found as citations of their own as well.
/// </summary>
[TestFixture]
public class CaseCorpusTests
{
    private static IEnumerable<(string Name, string Text)> Decisions()
    {
        var folder = CorpusPaths.RequireCorpus("rechtspraak");
        return Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)));
    }

    private static CaseCitation FindIn(string file, string text)
    {
        var source = File.ReadAllText(CorpusPaths.RequireCorpus("rechtspraak", file));
        return CitationFinder.Extract(source).OfType<CaseCitation>().First(c => c.Text == text);
    }

    [Test]
    public void Every_ecli_and_ljn_inside_a_case_citation_is_also_found_on_its_own()
    {
        var missing = new List<string>();
        var inside = 0;
        foreach (var (name, text) in Decisions())
        {
            var citations = CitationFinder.Extract(text);
            foreach (var c in citations.OfType<CaseCitation>())
            {
                if (c.Ecli is { } ecli)
                {
                    inside++;
                    var at = new TextSpan(c.Span.Start + ecli.Span.Start, ecli.Span.Length);
                    if (!citations.OfType<EcliCitation>().Any(e => e.Span == at && e.Value == ecli.Value))
                    {
                        missing.Add($"{name}: {c.Text}");
                    }
                }

                if (c.Ljn is { } ljn && !citations.OfType<LjnCitation>().Any(l => l.Value == ljn && c.Span.Contains(l.Span.Start)))
                {
                    missing.Add($"{name}: {c.Text}");
                }
            }
        }

        TestContext.Out.WriteLine($"{inside} ECLIs inside case citations");
        Assert.That(inside, Is.GreaterThan(20));
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Finds_case_citations_of_every_kind_of_head_and_none_overlapping()
    {
        var withCourt = 0;
        var reportsAlone = 0;
        var euAlone = 0;
        var overlapping = new List<string>();
        foreach (var (name, text) in Decisions())
        {
            var cases = CitationFinder.Extract(text).OfType<CaseCitation>().ToList();
            withCourt += cases.Count(c => c.Court is not null);
            reportsAlone += cases.Count(c => c.Court is null && c.Reports.Count > 0);
            euAlone += cases.Count(c => c.Court is null && c.HasEuCaseNumbers);
            overlapping.AddRange(cases.Zip(cases.Skip(1)).Where(p => p.First.Span.End > p.Second.Span.Start).Select(p => $"{name}: {p.First.Text}"));
            foreach (var c in cases)
            {
                Assert.That(text.Substring(c.Span.Start, c.Span.Length), Is.EqualTo(c.Text));
                Assert.That(c.Canonical, Is.Not.Empty);
            }
        }

        TestContext.Out.WriteLine($"with court and date: {withCourt}; journal report alone: {reportsAlone}; EU case number alone: {euAlone}");
        Assert.Multiple(() =>
        {
            Assert.That(withCourt, Is.GreaterThan(80));
            Assert.That(reportsAlone, Is.GreaterThan(10));
            Assert.That(euAlone, Is.GreaterThan(5));
            Assert.That(overlapping, Is.Empty);
        });
    }

    [Test]
    public void Reads_a_hoge_raad_citation_with_case_number_and_ecli()
    {
        var c = FindIn("ECLI_NL_GHAMS_2020_3025.txt", "HR 28 oktober 2016, 15/02940, ECLI:NL:HR:2016:2430");

        Assert.Multiple(() =>
        {
            Assert.That((c.CourtCode, c.Date), Is.EqualTo(("HR", (DateTime?)new DateTime(2016, 10, 28))));
            Assert.That(c.CaseNumbers, Is.EqualTo(new[] { "15/02940" }));
            Assert.That(c.Ecli!.Value, Is.EqualTo("ECLI:NL:HR:2016:2430"));
        });
    }

    [Test]
    public void Reads_a_court_of_justice_citation_with_nickname_and_conclusion()
    {
        var c = FindIn("ECLI_NL_PHR_2014_2.txt", "HvJ EU 27 november 2008, C-418/07 (Société Papillon), na conclusie Kokott");

        Assert.Multiple(() =>
        {
            Assert.That((c.CourtCountry, c.CourtCode), Is.EqualTo(("EU", "C")));
            Assert.That(c.CaseNumbers, Is.EqualTo(new[] { "C-418/07" }));
            Assert.That((c.Nickname, c.Conclusion), Is.EqualTo(("Société Papillon", "Kokott")));
        });
    }

    [Test]
    public void Reads_an_ljn_and_the_older_journal_form()
    {
        var c = FindIn("ECLI_NL_PHR_2011_BP5608.txt", "HR 9 juli 2004, LJN: AO7817, NJ 2005, 270 (OZ/[...])");

        Assert.Multiple(() =>
        {
            Assert.That(c.Ljn, Is.EqualTo("AO7817"));
            Assert.That(c.Reports.Single().OldForm, Is.True);
        });
    }
}
