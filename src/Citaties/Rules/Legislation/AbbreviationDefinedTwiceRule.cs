namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2006: the document defines an abbreviation again. With the same meaning (the same expansion, or the same
/// law) the second definition is superfluous: info. With another meaning the abbreviation changes meaning halfway:
/// warning. Reported at the later definition.
/// </summary>
internal sealed class AbbreviationDefinedTwiceRule : CitationRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.AbbreviationDefinedTwice;

    public override void Analyze(RuleContext context)
    {
        foreach (var redefinition in context.Document.Redefinitions)
        {
            var earlier = redefinition.Earlier;
            var detail = redefinition.SameMeaning
                ? context.Say(" met dezelfde betekenis; de tweede definitie kan weg", " with the same meaning; the second definition can go")
                : context.Say($" als '{earlier.Expansion}'", $" as '{earlier.Expansion}'");
            context.Report(
                Descriptor,
                redefinition.Later.Span,
                null,
                redefinition.SameMeaning ? RuleSeverity.Info : RuleSeverity.Warning,
                redefinition.Later.Abbreviation,
                detail);
        }
    }
}
