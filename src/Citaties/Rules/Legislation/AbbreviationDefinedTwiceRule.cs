namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2006: the document defines an abbreviation again. With the same meaning (the same expansion, or the same
/// law) the second definition is superfluous: info. With another meaning the abbreviation changes meaning halfway:
/// warning. Reported at the later definition.
/// </summary>
internal sealed class AbbreviationDefinedTwiceRule : CitationRule
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.AbbreviationDefinedTwice,
        new("Afkorting tweemaal gedefinieerd", "Abbreviation defined twice"),
        new("'{0}' is al eerder gedefinieerd{1}", "'{0}' was already defined{1}"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: false,
        MessageFragments.Of(typeof(Fragments)));

    public override RuleDescriptor Descriptor => Definition;

    public override void Analyze(RuleContext context)
    {
        foreach (var redefinition in context.Document.Redefinitions)
        {
            var earlier = redefinition.Earlier;
            ILocalizable detail = redefinition.SameMeaning
                ? Fragments.SameMeaning
                : Fragments.OtherMeaning.With(earlier.Expansion);
            context.Report(
                Descriptor,
                redefinition.Later.Span,
                null,
                redefinition.SameMeaning ? RuleSeverity.Info : RuleSeverity.Warning,
                redefinition.Later.Abbreviation,
                detail);
        }
    }

    // The {1} of the message: what the earlier definition said.
    private static class Fragments
    {
        public static readonly LocalizedText SameMeaning = new(" met dezelfde betekenis; de tweede definitie kan weg", " with the same meaning; the second definition can go");
        public static readonly LocalizedText OtherMeaning = new(" als '{0}'", " as '{0}'");
    }
}
