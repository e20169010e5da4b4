using Citaties.Model;

namespace Citaties.Rules.CaseLaw;

/// <summary>
/// CIT3007: the decision date written before an ECLI falls in another year than the ECLI's
/// (<c>HR 29 januari 2016, ECLI:NL:HR:2015:162</c>). The ECLI year is the year of the decision (rechtspraak.nl),
/// so one of the two is wrong (citation-rules.md 7.2). The date is the one just before the ECLI
/// (<see cref="PrecedingDate"/>); an LJN of the same decision, or the head of a case citation that has no ECLI of its
/// own, may stand between. In a case citation the ECLI is found as a citation of its own too, so the date before it
/// is read as before.
/// </summary>
internal sealed class EcliYearMismatchRule : CitationRule<EcliCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.EcliYearMismatch,
        new("Uitspraakdatum en ECLI-jaar verschillen", "Decision date and ECLI year differ"),
        new("De uitspraakdatum ({0}) valt niet in het jaar van de ECLI ({1})", "The decision date ({0}) is not in the ECLI's year ({1})"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(EcliCitation citation, RuleContext context)
    {
        if (citation.Year is not { } year || (citation.Defects & (EcliDefect.ImpossibleYear | EcliDefect.SwappedParts)) != 0)
        {
            return;
        }

        // Neither the LJN of the same decision nor a case citation without an ECLI of its own stands between the
        // date and the ECLI: "Rb. Den Haag 20 maart 2013 (...), ECLI:..." is one decision whose head the case
        // grammar ended at the bracket.
        var date = PrecedingDate.Find(
            context,
            citation,
            other => (other is LjnCitation ljn && ljn.Value == citation.Ordinal) || other is CaseCitation { Ecli: null });
        if (date is { } d && d.Year != year)
        {
            var written = context.Text.Substring(d.Span.Start, d.Span.Length);
            context.Report(Descriptor, citation, null, written, year);
        }
    }
}
