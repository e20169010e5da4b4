using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2008: a regeling cites other regelingen by citeertitel, never by abbreviation (Ar 4.24 toelichting, Ar 3.9),
/// and the BW by book (<c>artikel 162 van Boek 6 van het Burgerlijk Wetboek</c>, Ar 3.34). The fix needs the
/// law's title, so it is offered only when the law is known.
/// </summary>
internal sealed class AbbreviationInRegelingRule : CitationRule<ArticleCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.AbbreviationInRegeling,
        new("Afkorting in een regeling", "Abbreviation in a regulation"),
        new("Gebruik in een regeling de citeertitel: '{1}' in plaats van '{0}'", "Use the citation title in a regulation: '{1}' instead of '{0}'"),
        new(RuleSeverity.Warning, RuleSeverity.None, RuleSeverity.None, RuleSeverity.None),
        hasFix: true,
        MessageFragments.Of(typeof(Fragments)));

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(ArticleCitation citation, RuleContext context)
    {
        // The law is reported once, at the citation whose span holds it (the last of an enumeration).
        if (citation.LawForm != LawForm.Abbreviation || citation.LawSpan.Length == 0 || citation.LawText is null)
        {
            return;
        }

        var written = citation.LawText;
        if (citation.Book is not null)
        {
            // The book moves out of the label ("6:162" becomes "162 van Boek 6"), so the whole citation changes.
            var byBook = ArticleFormatter.ArLaw(citation, byBook: true);
            context.Report(Descriptor, citation, ArticleRewrite.WholeCitation(citation, context), written, byBook);
            return;
        }

        var title = TitlePhrase(citation);
        context.Report(
            Descriptor,
            citation,
            title is null ? null : ArticleRewrite.LawPhrase(citation, title),
            written,
            title ?? (object)Fragments.TitleOf.With(written));
    }

    // The {1} of the message when the law is unknown and the title cannot be given.
    private static class Fragments
    {
        public static readonly LocalizedText TitleOf = new("de citeertitel van {0}", "the citation title of {0}");
    }

    // "van de Wet openbaarheid van bestuur", "van Verordening (EU) 2022/2065"; null when the law is unknown.
    private static string? TitlePhrase(ArticleCitation citation)
    {
        if (citation.Law?.EuActEntry is { } act)
        {
            // An EU act is cited by its number in a regeling (Ar 3.42), not by its long title.
            var number = EuActFormatter.Format(new EuActCitation { Type = act.Type, Domain = act.Domain, Year = act.Year, Number = act.Number });
            return "van " + number;
        }

        // Only a catalog title is a citeertitel: a bill the document defines has none yet.
        var inCatalog = citation.Law is { LawEntry: not null } or { TreatyEntry: not null };
        return inCatalog && citation.Law!.Title is { Length: > 0 } ? ArticleFormatter.ArLaw(citation, byBook: true) : null;
    }
}
