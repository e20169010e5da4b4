using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2011: an abbreviation follows the capitals of the citeertitel (<c>Awb</c>, not <c>AWB</c>; Ar 4.50 second lid
/// and toelichting), or of the document's own definition. The resolver tells whether the capitals matched and
/// which spelling is right; the fix replaces only the abbreviation.
/// </summary>
internal sealed class AbbreviationCaseRule : CitationRule<ArticleCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.AbbreviationCase,
        new("Hoofdletters van de afkorting", "Capitals of the abbreviation"),
        new("Schrijf '{1}' in plaats van '{0}'", "Write '{1}' instead of '{0}'"),
        ProfileSeverities.All(RuleSeverity.Info),
        hasFix: true);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(ArticleCitation citation, RuleContext context)
    {
        var written = LawNames.WrittenAbbreviation(citation);
        if (written is null || citation.Law is not { ExactCase: false, Abbreviation: { Length: > 0 } right })
        {
            return;
        }

        var span = LawNames.AbbreviationSpan(citation);
        context.Report(Descriptor, citation, span is { } s ? new Fix(s, right) : null, written, right);
    }
}
