using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2005: an article cites its law by an abbreviation that the document defines only further on. A reader meets
/// the abbreviation before its explanation; the definition belongs at the first use (Ar 4.50 toelichting).
/// </summary>
internal sealed class AbbreviationBeforeDefinitionRule : CitationRule<ArticleCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.AbbreviationBeforeDefinition,
        new("Afkorting voor de definitie", "Abbreviation before its definition"),
        new("'{0}' wordt gebruikt voordat het verderop wordt gedefinieerd", "'{0}' is used before it is defined further on"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(ArticleCitation citation, RuleContext context)
    {
        var abbreviation = LawNames.WrittenAbbreviation(citation);
        if (abbreviation is null)
        {
            return;
        }

        var meaning = context.Document.MeaningAt(abbreviation, citation.Span.Start);
        if (meaning.Source == Resolution.AbbreviationSource.Definition || meaning.LaterDefinition is null)
        {
            return;
        }

        context.Report(Descriptor, citation, null, abbreviation);
    }
}
