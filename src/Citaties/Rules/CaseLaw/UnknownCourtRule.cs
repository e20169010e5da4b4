using System;
using System.Collections.Generic;
using System.Linq;
using Citaties.Catalog;
using Citaties.Model;

namespace Citaties.Rules.CaseLaw;

/// <summary>
/// CIT3002: a court code the catalog does not know, for a country whose codes the catalog lists (<c>NL</c>, the
/// EU courts <c>C</c>/<c>T</c>/<c>F</c>, <c>CE:ECHR</c>). Other countries set their own codes; those are not judged.
/// A court that is missing or swapped with the country is CIT3001's finding, not this one.
/// </summary>
internal sealed class UnknownCourtRule : CitationRule<EcliCitation>
{
    private readonly LawCatalog catalog;
    private readonly HashSet<string> countries;

    public UnknownCourtRule()
        : this(LawCatalog.Default)
    {
    }

    internal UnknownCourtRule(LawCatalog catalog)
    {
        this.catalog = catalog;
        countries = new HashSet<string>(catalog.Courts.Select(c => c.Country), StringComparer.OrdinalIgnoreCase);
    }

    public static readonly RuleDescriptor Definition = new(
        RuleIds.UnknownCourt,
        new("Onbekende instantiecode", "Unknown court code"),
        new("Instantiecode '{0}' bestaat niet", "Court code '{0}' does not exist"),
        ProfileSeverities.All(RuleSeverity.Error),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(EcliCitation citation, RuleContext context)
    {
        if (citation is not { Country: { } country, Court: { } court }
            || (citation.Defects & (EcliDefect.MissingCourt | EcliDefect.SwappedParts)) != 0
            || !countries.Contains(country)
            || catalog.FindCourt(court, country).Found)
        {
            return;
        }

        context.Report(Descriptor, citation, null, court);
    }
}
