using Citaties.Kinds;
using Citaties.Scanning;
using CsCheck;

namespace Citaties.Tests.Scanning.FastPaths;

/// <summary>
/// Beyond the corpus: on random windows built from the pieces their grammars are made of, every fast path either
/// declines or gives exactly what its grammar gives.
/// </summary>
[TestFixture]
public class FastPathPropertyTests
{
    private static readonly string[] Pieces =
    {
        " ", "  ", ",", ", ", ".", ":", ";", "-", "(", ")", "1", "5", "12", "2016", "2019/20", "162", "6:162", "2.1", "a", "b", "c", "A", "I", "bis",
        " sexies", " ter", "eerste", "tweede", "twintigste", "lid", "leden", "onder", "onderdeel", "sub", "letter", "1°",
        "aanhef", "en", "of", "dan wel", "tot en met", "t/m", "jo.", "juncto", "in verband met", "artikel", "van", "de",
        "het", "die", "wet", "Wet", "Sv", "BW", "Wet IB 2001", "Boek", "Burgerlijk Wetboek", "Verordening (EU) 2016/679",
        "(oud)", "zin", "laatste", "volzin", "Wetboek van Strafrecht", "ECLI", "NL", "HR", "EU", "C", "Stb", "Stb.",
        "Staatsblad", "nr.", "hierna", "hierna:", "verder", "\"", "DSA", "Wgts", "Sv", "Awb", "Algemene", "bestuursrecht",
    };

    // How a window of each family begins (its anchor and what must follow it) and what closes it, so that most
    // random windows get as far as the fast path's interesting part.
    private static IEnumerable<TestCaseData> Families()
    {
        yield return new TestCaseData("article", string.Empty, new[] { "artikel 5", "art. 6:162", "Artikel 2.1", "artikel 12a", "artikel I", "artikel 10.6ter", "artikel 3 tot en met 5" })
            .SetName("Article fast path agrees on random windows");
        yield return new TestCaseData("article", string.Empty, new[] { "de artikelen 5", "artikelen 12b", "artt. 3", "de artikelen 3 tot en met 5" })
            .SetName("Article fast path agrees on random enumerations");
        yield return new TestCaseData("ecli", string.Empty, new[] { "ECLI:NL:HR:", "ECLI:", "ELCI:NL:", "EU:C:2019:" })
            .SetName("ECLI fast path agrees on random windows");
        yield return new TestCaseData("gazette", string.Empty, new[] { "Stb. 2023", "Stb. 2023, ", "Staatsblad ", "Stcrt. 12", "Trb. 1990" })
            .SetName("Gazette fast path agrees on random windows");
        yield return new TestCaseData("definition", ")", new[] { "(hierna: ", "(hierna: de ", "(verder: ", "(hierna te noemen: ", "(hierna ook: ", "(W", "(\"" })
            .SetName("Definition fast path agrees on random windows");
    }

    [TestCaseSource(nameof(Families))]
    public void Agrees_with_the_grammar_on_random_windows(string familyName, string close, string[] heads)
    {
        var family = KindRegistry.Families.Single(f => f.Name == familyName);
        var recognised = 0;
        Gen.Select(Gen.OneOf(heads), Gen.OneOf(Pieces).Array[0, 12]).Select((head, parts) => head + string.Concat(parts) + close).Sample(text =>
        {
            var agreement = new FastPathAgreement(family);
            agreement.Compare("random", Window.Create(text.AsSpan(), 0, text.Length).Text);
            Interlocked.Add(ref recognised, agreement.Recognised);
            return agreement.DisagreementCount == 0;
        }, iter: Samples);

        // The property says something only if the fast path reads a good part of the windows.
        TestContext.Out.WriteLine($"{familyName}: the fast path read {recognised} of {Samples} random windows");
        Assert.That(recognised, Is.GreaterThan(Samples / 10));
    }

    private const int Samples = 3000;
}
