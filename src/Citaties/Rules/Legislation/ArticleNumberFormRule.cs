using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2015: an article number written as a heading or a note writes it rather than as a citation does:
/// <c>6:2 BW</c> without <c>artikel</c>, <c>Burgerlijk Wetboek Boek 6, Artikel 2</c> with the law first, or
/// <c>Artikel 7.13H</c> with the inserted article's letter in upper case (Ar 3.54, 6.16 letter it in lower case).
/// The grammar reads each as the record of its canonical form; the fix writes that form for the profile.
/// </summary>
internal sealed class ArticleNumberFormRule : CitationRule<ArticleCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.ArticleNumberForm,
        new("Vorm van het artikelnummer", "Form of the article number"),
        new("Schrijf '{1}' in plaats van '{0}'", "Write '{1}' instead of '{0}'"),
        new(RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Info),
        hasFix: true);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(ArticleCitation citation, RuleContext context)
    {
        if (citation.NumberForm == ArticleNumberForm.Standard)
        {
            return;
        }

        // Literature keeps its short form (art. 6:2 BW); the other profiles write the Ar form.
        var style = context.Options.Profile == LintProfile.Literatuur ? ArticleStyle.Literature : ArticleRewrite.ArStyle(context.Options.Profile);
        var wanted = citation.Format(style);
        var fix = citation.InEnumeration ? null : new Fix(citation.Span, wanted);
        context.Report(Descriptor, citation, fix, citation.Text, wanted);
    }
}
