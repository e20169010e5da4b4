using System.Linq;
using Citaties.Model;

namespace Citaties.Rules.Journals;

/// <summary>
/// CIT4002: a journal number that is zero (<c>Stb. 2023, 0</c>) or not a whole number (<c>Stb. 2023, 12a</c>).
/// Numbers start at 1 and are integers; a letter suffix occurs only in historic Tractatenblad numbers
/// (<c>Trb. 1998, 120k</c>, citation-rules.md 5.2), so it is accepted there.
/// </summary>
internal sealed class GazetteNumberInvalidRule : CitationRule<GazetteCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.GazetteNumberInvalid,
        new("Ongeldig nummer in de vindplaats", "Invalid journal number"),
        new("'{0}' is geen geldig nummer in {1}", "'{0}' is not a valid number in {1}"),
        ProfileSeverities.All(RuleSeverity.Error),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(GazetteCitation citation, RuleContext context)
    {
        if (citation.Number is not { Length: > 0 } number)
        {
            return;
        }

        var isZero = number.All(c => c == '0');
        var hasLetter = number.Any(char.IsLetter);
        if (isZero || (hasLetter && citation.Journal != "Trb"))
        {
            var journal = citation.Series is null ? citation.Journal + "." : citation.Journal;
            context.Report(Descriptor, citation, null, number, journal);
        }
    }
}
