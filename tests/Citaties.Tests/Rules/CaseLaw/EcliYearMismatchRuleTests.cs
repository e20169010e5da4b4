using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Rules.CaseLaw;

[TestFixture]
public class EcliYearMismatchRuleTests
{
    [TestCase("HR 29 januari 2016, ECLI:NL:HR:2016:162, r.o. 3.8")]
    [TestCase("HR 29-01-2016, ECLI:NL:HR:2016:162")]
    [TestCase("HR 19 januari 2018, nr. 16/06245, ECLI:NL:HR:2018:51")]
    [TestCase("HvJ 9 november 2017, C-298/16, ECLI:EU:C:2017:843")]
    [TestCase("ECLI:NL:HR:2016:162")]
    public void A_date_in_the_ecli_year_or_no_date_gives_no_finding(string text)
    {
        Assert.That(Of("CIT3007", text), Is.Empty);
    }

    [Test]
    public void A_date_in_another_year_is_a_warning_at_the_ecli()
    {
        const string text = "HR 29 januari 2016, ECLI:NL:HR:2015:162.";

        var diagnostic = Of("CIT3007", text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "ECLI:NL:HR:2015:162")));
            Assert.That(diagnostic.Message, Is.EqualTo("De uitspraakdatum (29 januari 2016) valt niet in het jaar van de ECLI (2015)"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Kamerstuk)]
    public void Is_a_warning_in_every_profile(LintProfile profile)
    {
        Assert.That(Of("CIT3007", "HR 29 januari 2016, ECLI:NL:HR:2015:162", In(profile)).Single().Severity, Is.EqualTo(RuleSeverity.Warning));
    }

    [TestCase("HR 29-01-2016, ECLI:NL:HR:2015:162", "29-01-2016")]
    [TestCase("het arrest van de Hoge Raad van 19 februari 2016, nr. 14/03907, ECLI:NL:HR:2015:252", "19 februari 2016")]
    [TestCase("HR 9 juli 2004, LJN AO7817, ECLI:NL:HR:2003:AO7817", "9 juli 2004")]
    [TestCase("Rb. Den Haag 20 maart 2013 (zittingsplaats Amsterdam), ECLI:NL:RBDHA:2012:BZ7059", "20 maart 2013")]
    public void Reads_the_date_just_before_the_ecli(string text, string date)
    {
        Assert.That(Of("CIT3007", text).Single().Message, Does.StartWith($"De uitspraakdatum ({date})"));
    }

    [TestCase("HR 1 mei 2015, ECLI:NL:HR:2015:1 en ECLI:NL:HR:2016:2")]
    [TestCase("Het beroep is op 3 maart 2014 ingesteld. Zie ECLI:NL:CRVB:2015:12.")]
    [TestCase("Uitspraak van 3 maart 2014\nECLI:NL:CRVB:2015:12")]
    [TestCase("Op 3 maart 2014 heeft de rechtbank na lang beraad en uitvoerig onderzoek beslist, zie ECLI:NL:CRVB:2015:12")]
    public void A_date_that_belongs_to_something_else_gives_no_finding(string text)
    {
        Assert.That(Of("CIT3007", text), Is.Empty);
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(
            Of("CIT3007", "HR 29 januari 2016, ECLI:NL:HR:2015:162", English).Single().Message,
            Is.EqualTo("The decision date (29 januari 2016) is not in the ECLI's year (2015)"));
    }
}
