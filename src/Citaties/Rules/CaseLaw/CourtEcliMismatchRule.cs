using Citaties.Catalog;
using Citaties.Model;

namespace Citaties.Rules.CaseLaw;

/// <summary>
/// CIT3011: the instance of a case citation and the court code of its ECLI name different courts
/// (<c>ABRvS 10 maart 2021, ECLI:NL:HR:2021:525</c>; citation-rules.md 7.2). One of the two is wrong, and only the
/// decision tells which, so there is no fix. A conclusion cited with a Supreme Court judgment may carry the
/// <c>PHR</c> code. Courts of the same kind whose codes differ are judged only when neither code is of an abolished
/// court: <c>Rb. Den Haag</c> with <c>RBSGR</c> is the same court before its 2013 renaming.
/// </summary>
internal sealed class CourtEcliMismatchRule : CitationRule<CaseCitation>
{
    private readonly LawCatalog catalog;

    public CourtEcliMismatchRule()
        : this(LawCatalog.Default)
    {
    }

    internal CourtEcliMismatchRule(LawCatalog catalog) => this.catalog = catalog;

    public static readonly RuleDescriptor Definition = new(
        RuleIds.CourtEcliMismatch,
        new("Instantie en ECLI-gerecht verschillen", "Instance and ECLI court differ"),
        new("{0} heeft gerechtscode {1}, maar de ECLI noemt {2}", "{0} has court code {1}, but the ECLI names {2}"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(CaseCitation citation, RuleContext context)
    {
        if (citation is not { Court: { } court, CourtCode: { } code, CourtCountry: { } country, Ecli: { Court: { } ecliCourt, Country: { } ecliCountry, Defects: EcliDefect.None } ecli }
            || SameCourt(citation, code, country, ecliCourt, ecliCountry))
        {
            return;
        }

        var span = new TextSpan(citation.Span.Start + ecli.Span.Start, ecli.Span.Length);
        context.Report(Descriptor, span, null, null, court, code, ecliCourt);
    }

    private bool SameCourt(CaseCitation citation, string code, string country, string ecliCourt, string ecliCountry)
    {
        if (!string.Equals(country, ecliCountry, System.StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (string.Equals(code, ecliCourt, System.StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // HR ..., ECLI:NL:PHR:... (concl. A-G ...): the ECLI of the conclusion.
        if (code == "HR" && ecliCourt.Equals("PHR", System.StringComparison.OrdinalIgnoreCase) && citation.Conclusion is not null)
        {
            return true;
        }

        // A renamed or merged court: the old code belongs to the same court when either side is abolished.
        return SameKind(code, ecliCourt)
            && (IsAbolished(code, country) || IsAbolished(ecliCourt.ToUpperInvariant(), country));
    }

    private static bool SameKind(string code, string ecliCourt) =>
        (code.StartsWith("GH", System.StringComparison.Ordinal) && ecliCourt.StartsWith("GH", System.StringComparison.OrdinalIgnoreCase))
        || (code.StartsWith("RB", System.StringComparison.Ordinal) && ecliCourt.StartsWith("RB", System.StringComparison.OrdinalIgnoreCase));

    private bool IsAbolished(string code, string country) => catalog.FindCourt(code, country).Entry is { Abolished: true };
}
