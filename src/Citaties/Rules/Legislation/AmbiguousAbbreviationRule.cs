using System.Collections.Generic;
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
    public static readonly RuleDescriptor Definition = new(
        RuleIds.AmbiguousAbbreviation,
        new("Dubbelzinnige afkorting", "Ambiguous abbreviation"),
        new("'{0}' kan {1} betekenen; definieer de afkorting", "'{0}' may mean {1}; define the abbreviation"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: false,
        MessageFragments.Of(typeof(Fragments)));

    public override RuleDescriptor Descriptor => Definition;

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
        context.Report(Descriptor, citation, null, abbreviation, Alternatives(titles));
    }

    // "A, B of C": the candidates as prose.
    private static object Alternatives(List<string> names) =>
        names.Count <= 1
            ? string.Concat(names)
            : Fragments.Alternatives.With(string.Join(", ", names.Take(names.Count - 1)), names[names.Count - 1]);

    // The {1} of the message: the laws the abbreviation may name.
    private static class Fragments
    {
        public static readonly LocalizedText Alternatives = new("{0} of {1}", "{0} or {1}");
    }
}
