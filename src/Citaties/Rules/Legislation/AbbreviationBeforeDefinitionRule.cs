using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2005: an article cites its law by an abbreviation that the document defines only further on. A reader meets
/// the abbreviation before its explanation; the definition belongs at the first use (Ar 4.50 toelichting).
/// </summary>
internal sealed class AbbreviationBeforeDefinitionRule : CitationRule<ArticleCitation>
{
    public override RuleDescriptor Descriptor => RuleCatalog.AbbreviationBeforeDefinition;

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
