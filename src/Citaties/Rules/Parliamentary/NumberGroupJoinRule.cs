using System.Text.RegularExpressions;
using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1017: two documents of one dossier joined with <c>, en</c> after pages (<c>nr. 7, p. 3 en 4, en nr. 9</c>). The
/// reader takes both documents, as it takes <c>nrs. 312 en 347</c>; the canonical form (citation-rules 2.4, several
/// sub-numbers) separates them with a semicolon, which the fix writes: <c>nr. 7, p. 3 en 4; nr. 9</c>.
/// </summary>
internal sealed class NumberGroupJoinRule : CitationRule<KamerstukCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.NumberGroupJoin,
        new("Ondernummers verbonden met ', en'", "Document numbers joined with ', en'"),
        new("Schrijf '; {0}' in plaats van ', en {0}'", "Write '; {0}' instead of ', en {0}'"),
        ProfileSeverities.All(RuleSeverity.Info),
        hasFix: true);

    // The grammar joins two groups of numbers with ", en" only before the next label (KamerstukGrammar.GroupSeparator):
    // "en" inside pages (p. 3 en 4) or a list of numbers (nrs. 312 en 347) has no comma before it.
    private static readonly Regex Join = new(@"\s*,\s*en\s+(?<label>[Nn]rs?\.)", RegexOptions.CultureInvariant);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(KamerstukCitation citation, RuleContext context)
    {
        if (citation.Pieces.Count < 2)
        {
            return;
        }

        var text = citation.Text;
        for (var match = Join.Match(text); match.Success; match = match.NextMatch())
        {
            var label = match.Groups["label"];
            var span = TextSpan.FromBounds(citation.Span.Start + match.Index, citation.Span.Start + label.Index);
            context.Report(Descriptor, citation, new Fix(span, "; "), label.Value);
        }
    }
}
