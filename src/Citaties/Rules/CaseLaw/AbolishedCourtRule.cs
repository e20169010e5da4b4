using Citaties.Catalog;
using Citaties.Model;

namespace Citaties.Rules.CaseLaw;

/// <summary>
/// CIT3003: the code of an abolished court with a year after its last (<c>ECLI:NL:RBSGR:2016:1234</c>: the
/// Rechtbank 's-Gravenhage became the Rechtbank Den Haag, <c>RBDHA</c>, in 2013). Abolished courts whose last year
/// the catalog does not know are not judged.
/// </summary>
internal sealed class AbolishedCourtRule : CitationRule<EcliCitation>
{
    private readonly LawCatalog catalog;

    public AbolishedCourtRule()
        : this(LawCatalog.Default)
    {
    }

    internal AbolishedCourtRule(LawCatalog catalog) => this.catalog = catalog;

    public static readonly RuleDescriptor Definition = new(
        RuleIds.AbolishedCourt,
        new("Opgeheven instantie met een later jaar", "Abolished court with a later year"),
        new("{0} ({1}) is opgeheven en deed na {2} geen uitspraken meer", "{0} ({1}) was abolished and gave no decisions after {2}"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(EcliCitation citation, RuleContext context)
    {
        if (citation is not { Country: { } country, Court: { } court, Year: { } year }
            || catalog.FindCourt(court, country).Entry is not { Abolished: true, LastYear: { } lastYear } entry
            || year <= lastYear)
        {
            return;
        }

        context.Report(Descriptor, citation, null, entry.Code, entry.Name, lastYear);
    }
}
