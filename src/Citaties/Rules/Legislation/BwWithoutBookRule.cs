using System;
using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2014: the Burgerlijk Wetboek has no single article numbering: each book numbers its own articles, so
/// <c>artikel 162 BW</c> does not say which article 162 is meant. Cite the book: <c>artikel 6:162 BW</c>, or
/// in a regeling <c>artikel 162 van Boek 6 van het Burgerlijk Wetboek</c> (Ar 3.34).
/// </summary>
internal sealed class BwWithoutBookRule : CitationRule<ArticleCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.BwWithoutBook,
        new("BW-artikel zonder boek", "BW article without book"),
        new("Vermeld het boek van het BW: '{0}' (bijvoorbeeld artikel 6:162 BW)", "State the book of the BW: '{0}' (for example artikel 6:162 BW)"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(ArticleCitation citation, RuleContext context)
    {
        if (citation.Book is not null || !NamesTheWholeBw(citation))
        {
            return;
        }

        context.Report(Descriptor, citation, null, citation.Text);
    }

    // The grammar sets the book for "6:162 BW" and "van Boek 6 van het Burgerlijk Wetboek"; what is left
    // naming the BW names all of it.
    private static bool NamesTheWholeBw(ArticleCitation citation) => citation.LawForm switch
    {
        LawForm.Abbreviation => citation.LawText == "BW",
        LawForm.Title or LawForm.TitleWithoutVan =>
            string.Equals(citation.LawText, "Burgerlijk Wetboek", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
