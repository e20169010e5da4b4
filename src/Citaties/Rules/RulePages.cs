using System.IO;
using System.Text;

namespace Citaties.Rules;

/// <summary>
/// The rule pages of docs/rules, embedded in this assembly, so that every front end (CLI, analyzer, language
/// server) can show them without a network or a checkout.
/// </summary>
internal static class RulePages
{
    private const string Prefix = "Citaties.Rules.Pages.";

    /// <summary>The Markdown page of rule <paramref name="id"/>, or null when it has none.</summary>
    public static string? Find(string id)
    {
        using var stream = typeof(RulePages).Assembly.GetManifestResourceStream(Prefix + id + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
