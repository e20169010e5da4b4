using Citaties.Model;
using Citaties.Rules;

namespace Citaties.Tests.Rules;

[TestFixture]
public class PrecedingDateTests
{
    private static string? DateBefore(string text, string citationText)
    {
        var citations = CitationFinder.Extract(text);
        var context = new RuleContext(text, citations, LintOptions.Default, new List<Diagnostic>());
        var citation = citations.Last(c => c.Text == citationText);
        return PrecedingDate.Find(context, citation) is { } date ? text.Substring(date.Span.Start, date.Span.Length) : null;
    }

    [TestCase("HR 29 januari 2016, ECLI:NL:HR:2016:162", "ECLI:NL:HR:2016:162", "29 januari 2016")]
    [TestCase("Wet van 28 maart 1985, Stb. 180", "Stb. 180", "28 maart 1985")]
    [TestCase("HR 24 juni 2011, nr. 09/05115, na conclusie Wattel, ECLI:NL:HR:2011:BN3537", "ECLI:NL:HR:2011:BN3537", "24 juni 2011")]
    [TestCase("(zie HR 5 december 2008, nr. 43.219, ECLI:NL:HR:2008:BG5987)", "ECLI:NL:HR:2008:BG5987", "5 december 2008")]
    [TestCase("m.nt. W.D.H. Asser, HR 9 juli 2004. Zie ECLI:NL:HR:2004:AO7817", "ECLI:NL:HR:2004:AO7817", null)]
    [TestCase("HR 1 mei 2015, ECLI:NL:HR:2015:1 en ECLI:NL:HR:2016:2", "ECLI:NL:HR:2016:2", null)]
    [TestCase("Op 3 maart 2014 ingesteld. ECLI:NL:CRVB:2015:12", "ECLI:NL:CRVB:2015:12", null)]
    [TestCase("Op 3 maart 2014\r\nECLI:NL:CRVB:2015:12", "ECLI:NL:CRVB:2015:12", null)]
    [TestCase("Rb. Den Haag 20 maart 2013, ECLI:NL:RBDHA:2013:BZ7059", "ECLI:NL:RBDHA:2013:BZ7059", "20 maart 2013")]
    public void Finds_the_date_just_before_a_citation_in_the_same_sentence(string text, string citation, string? expected)
    {
        Assert.That(DateBefore(text, citation), Is.EqualTo(expected));
    }

    [Test]
    public void Looks_no_further_back_than_the_window()
    {
        var text = "3 maart 2014, " + new string('x', PrecedingDate.Window) + " ECLI:NL:CRVB:2015:12";

        Assert.That(DateBefore(text, "ECLI:NL:CRVB:2015:12"), Is.Null);
    }

    [Test]
    public void A_citation_marked_transparent_does_not_stand_between()
    {
        const string text = "HR 9 juli 2004, LJN AO7817, ECLI:NL:HR:2004:AO7817";
        var citations = CitationFinder.Extract(text);
        var context = new RuleContext(text, citations, LintOptions.Default, new List<Diagnostic>());
        var ecli = citations.OfType<EcliCitation>().Single();

        Assert.That(PrecedingDate.Find(context, ecli), Is.Null);
        Assert.That(PrecedingDate.Find(context, ecli, c => c is LjnCitation)!.Value.Year, Is.EqualTo(2004));
    }
}
