using System.Collections.Generic;
using System.Linq;
using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2004: the Aanwijzingen name an onderdeel with <c>onderdeel</c> or <c>onder</c> and a subonderdeel with
/// <c>onder</c> or <c>subonderdeel</c> (Ar 3.29), not with <c>sub</c> or <c>letter</c>. One finding for the
/// onderdelen and one for the subonderdelen, each naming what to write instead.
/// </summary>
internal sealed class PartWordingRule : CitationRule<ArticleCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.PartWording,
        new("Aanduiding onderdeel", "Wording of a part"),
        new("Schrijf '{1}' in plaats van '{0}'", "Write '{1}' instead of '{0}'"),
        new(RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Info, RuleSeverity.None),
        hasFix: true);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(ArticleCitation citation, RuleContext context)
    {
        // The first article of a list that uses an avoided word is named; the fix rewrites the whole list.
        var items = citation.Items;
        if (items.FirstOrDefault(i => IsAvoided(i.PartStyle) && i.Parts.Count > 0) is { } withParts)
        {
            var wanted = (withParts.Parts.Count > 1 ? "onderdelen " : "onderdeel ") + List(withParts.Parts);
            Report(citation, context, Written(withParts.PartStyle, withParts.Parts), wanted);
        }

        if (items.FirstOrDefault(i => IsAvoided(i.SubpartStyle) && i.Subparts.Count > 0) is { } withSubparts)
        {
            Report(citation, context, Written(withSubparts.SubpartStyle, withSubparts.Subparts), "onder " + List(withSubparts.Subparts));
        }
    }

    private void Report(ArticleCitation citation, RuleContext context, string written, string wanted) =>
        context.Report(Descriptor, citation, ArticleRewrite.WholeCitation(citation, context), written, wanted);

    private static bool IsAvoided(PartStyle style) => style is PartStyle.Sub or PartStyle.Letter;

    // The words as the record holds them: "sub c", "letter b", "letters a en b".
    private static string Written(PartStyle style, IReadOnlyList<string> values) =>
        (style == PartStyle.Sub ? "sub " : values.Count > 1 ? "letters " : "letter ") + List(values);

    private static string List(IReadOnlyList<string> values) =>
        values.Count == 1 ? values[0] : string.Join(", ", values.Take(values.Count - 1)) + " en " + values[values.Count - 1];
}
