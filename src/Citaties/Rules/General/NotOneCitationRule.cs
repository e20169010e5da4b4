using Citaties.Model;

namespace Citaties.Rules.General;

/// <summary>
/// CIT0002: a value that must be exactly one citation (an argument of a parameter marked
/// <c>[StringSyntax("citation")]</c>, linted with <see cref="CitationLinter.LintCitation(string, LintOptions)"/>) is not one. The
/// finding starts where the parser gave up and says what it expected there. Running text is never checked by it.
/// </summary>
internal sealed class NotOneCitationRule : CitationRule
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.NotOneCitation,
        new("Geen verwijzing", "Not a citation"),
        new("Hier hoort precies één verwijzing: {0}", "Exactly one citation is expected here: {0}"),
        ProfileSeverities.All(RuleSeverity.Error),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    public override void Analyze(RuleContext context)
    {
        if (!context.ExpectsOneCitation)
        {
            return;
        }

        var parsed = CitationFinder.TryParse(context.Text);
        if (parsed.Error is not { } error)
        {
            return;
        }

        context.Report(Descriptor, SpanOf(context.Text, error.Position), null, null, error.Message);
    }

    // From where the parser stopped to the end of the value; the whole value when it stopped at the end, so that
    // the finding never has no width.
    private static TextSpan SpanOf(string text, int position)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position < end && position >= start ? TextSpan.FromBounds(position, end) : TextSpan.FromBounds(start, end);
    }
}
