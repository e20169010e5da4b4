using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1008: Handelingen cited with a dossier number (<c>Handelingen, 2006/07, 31 015, nr. 67</c>). Handelingen are
/// numbered by meeting; a dossier number means a Kamerstuk was meant, so no fix can be guessed.
/// </summary>
internal sealed class HandelingenWithDossierRule : CitationRule<HandelingenCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.HandelingenWithDossier,
        new("Handelingen met dossiernummer", "Handelingen with a dossier number"),
        new("Handelingen hebben geen dossiernummer ({0}); bedoelt u Kamerstukken?", "Handelingen have no dossier number ({0}); did you mean Kamerstukken?"),
        ProfileSeverities.All(RuleSeverity.Error),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(HandelingenCitation citation, RuleContext context)
    {
        if (citation.Dossier is { } dossier)
        {
            context.Report(Descriptor, citation, null, dossier.Written);
        }
    }
}
