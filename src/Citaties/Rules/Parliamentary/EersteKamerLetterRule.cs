using System.Linq;
using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1007: an Eerste Kamer letter written after <c>nr.</c> (<c>Kamerstukken I 2020/21, 34430, nr. AB</c>: the
/// letter stands on its own, fix: drop <c>nr.</c>), or a letter with chamber II (letters are Eerste Kamer pieces,
/// fix: chamber I).
/// </summary>
internal sealed class EersteKamerLetterRule : CitationRule<KamerstukCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.EersteKamerLetter,
        new("Letter van de Eerste Kamer", "Eerste Kamer letter"),
        new("{0}", "{0}"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: true,
        MessageFragments.Of(typeof(Fragments)));

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(KamerstukCitation citation, RuleContext context)
    {
        if (citation.Pieces.Count == 0)
        {
            return;
        }

        var first = citation.Pieces[0];
        if (first.IsLetter && citation.NumberLabelled && citation.NumberLabel is { } label)
        {
            var written = citation.SpaceAfterNumberLabel ? label + " " + first.Number : label + first.Number;
            var fix = WrittenPart.Find(citation, written) is { } span ? new Fix(span, first.Number) : null;
            context.Report(Descriptor, citation, fix, Fragments.LetterWithLabel.With(label, first.Number, written));
        }

        if (citation.Chamber == Chamber.Tweede && citation.Pieces.FirstOrDefault(p => p.IsLetter) is { Number: { } letter })
        {
            var chamberText = citation.ChamberText;
            var replacement = chamberText switch
            {
                "II" => "I",
                _ when chamberText is not null && chamberText.StartsWith("Tweede", System.StringComparison.OrdinalIgnoreCase) => "Eerste Kamer",
                _ => null,
            };
            var fix = replacement is not null && WrittenPart.Find(citation, chamberText!, citation.Label?.Length ?? 0) is { } span
                ? new Fix(span, replacement)
                : null;
            context.Report(Descriptor, citation, fix, Fragments.LetterWithChamberII.With(letter));
        }
    }

    // The whole message ({0}): the rule has two findings.
    private static class Fragments
    {
        public static readonly LocalizedText LetterWithLabel = new(
            "Schrijf een letter van de Eerste Kamer zonder '{0}': '{1}' in plaats van '{2}'",
            "Write an Eerste Kamer letter without '{0}': '{1}' instead of '{2}'");

        public static readonly LocalizedText LetterWithChamberII = new(
            "Letter '{0}' is een stuk van de Eerste Kamer, maar de Kamer is II; schrijf Kamerstukken I",
            "Letter '{0}' is an Eerste Kamer piece, but the chamber is II; write Kamerstukken I");
    }
}
