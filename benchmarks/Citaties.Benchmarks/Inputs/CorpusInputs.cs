using System.Text;
using System.Text.RegularExpressions;

namespace Citaties.Benchmarks.Inputs;

/// <summary>
/// The inputs of every benchmark: law text (BWB XML with the tags stripped), case law, Handelingen, the seed
/// documents, and text without citations. Read from ../shared/corpus when it is there; otherwise generated
/// text of the same character (marked so in the input name).
/// </summary>
public static class CorpusInputs
{
    public const string LawText = "law";
    public const string CaseLaw = "caselaw";
    public const string Handelingen = "handelingen";
    public const string Seeds = "seeds";
    public const string NoCitations = "plain";

    public static readonly string[] Names = { LawText, CaseLaw, Handelingen, Seeds, NoCitations };

    private static readonly Dictionary<string, BenchmarkInput> Cache = new();

    /// <summary>The input called <paramref name="name"/>, at most <paramref name="maxChars"/> characters long.</summary>
    public static BenchmarkInput Get(string name, int maxChars = int.MaxValue)
    {
        var key = name + "/" + maxChars;
        lock (Cache)
        {
            if (!Cache.TryGetValue(key, out var input))
            {
                input = Load(name, maxChars);
                Cache[key] = input;
            }

            return input;
        }
    }

    /// <summary>The corpus folder, or null when it is absent.</summary>
    public static string? FindCorpus()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CITATIES_CORPUS");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "corpus");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static BenchmarkInput Load(string name, int maxChars)
    {
        var corpus = FindCorpus();
        string? text = corpus is null ? null : name switch
        {
            LawText => ReadAll(Path.Combine(corpus, "bwb"), "*.xml", StripTags),
            CaseLaw => ReadAll(Path.Combine(corpus, "rechtspraak"), "*.txt", t => t),
            Handelingen => ReadAll(Path.Combine(corpus, "handelingen"), "*.txt", t => t),
            Seeds => ReadAll(Path.Combine(corpus, "seeds"), "*.txt", t => t),
            NoCitations => WithoutCitations(ReadAll(Path.Combine(corpus, "rechtspraak"), "*.txt", t => t)),
            _ => throw new ArgumentException($"Unknown input '{name}'; known are {string.Join(", ", Names)}."),
        };
        var fromCorpus = text is not null;
        text ??= GeneratedText.For(name);
        if (text.Length > maxChars)
        {
            text = text.Substring(0, maxChars);
        }

        return new BenchmarkInput(fromCorpus ? name : name + " (generated)", text, fromCorpus);
    }

    private static string? ReadAll(string folder, string pattern, Func<string, string> transform)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var builder = new StringBuilder();
        foreach (var file in Directory.GetFiles(folder, pattern).OrderBy(f => f, StringComparer.Ordinal))
        {
            builder.Append(transform(File.ReadAllText(file))).Append("\n\n");
        }

        return builder.ToString();
    }

    /// <summary>The law text the way a reader sees it: tags removed, entities decoded, one space between elements.</summary>
    public static string StripTags(string xml)
    {
        var text = Regex.Replace(xml, "<[^>]*>", " ");
        text = System.Net.WebUtility.HtmlDecode(text);
        return Regex.Replace(text, "[ \\t]{2,}", " ");
    }

    /// <summary>
    /// Real running text with every citation-like line removed: keeps the character of Dutch legal prose
    /// (and its ordinary words) while no anchor survives the cheap checks.
    /// </summary>
    private static string? WithoutCitations(string? caseLaw)
    {
        if (caseLaw is null)
        {
            return null;
        }

        var lines = caseLaw.Split('\n').Where(line => !Regex.IsMatch(line, "\\d"));
        return string.Join("\n", lines);
    }
}
