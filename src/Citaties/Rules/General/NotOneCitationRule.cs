using System;
using Citaties.Model;
using Citaties.Scanning;

namespace Citaties.Rules.General;

/// <summary>
/// CIT0002: a value that must be exactly one citation (an argument of a parameter marked
/// <c>[StringSyntax("citation")]</c>, linted with <see cref="CitationLinter.LintCitation(string, LintOptions)"/>) is
/// not one. It says what is wrong in the reader's words: no citation at all, a citation with text after it, or
/// what the grammar expected where it stopped. Running text is never checked by it.
/// </summary>
internal sealed class NotOneCitationRule : CitationRule
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.NotOneCitation,
        new("Geen verwijzing", "Not a citation"),
        new("Hier hoort precies één verwijzing: {0}", "Exactly one citation is expected here: {0}"),
        ProfileSeverities.All(RuleSeverity.Error),
        hasFix: false,
        MessageFragments.Of(typeof(Fragments)));

    public override RuleDescriptor Descriptor => Definition;

    public override void Analyze(RuleContext context)
    {
        if (!context.ExpectsOneCitation)
        {
            return;
        }

        var text = context.Text;
        if (SingleCitationParser.ReadAsScanned(text) is not null)
        {
            return;
        }

        var parsed = SingleCitationParser.Parse(text);
        if (parsed.Error is not { } error)
        {
            return;
        }

        var (start, end) = SingleCitationParser.Trimmed(text);
        var at = error.Position;
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (start == end)
        {
            context.Report(Descriptor, new TextSpan(start, 0), null, null, Fragments.Empty);
        }
        else if (at >= end || IsInsideFirstOrdinaryWord(text, start, at))
        {
            // Nothing was recognised, or the parser stopped inside an ordinary first word ("Het ..." read as the
            // start of "HR"): the whole value is not a citation, whatever letter the grammar hoped for there.
            var reason = at >= end && GrammarExpectations.Join(error.Expected) is { } expected
                ? Fragments.ExpectedAfter.With(expected, Quote(text, start, end))
                : Fragments.NotACitation.With(Quote(text, start, end));
            context.Report(Descriptor, TextSpan.FromBounds(start, end), null, null, reason);
        }
        else if (SingleCitationParser.Parse(text.Substring(0, at)).Success)
        {
            context.Report(Descriptor, TextSpan.FromBounds(at, end), null, null, Fragments.TextAfter.With(Quote(text, at, end)));
        }
        else
        {
            var reason = GrammarExpectations.Join(error.Expected) is { } expected
                ? Fragments.ExpectedAfter.With(expected, Quote(text, start, at))
                : Fragments.NotACitation.With(Quote(text, start, end));
            context.Report(Descriptor, TextSpan.FromBounds(at, end), null, null, reason);
        }
    }

    // A capital and small letters: a word of the language, not an identifier or abbreviation (BWBR..., HR).
    private static bool IsInsideFirstOrdinaryWord(string text, int start, int at)
    {
        var wordEnd = start;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        if (at > wordEnd || wordEnd - start < 2)
        {
            return false;
        }

        for (var i = start + 1; i < wordEnd; i++)
        {
            if (!char.IsLower(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Quote(string text, int from, int to)
    {
        const int Longest = 40;
        var quoted = text.Substring(from, Math.Min(to - from, Longest));
        return to - from > Longest ? quoted + "..." : quoted;
    }

    // The {0} of the message.
    private static class Fragments
    {
        public static readonly LocalizedText Empty = new("de waarde is leeg", "the value is empty");
        public static readonly LocalizedText NotACitation = new("'{0}' is geen verwijzing", "'{0}' is not a citation");
        public static readonly LocalizedText TextAfter = new("'{0}' staat achter de verwijzing", "'{0}' follows the citation");
        public static readonly LocalizedText ExpectedAfter = new("verwacht {0} na '{1}'", "expected {0} after '{1}'");
    }
}
