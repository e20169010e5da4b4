using System.Text;

namespace Citaties.Benchmarks.Inputs;

/// <summary>
/// Text made up when the corpus is absent, so that the benchmarks still run on a fresh clone. About 1 MB of
/// Dutch-like prose, with citations of every kind mixed in at a density like that of case law.
/// </summary>
public static class GeneratedText
{
    private static readonly string[] Words =
    {
        "de", "het", "een", "van", "in", "op", "dat", "die", "is", "niet", "met", "zijn", "voor", "aan", "bij",
        "rechtbank", "verdachte", "hof", "overweegt", "beroep", "middel", "klacht", "oordeel", "bewijs", "zaak",
        "gemeente", "minister", "Kamer", "voorstel", "regering", "toezicht", "handhaving", "besluit", "uitspraak",
    };

    private static readonly string[] Citations =
    {
        "Kamerstukken II 2018/19, 35 000 VI, nr. 5, p. 3", "Kamerstuk 28 638, nr. 178", "Handelingen II 2010/11, nr. 108, item 5",
        "Aanhangsel Handelingen II 2019/20, nr. 3645", "art. 6:162 BW", "artikel 359a Sv", "ECLI:NL:HR:2016:162",
        "Stb. 2023, 123", "Verordening (EU) 2022/2065", "LJN: AB1234", "artikel 6, vierde lid, van de Algemene wet bestuursrecht",
    };

    public static string For(string name)
    {
        var random = new Random(name.GetHashCode(StringComparison.Ordinal) & 0x7fffffff);
        var withCitations = name != CorpusInputs.NoCitations;
        var builder = new StringBuilder(1_100_000);
        while (builder.Length < 1_000_000)
        {
            for (var i = 0; i < 40; i++)
            {
                builder.Append(Words[random.Next(Words.Length)]).Append(' ');
            }

            if (withCitations)
            {
                builder.Append(Citations[random.Next(Citations.Length)]).Append(". ");
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }
}
