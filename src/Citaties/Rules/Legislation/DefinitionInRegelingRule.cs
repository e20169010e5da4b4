using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2013: normative text has no phrases between brackets (Ar 3.13); a shortened name belongs in the
/// begripsbepalingen (<c>de Awb: de Algemene wet bestuursrecht</c>; Ar 5.2, 5.3). Every bracketed definition
/// in a regeling is reported: <c>(hierna: X)</c>, <c>(hierna te noemen: X)</c>, <c>(verder: X)</c>, <c>(X)</c>.
/// There is no fix: where the definition goes is the drafter's choice.
/// </summary>
internal sealed class DefinitionInRegelingRule : CitationRule<AbbreviationDefinition>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.DefinitionInRegeling,
        new("'(hierna: ...)' in een regeling", "'(hierna: ...)' in a regulation"),
        new("Definieer '{0}' in de begripsbepalingen, niet tussen haakjes", "Define '{0}' in the definitions article, not in brackets"),
        new(RuleSeverity.Warning, RuleSeverity.None, RuleSeverity.None, RuleSeverity.None),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(AbbreviationDefinition definition, RuleContext context) =>
        context.Report(Descriptor, definition, null, definition.Abbreviation);
}
