namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1002: a vergaderjaar not written <c>YYYY/YY</c> (<c>2025-2026</c>, <c>2019–2020</c>, <c>2021/2022</c>); at
/// the turn of a century the full <c>1999/2000</c> is the canonical form. The fix replaces just the year.
/// An impossible year is left to CIT1001: there is no right form to offer for it.
/// </summary>
internal sealed class SessionYearFormRule : CitationRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SessionYearForm;

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
