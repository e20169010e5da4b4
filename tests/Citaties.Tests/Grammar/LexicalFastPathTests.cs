using Citaties.Scanning;
using Sprache;
// Only these two of Citaties.Kinds: the namespace also declares combinators of Sprache's names, and the reference
// parsers here must be Sprache's own.
using Lexical = Citaties.Kinds.Lexical;
using WindowInput = Citaties.Kinds.WindowInput;

namespace Citaties.Tests.Grammar;

/// <summary>
/// The hand-written leaf parsers of <see cref="Lexical"/> (written out because the profile of Extract showed
/// the combinator forms allocating per character) must behave exactly as the Sprache combinators they replace:
/// same success, value and remainder, and on failure the same position and expectations, which error messages
/// and every <c>Or</c> after them depend on. Checked on hand-picked edge cases and at word starts all over the corpus,
/// the fast form on <see cref="WindowInput"/> and the reference form on Sprache's own <see cref="Input"/>.
/// </summary>
[TestFixture]
public class LexicalFastPathTests
{
    private const int WindowLength = 32;

    private static readonly Parser<string> ReferenceSpace = Parse.Char(' ').AtLeastOnce().Return(" ").Named("space");

    private static readonly Parser<string> ReferenceOptionalSpace = Parse.Char(' ').Many().Return(string.Empty);

    private static readonly Parser<string> ReferenceDigits = Parse.Chars("0123456789").AtLeastOnce().Text().Named("number");

    private static readonly string[] Words = { "artikel", "art.", "lid", "en", "van", "tot en met", "nr", "ECLI", "Handelingen", "Hand." };

    private static Parser<string> ReferenceWord(string word) =>
        Parse.IgnoreCase(word).Text().Then(w => Parse.Not(Parse.Letter).Return(w)).Named($"'{word}'");

    private static Parser<string> ReferenceLiteral(string text) => Parse.IgnoreCase(text).Text();

    private static Parser<string> ReferenceExact(string text) => Parse.String(text).Text();

    [TestCase("")]
    [TestCase(" ")]
    [TestCase("   x")]
    [TestCase("x ")]
    [TestCase("123")]
    [TestCase("12a 3")]
    [TestCase("artikel 5")]
    [TestCase("Artikelen 5")]
    [TestCase("artike")]
    [TestCase("ART. 5")]
    [TestCase("artt. 5")]
    [TestCase("artikel")]
    [TestCase("tot en met 5")]
    [TestCase("tot en mett")]
    [TestCase("tot en")]
    [TestCase("lid, 2")]
    [TestCase("lidmaat")]
    [TestCase("en-of")]
    [TestCase("ECLI:NL")]
    [TestCase("Handelingenstuk")]
    [TestCase("Hand. II")]
    [TestCase("HAND. II")]
    [TestCase("ecli:NL")]
    public void Agrees_with_the_combinators_on_edge_cases(string text) => AssertAgreement(text);

    [Test]
    public void Agrees_with_the_combinators_at_word_starts_all_over_the_corpus()
    {
        var root = CorpusPaths.RequireCorpus();
        var files = Directory.GetFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var starts = new List<(string Text, int Position)>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            for (var i = 0; i < text.Length; i++)
            {
                var previous = i == 0 ? ' ' : text[i - 1];
                if (!char.IsLetterOrDigit(previous) && !char.IsWhiteSpace(text[i]) || (char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(previous)))
                {
                    starts.Add((text, i));
                }
            }
        }

        // Every word start of the seeds, Handelingen and case law; the law text is sampled evenly to keep the test short.
        var step = Math.Max(1, starts.Count / 150_000);
        var checkedWindows = 0;
        for (var k = 0; k < starts.Count; k += step)
        {
            var (text, position) = starts[k];
            AssertAgreement(Window.Create(text.AsSpan(), position, WindowLength).Text);
            checkedWindows++;
        }

        Assert.That(checkedWindows, Is.GreaterThan(100_000));
    }

    private static void AssertAgreement(string window)
    {
        Same("Space", Lexical.Space, ReferenceSpace, window);
        Same("OptionalSpace", Lexical.OptionalSpace, ReferenceOptionalSpace, window);
        Same("Digits", Lexical.Digits, ReferenceDigits, window);
        foreach (var word in Words.Concat(WordsAt(window)))
        {
            Same($"Word({word})", Lexical.Word(word), ReferenceWord(word), window);
            Same($"Literal({word})", Lexical.Literal(word), ReferenceLiteral(word), window);
            Same($"Exact({word})", Lexical.Exact(word), ReferenceExact(word), window);
        }
    }

    // The word the window starts with, and variants that fail in its middle or run on into a letter.
    private static IEnumerable<string> WordsAt(string window)
    {
        var end = 0;
        while (end < window.Length && char.IsLetter(window[end]))
        {
            end++;
        }

        if (end == 0)
        {
            yield break;
        }

        var word = window.Substring(0, end).ToLowerInvariant();
        yield return word;
        yield return word + "x";
        if (end > 1)
        {
            var shorter = word.Substring(0, end - 1);
            yield return shorter;
            yield return shorter + "#";
        }
    }

    private static void Same(string what, Parser<string> fast, Parser<string> reference, string window)
    {
        ParseResults.AssertSame(fast(WindowInput.Start(window)), reference(new Input(window)), $"{what} on '{window}'");
    }
}
