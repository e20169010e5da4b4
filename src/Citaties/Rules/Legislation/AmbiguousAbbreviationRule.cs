using System.Linq;
using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2007: an article cites its law by an abbreviation that names several laws (<c>Ow</c>: Opiumwet or
/// Omgevingswet; <c>Pw</c>, <c>Aw</c>) and the document does not say which. The books of the BW are one code, not
/// an ambiguity. An abbreviation defined only further on is CIT2005.
/// </summary>
internal sealed class AmbiguousAbbreviationRule : CitationRule<ArticleCitation>
{
    public override RuleDescriptor Descriptor => RuleCatalog.AmbiguousAbbreviation;

    protected override void Analyze(ArticleCitation citation, RuleContext context)
    {
        var abbreviation = LawNames.WrittenAbbreviation(citation);
        if (abbreviation is null || citation.Law is not null)
        {
            return;
        }

        var meaning = context.Document.MeaningAt(abbreviation, citation.Span.Start);
        if (meaning.IsDefined || meaning.LaterDefinition is not null)
        {
            return;
        }

        var match = LawNames.Catalog(context).FindByAbbreviation(abbreviation);
        if (!match.IsAmbiguous)
        {
            return;
        }

        var titles = match.Candidates.Select(c => c.Title).Distinct().ToList();
        context.Report(Descriptor, citation, null, abbreviation, LawNames.Alternatives(context, titles));
    }
}
