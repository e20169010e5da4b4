using Citaties.Model;
using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Tolerant;

/// <summary>
/// ECLIs written loosely (spaces around the prefix's colon, <c>ECLI</c> as a label, a prefix that lost its first
/// letter, lower case): each is read as the record of its canonical form, and the repair is a CIT3001 finding with
/// the canonical form as fix. The corpus has none of these forms, so the texts are the issue's own examples.
/// </summary>
[TestFixture]
public class LooseEcliTests
{
    [TestCase("Zie ECLI: NL:HR:2012:718, r.o. 3.", "ECLI: NL:HR:2012:718", "ECLI:NL:HR:2012:718", EcliDefect.SpaceInside)]
    [TestCase("Zie ECLI : NL:HR:2012:718.", "ECLI : NL:HR:2012:718", "ECLI:NL:HR:2012:718", EcliDefect.SpaceInside)]
    [TestCase("(ABRvS 1 mei 1991, ECLI NL:RvS:1991:AB1234)", "ECLI NL:RvS:1991:AB1234", "ECLI:NL:RVS:1991:AB1234", EcliDefect.SeparatorTypo)]
    [TestCase("HvJ EU 13 mei 2014, CLI:EU:C:2014:317.", "CLI:EU:C:2014:317", "ECLI:EU:C:2014:317", EcliDefect.MisspelledPrefix)]
    public void A_loose_ecli_is_read_as_its_canonical_record(string text, string written, string canonical, EcliDefect defect)
    {
        var ecli = Read.Single<EcliCitation>(text);

        Assert.Multiple(() =>
        {
            Assert.That(ecli.Text, Is.EqualTo(written));
            Assert.That(ecli.Value, Is.EqualTo(canonical));
            Assert.That(ecli.Canonical, Is.EqualTo(canonical));
            Assert.That(ecli.Defects, Is.EqualTo(defect));
            Assert.That(ecli.Repaired, Is.EqualTo(canonical));
        });
    }

    [TestCase("Zie ECLI: NL:HR:2012:718, r.o. 3.", "ECLI: NL:HR:2012:718", "ECLI:NL:HR:2012:718")]
    [TestCase("Zie ECLI : NL:HR:2012:718.", "ECLI : NL:HR:2012:718", "ECLI:NL:HR:2012:718")]
    [TestCase("(ABRvS 1 mei 1991, ECLI NL:RvS:1991:AB1234)", "ECLI NL:RvS:1991:AB1234", "ECLI:NL:RVS:1991:AB1234")]
    [TestCase("HvJ EU 13 mei 2014, CLI:EU:C:2014:317.", "CLI:EU:C:2014:317", "ECLI:EU:C:2014:317")]
    public void A_loose_ecli_is_an_error_with_the_canonical_form_as_fix(string text, string written, string canonical)
    {
        var diagnostic = Of(RuleIds.MalformedEcli, text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, written)));
            Assert.That(diagnostic.Fix, Is.EqualTo(new Fix(diagnostic.Span, canonical)));
            Assert.That(FixSettles(RuleIds.MalformedEcli, text), Is.EqualTo(text.Replace(written, canonical)));
        });
    }

    [Test]
    public void An_ecli_in_lower_case_is_read_and_reported_at_info_with_the_capitals_as_fix()
    {
        const string text = "Zie ecli:nl:hr:2016:162.";

        var ecli = Read.Single<EcliCitation>(text);
        var diagnostic = Of(RuleIds.MalformedEcli, text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(ecli.Value, Is.EqualTo("ECLI:NL:HR:2016:162"));
            Assert.That(ecli.IsWellFormed, Is.True);
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Info));
            Assert.That(diagnostic.Message, Is.EqualTo("'ecli:nl:hr:2016:162' is geen geldige ECLI: ze staat in kleine letters; schrijf 'ECLI:NL:HR:2016:162'"));
            Assert.That(diagnostic.Fix, Is.EqualTo(new Fix(SpanOf(text, "ecli:nl:hr:2016:162"), "ECLI:NL:HR:2016:162")));
        });
    }

    [Test]
    public void An_ecli_of_an_eu_court_with_a_letter_ordinal_is_rejected_without_a_fix()
    {
        const string text = "Zie ECLI:EU:C:1990:xy1234.";

        var ecli = Read.Single<EcliCitation>(text);
        var diagnostic = Of(RuleIds.MalformedEcli, text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(ecli.IsWellFormed, Is.False);
            Assert.That(ecli.Defects, Is.EqualTo(EcliDefect.MalformedPart));
            Assert.That(ecli.Repaired, Is.Null);
            Assert.That(ecli.Links, Is.Empty);
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [TestCase("ECLI: ECLI:NL:HR:1988:AD0289")]
    [TestCase("Uitspraak ECLI: ECLI:NL:CRVB:2010:BN5996 van de Centrale Raad")]
    public void A_header_label_before_the_ecli_is_not_read_as_a_loose_ecli(string text)
    {
        var ecli = Read.Single<EcliCitation>(text);

        Assert.That(ecli.Text, Does.StartWith("ECLI:NL:"));
        Assert.That(ecli.IsWellFormed, Is.True);
    }

    [TestCase("de ECLI en het LJN: NL is hier een land")]
    [TestCase("clients: nl:hr")]
    [TestCase("zie CLI:EU")]
    public void Prose_near_the_loose_forms_is_no_ecli(string text)
    {
        Assert.That(CitationFinder.Extract(text).OfType<EcliCitation>(), Is.Empty);
    }
}
