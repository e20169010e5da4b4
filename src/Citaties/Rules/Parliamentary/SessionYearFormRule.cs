namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1002: a vergaderjaar not written <c>YYYY/YY</c> (<c>2025-2026</c>, <c>2019–2020</c>, <c>2021/2022</c>); at
/// the turn of a century the full <c>1999/2000</c> is the canonical form. The fix replaces just the year.
/// An impossible year is left to CIT1001: there is no right form to offer for it.
/// </summary>
internal sealed class SessionYearFormRule : CitationRule
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.SessionYearForm,
        new("Vorm van het vergaderjaar", "Form of the parliamentary year"),
        new("Schrijf het vergaderjaar als {1}, niet als {0}", "Write the parliamentary year as {1}, not {0}"),
        ProfileSeverities.All(RuleSeverity.Info),
        hasFix: true);

    public override RuleDescriptor Descriptor => Definition;

    public override void Analyze(RuleContext context)
    {
        foreach (var citation in context.Citations)
        {
            if (ParliamentaryParts.Of(citation) is not { SessionYear: { IsConsecutive: true } year, SessionYearText: { } written })
            {
                continue;
            }

            var canonical = year.ToString();
            if (written == canonical)
            {
                continue;
            }

            var span = WrittenPart.Find(citation, written);
            var fix = span is { } at ? new Fix(at, canonical) : null;
            var asWritten = span is { } s ? context.Text.Substring(s.Start, s.Length) : written;
            context.Report(Descriptor, citation, fix, asWritten, canonical);
        }
    }
}
