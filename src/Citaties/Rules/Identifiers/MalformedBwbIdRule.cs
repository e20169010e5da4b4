using Citaties.Model;

namespace Citaties.Rules.Identifiers;

/// <summary>CIT6001: a BWB id needs <c>BWBR</c> or <c>BWBV</c> and exactly seven digits.</summary>
internal sealed class MalformedBwbIdRule : CitationRule<BwbCitation>
{
    public override RuleDescriptor Descriptor => RuleCatalog.MalformedBwb;

    protected override void Analyze(BwbCitation citation, RuleContext context)
    {
        if (citation.IsWellFormed)
        {
            return;
        }

        var reason = context.Say(
            $"het heeft {citation.Digits.Length} cijfers in plaats van 7",
            $"it has {citation.Digits.Length} digits instead of 7");
        context.Report(Descriptor, citation, null, citation.Text, reason);
    }
}
