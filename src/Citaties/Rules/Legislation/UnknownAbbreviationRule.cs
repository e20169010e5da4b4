using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2001: an article cites its law by an abbreviation that neither the catalog, nor the configuration, nor the
/// document itself explains. Only the law of an article is judged: a definition of an organisation
/// (<c>Autoriteit Consument en Markt (hierna: ACM)</c>) is no law and never reported, and a bill the document
/// defines (<c>wetsvoorstel regulering sekswerk (hierna: Wrs)</c>) is explained. An abbreviation defined only
/// further on is CIT2005, one with several meanings CIT2007.
/// </summary>
internal sealed class UnknownAbbreviationRule : CitationRule<ArticleCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.UnknownAbbreviation,
        new("Onbekende afkorting", "Unknown abbreviation"),
        new("Afkorting '{0}' is onbekend en wordt in het document niet gedefinieerd", "Abbreviation '{0}' is unknown and not defined in the document"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(ArticleCitation citation, RuleContext context)
    {
        var abbreviation = LawNames.WrittenAbbreviation(citation);
        if (abbreviation is null || citation.Law is not null)
        {
            return;
        }

        var meaning = context.Document.MeaningAt(abbreviation, citation.Span.Start);
        if (meaning.IsDefined || meaning.LaterDefinition is not null || LawNames.IsKnown(LawNames.Catalog(context), abbreviation))
        {
            return;
        }

        context.Report(Descriptor, citation, null, abbreviation);
    }
}
