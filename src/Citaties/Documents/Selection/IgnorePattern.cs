using System;
using System.Text;
using System.Text.RegularExpressions;

namespace Citaties.Documents;

/// <summary>
/// One line of a gitignore-syntax file (https://git-scm.com/docs/gitignore), compiled to a regular expression over
/// a path relative to the folder the pattern belongs to, with forward slashes. The same syntax serves
/// <c>.citatiesignore</c>, the <c>files</c> and <c>exclude</c> settings and <c>--exclude</c>, so a pattern means the
/// same thing wherever a user writes it.
/// </summary>
internal sealed class IgnorePattern
{
    private readonly Regex regex;

    private IgnorePattern(Regex regex, bool negated, bool directoryOnly)
    {
        this.regex = regex;
        Negated = negated;
        DirectoryOnly = directoryOnly;
    }

    /// <summary>True for a <c>!pattern</c> line, which takes back what an earlier line ignored.</summary>
    public bool Negated { get; }

    /// <summary>True for a pattern ending in <c>/</c>, which matches folders only.</summary>
    public bool DirectoryOnly { get; }

    /// <summary>The pattern of one line, or null for a blank line or a comment.</summary>
    public static IgnorePattern? Parse(string line, bool ignoreCase)
    {
        var text = TrimTrailingSpaces(line);
        if (text.Length == 0 || text[0] == '#')
        {
            return null;
        }

        var negated = text[0] == '!';
        if (negated)
        {
            text = text.Substring(1);
        }

        var directoryOnly = text.Length > 0 && text[text.Length - 1] == '/';
        text = text.TrimEnd('/');
        if (text.Length == 0)
        {
            return null;
        }

        // A slash at the start or in the middle ties the pattern to its own folder; without one it matches a name
        // at any depth.
        var anchored = text.IndexOf('/') >= 0;
        text = text.TrimStart('/');
        var expression = new StringBuilder("^");
        if (!anchored)
        {
            expression.Append("(?:.*/)?");
        }

        AppendBody(expression, text);
        expression.Append('$');
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        return new IgnorePattern(new Regex(expression.ToString(), options), negated, directoryOnly);
    }

    /// <summary>True when the pattern matches <paramref name="relativePath"/> (forward slashes, no leading slash).</summary>
    public bool Matches(string relativePath, bool isDirectory) =>
        (isDirectory || !DirectoryOnly) && regex.IsMatch(relativePath);

    private static void AppendBody(StringBuilder expression, string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var atSegmentStart = i == 0 || text[i - 1] == '/';
            if (atSegmentStart && string.CompareOrdinal(text, i, "**/", 0, 3) == 0)
            {
                // "**/" at a segment start: any number of folders, also none.
                expression.Append("(?:.*/)?");
                i += 3;
            }
            else if (atSegmentStart && i + 2 == text.Length && text[i] == '*' && text[i + 1] == '*')
            {
                // A trailing "/**": everything inside.
                expression.Append(".*");
                i += 2;
            }
            else if (text[i] == '*')
            {
                // Any other run of stars is one star: anything within a segment.
                expression.Append("[^/]*");
                while (i < text.Length && text[i] == '*')
                {
                    i++;
                }
            }
            else if (text[i] == '?')
            {
                expression.Append("[^/]");
                i++;
            }
            else if (text[i] == '[' && TryAppendClass(expression, text, ref i))
            {
                continue;
            }
            else if (text[i] == '\\' && i + 1 < text.Length)
            {
                expression.Append(Regex.Escape(text[i + 1].ToString()));
                i += 2;
            }
            else
            {
                expression.Append(Regex.Escape(text[i].ToString()));
                i++;
            }
        }
    }

    // "[abc]", "[a-z]", "[!a-z]" or "[^a-z]"; never a slash. A "[" without its "]" is an ordinary character.
    private static bool TryAppendClass(StringBuilder expression, string text, ref int i)
    {
        var start = i + 1;
        var negated = start < text.Length && (text[start] == '!' || text[start] == '^');
        var first = negated ? start + 1 : start;
        // A "]" right after the opening is a member, not the end.
        var end = text.IndexOf(']', first < text.Length && text[first] == ']' ? first + 1 : first);
        if (end < 0)
        {
            return false;
        }

        expression.Append(negated ? "[^/" : "[");
        for (var j = first; j < end; j++)
        {
            var c = text[j];
            expression.Append(c is '\\' or '[' or ']' or '^' ? "\\" + c : c.ToString());
        }

        expression.Append(']');
        i = end + 1;
        return true;
    }

    // Trailing spaces are dropped unless the last one is escaped with a backslash.
    private static string TrimTrailingSpaces(string line)
    {
        var end = line.Length;
        while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r'))
        {
            end--;
        }

        if (end > 0 && end < line.Length && line[end - 1] == '\\' && line[end] == ' ')
        {
            // "foo\ " keeps its escaped space: the backslash escapes it in AppendBody.
            end++;
        }

        return line.Substring(0, end);
    }
}
