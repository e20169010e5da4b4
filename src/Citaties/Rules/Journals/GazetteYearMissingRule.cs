using Citaties.Model;

namespace Citaties.Rules.Journals;

/// <summary>
/// CIT4001: a Dutch official journal cited without its year (<c>Stb. 575</c>): numbers restart every year, so the
/// number alone points to nothing (citation-rules.md 5.2). Not reported when a date stands just before, as in
/// <c>Wet van 28 maart 1985, Stb. 180</c> (Ar 3.37's <c>Wet van [datum] ... (Stb. ...)</c>): the year of the law's
/// date is the Staatsblad year. The draft placeholder <c>Stb. …, …</c> (Ar 3.45 lid 2) is reported at Info in the
/// drafting profiles (regeling, toelichting), where it is filled in at publication, and as a Warning in documents
/// that go out as written (kamerstuk, literatuur). The PbEU is not judged here: its form differs.
/// </summary>
internal sealed class GazetteYearMissingRule : CitationRule<GazetteCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.GazetteYearMissing,
        new("Vindplaats zonder jaartal", "Journal without year"),
        new("Vermeld het jaar in '{0}' (bijvoorbeeld {1} 2011, 35)", "State the year in '{0}' (for example {1} 2011, 35)"),
        ProfileSeverities.All(RuleSeverity.Error),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(GazetteCitation citation, RuleContext context)
    {
        if (citation.Series is not null)
        {
            return;
        }

        var journal = citation.Journal + ".";
        if (citation.IsPlaceholder)
        {
            var severity = context.Options.Profile is LintProfile.Regeling or LintProfile.Toelichting ? RuleSeverity.Info : RuleSeverity.Warning;
            context.Report(Descriptor, citation.Span, null, severity, citation.Text, journal);
            return;
        }

        if (citation.Year is null && citation.Number is not null && PrecedingDate.Find(context, citation, OwnsNoDate) is null)
        {
            context.Report(Descriptor, citation, null, citation.Text, journal);
        }
    }

    /// <summary>
    /// Citations in the title between the law's date and its journal do not own the date (<c>Wet van 10 juli 2023 tot
    /// wijziging van artikel 5 van de Wet X (Stb. 575)</c>); another journal reference or a decision does.
    /// </summary>
    private static bool OwnsNoDate(Citation other) => other is not (GazetteCitation or EcliCitation or LjnCitation);
}
