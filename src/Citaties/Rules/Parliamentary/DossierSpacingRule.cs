using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1005: a five-digit dossier number written otherwise than the document's own style (<c>34193</c> beside
/// <c>34 193</c>) or the configured <see cref="LintOptions.DossierStyle"/>. Without a configured style the
/// document's majority decides, and only when it mixes both; a tie goes to the spaced form, the canonical one
/// (citation-rules.md 1). Bare and hyphenated ids (<c>36100-3</c>) are id forms and are left alone.
/// </summary>
internal sealed class DossierSpacingRule : CitationRule
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.DossierSpacing,
        new("Schrijfwijze dossiernummer", "Dossier number spacing"),
        new("Dossiernummer {0} wijkt af van de schrijfwijze elders ({1})", "Dossier number {0} differs from the style used elsewhere ({1})"),
        ProfileSeverities.All(RuleSeverity.Info),
        hasFix: true);

    public override RuleDescriptor Descriptor => Definition;

    public override void Analyze(RuleContext context)
    {
        var numbers = new List<(KamerstukCitation Citation, Dossier Dossier)>();
        int spaced = 0, compact = 0;
        foreach (var citation in context.Citations)
        {
            if (citation is not KamerstukCitation { Label: not null, HyphenId: false } kamerstuk)
            {
                continue;
            }

            foreach (var dossier in kamerstuk.Dossiers)
            {
                // A dot, hyphen or glued suffix is no style; CIT1014 reports it.
                if (dossier.Number.Length != 5 || DossierWriting.IsIrregular(dossier))
                {
                    continue;
                }

                numbers.Add((kamerstuk, dossier));
                switch (StyleOf(dossier))
                {
                    case DossierNumberStyle.Spaced:
                        spaced++;
                        break;
                    case DossierNumberStyle.Compact:
                        compact++;
                        break;
                }
            }
        }

        var target = context.Options.DossierStyle
            ?? (spaced > 0 && compact > 0 ? (compact > spaced ? DossierNumberStyle.Compact : DossierNumberStyle.Spaced) : null);
        if (target is not { } style)
        {
            return;
        }

        var searchFrom = new Dictionary<KamerstukCitation, int>();
        foreach (var (citation, dossier) in numbers)
        {
            var written = DossierWriting.Number(dossier);
            searchFrom.TryGetValue(citation, out var from);
            var span = WrittenPart.Find(citation, written, from);
            if (span is { } s)
            {
                searchFrom[citation] = s.End - citation.Span.Start;
            }

            if (StyleOf(dossier) == style)
            {
                continue;
            }

            var wanted = style == DossierNumberStyle.Spaced ? dossier.Number.Insert(2, " ") : dossier.Number;
            var fix = span is { } at ? new Fix(at, wanted) : null;
            context.Report(Descriptor, span ?? citation.Span, fix, null, written, wanted);
        }
    }

    private static DossierNumberStyle StyleOf(Dossier dossier) =>
        dossier.IsGrouped ? DossierNumberStyle.Spaced : DossierNumberStyle.Compact;
}
