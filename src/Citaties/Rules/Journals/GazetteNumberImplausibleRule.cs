using System.Globalization;
using Citaties.Model;

namespace Citaties.Rules.Journals;

/// <summary>
/// CIT4003: a number far above what the journal reaches in a year (citation-rules.md 5.2, from the KOOP key list):
/// the Staatsblad goes to about 660 a year (warning beyond 1,000), the Tractatenblad to about 180 (beyond 400),
/// the electronic Staatscourant of July 2009 onwards to about 70,000 (beyond 150,000). Before 2009 the
/// Staatscourant was a daily paper numbered by issue, about 260 a year (beyond 400). Other journals are not judged.
/// </summary>
internal sealed class GazetteNumberImplausibleRule : CitationRule<GazetteCitation>
{
    /// <summary>The first year of the electronic Staatscourant, numbered by publication instead of by issue.</summary>
    internal const int ElectronicStaatscourantYear = 2009;

    public static readonly RuleDescriptor Definition = new(
        RuleIds.GazetteNumberImplausible,
        new("Onwaarschijnlijk nummer in de vindplaats", "Implausible journal number"),
        new("Nummer {0} is onwaarschijnlijk hoog voor {1} (meestal hoogstens {2})", "Number {0} is implausibly high for {1} (usually at most {2})"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(GazetteCitation citation, RuleContext context)
    {
        if (citation.Series is not null || citation.Number is not { } number || !TryLimits(citation, out var usual, out var limit))
        {
            return;
        }

        var digits = LeadingDigits(number);
        if (digits.Length == 0 || (digits.Length <= 9 && int.Parse(digits, CultureInfo.InvariantCulture) <= limit))
        {
            return;
        }

        var journal = citation.Journal + "." + (citation.Year is { } year ? " " + year.ToString(CultureInfo.InvariantCulture) : string.Empty);
        context.Report(Descriptor, citation, null, number, journal, usual.ToString("N0", context.Options.Culture));
    }

    /// <summary>The usual highest number and the limit beyond which the number is implausible.</summary>
    private static bool TryLimits(GazetteCitation citation, out int usual, out int limit)
    {
        (usual, limit) = citation.Journal switch
        {
            "Stb" => (660, 1_000),
            "Trb" => (180, 400),
            "Stcrt" when citation.Year < ElectronicStaatscourantYear => (260, 400),
            "Stcrt" => (70_000, 150_000),
            _ => (0, 0),
        };
        return limit > 0;
    }

    private static string LeadingDigits(string number)
    {
        var i = 0;
        while (i < number.Length && number[i] is >= '0' and <= '9')
        {
            i++;
        }

        return number.Substring(0, i);
    }
}
