using Citaties.Kinds;
using Sprache;
using SprachesParse = Sprache.Parse;

namespace Citaties.Tests.Grammar;

/// <summary>
/// The grammars' own <c>Or</c>, <c>Named</c>, <c>Then</c>, <c>Select</c>, <c>Return</c> and <c>SelectMany</c>
/// (Kinds/Shared/Combinators) give what Sprache's give: the same success, value and remainder, and on failure the same
/// position and expectations, which near misses and parse errors are made of. Both are run on Sprache's own input,
/// over parsers that succeed, fail at once, fail part-way, and succeed reading nothing.
/// </summary>
[TestFixture]
public class CombinatorAgreementTests
{
    private static readonly Parser<string> Art = Lexical.Word("art");
    private static readonly Parser<string> Artikel = Lexical.Literal("artikel");
    private static readonly Parser<string> Digits = Lexical.Digits;
    private static readonly Parser<string> Xs = SprachesParse.Text(SprachesParse.Many(SprachesParse.Char('x')));

    private static readonly Parser<string>[] Leaves = { Art, Artikel, Digits, Xs, Lexical.Space };

    private static readonly string[] Inputs = { "artikel 5", "art 5", "art. 5", "artx", "arti", "5 art", "xx5", "", " 12", "ARTIKEL" };

    [Test]
    public void Or_agrees_with_Sprache()
    {
        foreach (var first in Leaves)
        {
            foreach (var second in Leaves)
            {
                AssertSame(Choice.Or(first, second), SprachesParse.Or(first, second));
                AssertSame(Choice.Or(Choice.Or(first, second), Artikel), SprachesParse.Or(SprachesParse.Or(first, second), Artikel));
            }
        }
    }

    [Test]
    public void Named_agrees_with_Sprache()
    {
        foreach (var parser in Leaves.Append(Sequencing.SelectMany(Art, _ => Lexical.Space, (a, s) => a + s)))
        {
            AssertSame(Choice.Named(parser, "thing"), SprachesParse.Named(parser, "thing"));
        }
    }

    [Test]
    public void Sequencing_agrees_with_Sprache()
    {
        foreach (var first in Leaves)
        {
            foreach (var second in Leaves)
            {
                AssertSame(
                    Sequencing.SelectMany(first, _ => second, (a, b) => a + "|" + b),
                    SprachesParse.SelectMany(first, _ => second, (a, b) => a + "|" + b));
                AssertSame(Sequencing.Then(first, a => second), SprachesParse.Then(first, a => second));
            }

            AssertSame(Sequencing.Select(first, a => a.ToUpperInvariant()), SprachesParse.Select(first, a => a.ToUpperInvariant()));
            AssertSame(Sequencing.Return(first, "value"), SprachesParse.Return(first, "value"));
        }
    }

    private static void AssertSame(Parser<string> ours, Parser<string> sprache)
    {
        foreach (var text in Inputs)
        {
            ParseResults.AssertSame(ours(new Input(text)), sprache(new Input(text)), $"on '{text}'");
        }
    }
}
