using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1016: a numbered ondernummer without <c>nr.</c> (<c>Kamerstukken II 2010/11, 32123, 17</c>). The reader takes it
/// for the ondernummer where chamber or vergaderjaar make the text a citation; the fix puts <c>nr.</c> before it.
/// Eerste Kamer letters stand without <c>nr.</c> by right (<c>32 123, AB</c>) and hyphenated ids
/// (<c>Kamerstuk 36100-3</c>) are id forms; neither is reported.
/// </summary>
internal sealed class UnlabelledNumberRule : CitationRule<KamerstukCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.UnlabelledNumber,
        new("Ondernummer zonder 'nr.'", "Document number without 'nr.'"),
        new("Schrijf 'nr.' voor ondernummer {0}", "Write 'nr.' before document number {0}"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: true);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(KamerstukCitation citation, RuleContext context)
    {
        if (citation.NumberLabel is not null || citation.HyphenId || citation.Dossiers.Count == 0 || citation.Pieces.Count == 0
            || citation.Pieces[0] is not { Number: { Length: > 0 } number } || !char.IsDigit(number[0]))
        {
            return;
        }

        // The number stands after the last dossier; searching from there keeps a digit of the dossier from matching.
        var from = WrittenPart.Find(citation, citation.Dossiers[citation.Dossiers.Count - 1].Written) is { } dossier
            ? dossier.End - citation.Span.Start
            : 0;
        var fix = WrittenPart.Find(citation, number, from) is { } span
            ? new Fix(span, "nr. " + context.Text.Substring(span.Start, span.Length))
            : null;
        context.Report(Descriptor, citation, fix, number);
    }
}
