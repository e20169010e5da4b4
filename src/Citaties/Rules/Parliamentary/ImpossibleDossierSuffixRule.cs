using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1012: a dossier suffix that cannot exist (citation-rules.md 2.2). A budget chapter must be a proper Roman
/// numeral up to XXX (<c>35 300 XXXX</c>, <c>IIII</c> and <c>VX</c> are not), optionally followed by one letter
/// (<c>IIA</c>); a fund letter is one of A to L. A two-digit sub-dossier on another dossier than 21 501 is
/// only unusual, not impossible, and is reported as a warning.
/// </summary>
internal sealed class ImpossibleDossierSuffixRule : CitationRule<KamerstukCitation>
{
    private const int HighestChapter = 30;

    public static readonly RuleDescriptor Definition = new(
        RuleIds.ImpossibleDossierSuffix,
        new("Onmogelijk dossiersuffix", "Impossible dossier suffix"),
        new("Dossiersuffix '{0}' bestaat niet", "Dossier suffix '{0}' cannot exist"),
        ProfileSeverities.All(RuleSeverity.Error),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(KamerstukCitation citation, RuleContext context)
    {
        foreach (var dossier in citation.Dossiers)
        {
            if (dossier.Suffix is not { Length: > 0 } suffix || dossier.IsRijkswet)
            {
                continue;
            }

            if (dossier.HasNumericSuffix)
            {
                if (dossier.Number != "21501")
                {
                    context.Report(Descriptor, citation.Span, null, RuleSeverity.Warning, suffix);
                }

                continue;
            }

            if (!IsPossible(suffix))
            {
                context.Report(Descriptor, citation, null, suffix);
            }
        }
    }

    private static bool IsPossible(string suffix)
    {
        // A single letter A to L is a budget fund (A, B, C, F, H, J; D to L in older years) or a chapter (I).
        if (suffix.Length == 1 && suffix[0] is >= 'A' and <= 'L')
        {
            return true;
        }

        // The grammar reads every I, V, X, L and C into the numeral, so a split chapter's letter is another capital.
        var numeral = suffix;
        if (suffix.Length > 1 && "IVXLC".IndexOf(suffix[suffix.Length - 1]) < 0)
        {
            numeral = suffix.Substring(0, suffix.Length - 1);
        }

        return RomanNumeral.Value(numeral) is { } value && value <= HighestChapter;
    }
}
