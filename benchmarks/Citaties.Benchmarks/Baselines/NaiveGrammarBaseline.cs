using Citaties.Kinds;
using Citaties.Scanning;
using Sprache;

namespace Citaties.Benchmarks.Baselines;

/// <summary>
/// The grammar without the scanner: every family's Sprache parser tried at every word start, on a window of
/// the same size the extractor would use. Shows what the anchor scan and the cheap checks save.
/// </summary>
public static class NaiveGrammarBaseline
{
    public static int CountMatches(string text)
    {
        var count = 0;
        var span = text.AsSpan();
        for (var i = 0; i < text.Length; i++)
        {
            if (!(char.IsLetterOrDigit(text[i]) || text[i] == '(') || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            foreach (var family in KindRegistry.Families)
            {
                var window = Window.Create(span, i, family.MaxLength);
                if (family.Parser(new Input(window.Text)).WasSuccessful)
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }
}
