using System.Text;
using System.Xml;

namespace Citaties.Tests.Corpus.Bwb;

/// <summary>A reference the publisher marked up in BWB XML: where its text stands in the stripped text, and its target.</summary>
/// <param name="Element"><c>intref</c> or <c>extref</c>.</param>
/// <param name="Start">Offset of its text in the stripped text.</param>
/// <param name="End">Offset just past its text (white space at either end left out).</param>
/// <param name="Bwb">The BWB id of the target.</param>
/// <param name="Article">The article of the target (<c>artikel=</c>, decoded), or null when it points at a law or a division.</param>
public sealed record MarkedReference(string Element, int Start, int End, string Bwb, string? Article);

/// <summary>Where an <c>artikel</c> element's text starts in the stripped text, and its number (<c>kop/nr</c>; empty when it has none).</summary>
public sealed record MarkedArticle(int Start, string Label);

/// <summary>
/// The text of a law in the older BWB XML format with the markup stripped, and the <c>intref</c>/<c>extref</c>
/// references with their ranges in that text. Block elements end in a line break so words of two paragraphs never join;
/// the indentation of the XML file is no part of the text, so a run of white space is one space (or one line break
/// when it holds one), as a browser shows it.
/// </summary>
public sealed record MarkedLawText(string Bwb, string Text, IReadOnlyList<MarkedReference> References, IReadOnlyList<MarkedArticle> Articles)
{
    // Elements that stand inside a line of text; every other element is a block of its own.
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal) { "intref", "extref", "nadruk", "redactie", "sup", "sub", "inf" };

    public static MarkedLawText Read(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = false };
        using var reader = XmlReader.Create(path, settings);
        var text = new StringBuilder();
        var references = new List<MarkedReference>();
        var articles = new List<(int Start, StringBuilder Label)>();
        var open = new Stack<(string Name, int Start, string? Doc)>();
        string? own = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    own ??= reader.GetAttribute("bwb-id");
                    var isEmpty = reader.IsEmptyElement;
                    if (!Inline.Contains(reader.LocalName))
                    {
                        AppendSpace(text, '\n');
                    }

                    if (reader.LocalName == "artikel")
                    {
                        articles.Add((text.Length, new StringBuilder()));
                    }

                    if (!isEmpty)
                    {
                        open.Push((reader.LocalName, text.Length, reader.GetAttribute("doc")));
                    }

                    break;
                case XmlNodeType.EndElement:
                    var (name, start, doc) = open.Pop();
                    if (doc is not null && name is "intref" or "extref" && Target(doc) is { } target)
                    {
                        var (from, to) = Trimmed(text, start, text.Length);
                        if (to > from)
                        {
                            references.Add(new MarkedReference(name, from, to, target.Bwb, target.Article));
                        }
                    }

                    if (!Inline.Contains(name))
                    {
                        AppendSpace(text, '\n');
                    }

                    break;
                case XmlNodeType.Text:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                case XmlNodeType.CDATA:
                    if (IsArticleNumber(open) && articles.Count > 0)
                    {
                        articles[^1].Label.Append(reader.Value.Trim());
                    }

                    AppendCollapsed(text, reader.Value);
                    break;
            }
        }

        var marked = articles.Select(a => new MarkedArticle(a.Start, a.Label.ToString())).ToList();
        return new MarkedLawText(own ?? Path.GetFileNameWithoutExtension(path), text.ToString(), references, marked);
    }

    // The text of artikel/kop/nr is the article's number.
    private static bool IsArticleNumber(Stack<(string Name, int Start, string? Doc)> open) =>
        open.Count >= 3 && open.Peek().Name == "nr" && open.ElementAt(1).Name == "kop" && open.ElementAt(2).Name == "artikel";

    private static void AppendCollapsed(StringBuilder text, string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                AppendSpace(text, c == '\n' ? '\n' : ' ');
            }
            else
            {
                text.Append(c);
            }
        }
    }

    // One white space character per run: a line break wins over a space.
    private static void AppendSpace(StringBuilder text, char space)
    {
        if (text.Length == 0)
        {
            return;
        }

        var last = text[text.Length - 1];
        if (last == ' ' || last == '\n')
        {
            if (space == '\n')
            {
                text[text.Length - 1] = '\n';
            }

            return;
        }

        text.Append(space);
    }

    // "1.0:v:BWBR0001830&artikel=1" -> (BWBR0001830, "1"); the article value may be URL-encoded ("4%3A81").
    private static (string Bwb, string? Article)? Target(string doc)
    {
        var parts = doc.Split('&');
        var head = parts[0].Split(':');
        var bwb = head[^1];
        if (!bwb.StartsWith("BWB", StringComparison.Ordinal))
        {
            return null;
        }

        string? article = null;
        foreach (var part in parts.Skip(1))
        {
            if (part.StartsWith("artikel=", StringComparison.Ordinal))
            {
                article = Uri.UnescapeDataString(part["artikel=".Length..]);
            }
        }

        return (bwb, article);
    }

    private static (int From, int To) Trimmed(StringBuilder text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        return (from, to);
    }
}
