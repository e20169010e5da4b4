using Citaties.Model;

namespace Citaties.Rules.Identifiers;

/// <summary>CIT6001: a BWB id needs <c>BWBR</c> or <c>BWBV</c> and exactly seven digits.</summary>
internal sealed class MalformedBwbIdRule : CitationRule<BwbCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.MalformedBwb,
        new("Onjuist BWB-id", "Malformed BWB id"),
        new("'{0}' is geen geldig BWB-id: {1}", "'{0}' is not a valid BWB id: {1}"),
        ProfileSeverities.All(RuleSeverity.Error),
        hasFix: false,
        MessageFragments.Of(typeof(Fragments)));

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(BwbCitation citation, RuleContext context)
    {
        if (citation.IsWellFormed)
        {
            return;
        }

        context.Report(Descriptor, citation, null, citation.Text, Fragments.DigitCount.With(citation.Digits.Length));
    }

    // The {1} of the message.
    private static class Fragments
    {
        public static readonly LocalizedText DigitCount = new("het heeft {0} cijfers in plaats van 7", "it has {0} digits instead of 7");
    }
}
