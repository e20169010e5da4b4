using System.Linq;
using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Rules.CaseLaw;

/// <summary>
/// CIT3008: a European case number and the ECLI given with it in one case citation cannot belong together, because
/// the case was brought in a later year than the ECLI's decision year (<c>C-311/18, ECLI:EU:C:2017:559</c>): the two
/// digits after the slash are the year the case was brought, and a case is decided in that year or later. One of the
/// two is mistyped. Of joined cases the one brought last counts. No fix: which of the two is wrong cannot be told.
/// </summary>
internal sealed class EuCaseYearMismatchRule : CitationRule<CaseCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.EuCaseYearMismatch,
        new("EU-zaaknummer later dan ECLI-jaar", "EU case number later than the ECLI year"),
        new("Zaak {0} is in {1} aangebracht, na het jaar van de ECLI ({2})", "Case {0} was brought in {1}, after the year of the ECLI ({2})"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(CaseCitation citation, RuleContext context)
    {
        if (citation.Ecli is not { Country: "EU", Year: { } ecliYear } ecli)
        {
            return;
        }

        var latest = citation.CaseNumbers
            .Select(n => (Number: n, Year: CaseFacts.EuCaseYear(n)))
            .Where(n => n.Year is not null)
            .OrderByDescending(n => n.Year)
            .FirstOrDefault();
        if (latest.Year is { } brought && brought > ecliYear)
        {
            var span = new TextSpan(citation.Span.Start + ecli.Span.Start, ecli.Span.Length);
            context.Report(Descriptor, span, null, null, latest.Number, brought, ecliYear);
        }
    }
}
