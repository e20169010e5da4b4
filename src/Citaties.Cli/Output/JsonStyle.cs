using System.Text.Encodings.Web;
using System.Text.Json;

namespace Citaties.Cli.Output;

/// <summary>How every JSON document of the tool is written.</summary>
internal static class JsonStyle
{
    /// <summary>
    /// Indented; non-ASCII letters readable ("é", not "\u00E9"), since the output is UTF-8 and never embedded in
    /// HTML; line ends "\n" on every platform so that the output is the same everywhere.
    /// </summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };
}
