using System.Text;

namespace Citaties.Catalog.Bwb;

/// <summary>Small text helpers for file names and messages.</summary>
internal static class SourceNames
{
    /// <summary>
    /// The part after the last <c>/</c> or <c>\</c>. Not Path.GetFileName: on .NET Framework that throws on
    /// characters a stream's name may well contain.
    /// </summary>
    public static string FileName(string path)
    {
        for (var i = path.Length - 1; i >= 0; i--)
        {
            if (path[i] is '/' or '\\')
            {
                return path.Substring(i + 1);
            }
        }

        return path;
    }

    /// <summary>The text, cut to <paramref name="max"/> characters with an ellipsis, so messages stay short.</summary>
    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : new StringBuilder(max + 3).Append(text, 0, max).Append("...").ToString();
}
