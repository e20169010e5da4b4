using System.Collections.Generic;
using System.Text;
using System.Xml;

namespace Citaties.Catalog.Bwb;

/// <summary>
/// Reads the parts of a wetstechnische-informatie file a catalog can use: the current citeertitel and the
/// official abbreviations, both under <c>algemene-informatie</c>. The rest (related regulations, amendment
/// history) is read only to check that the file is whole.
/// </summary>
internal static class WtiReader
{
    private const int MaxValue = 2000;

    /// <summary>Reads from the root element (the reader is positioned on it) to the end of the document.</summary>
    public static BwbMetadata Read(XmlReader reader)
    {
        var bwb = reader.GetAttribute("bwb-id");
        string? citeertitel = null;
        string? identification = null;
        var abbreviations = new List<string>();

        var path = new List<string>();
        StringBuilder? value = null;
        while (!reader.EOF)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (!reader.IsEmptyElement)
                    {
                        path.Add(reader.LocalName);
                        value = IsWanted(path) ? new StringBuilder() : null;
                    }

                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (value is not null && value.Length < MaxValue)
                    {
                        value.Append(reader.Value);
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (value is not null && path.Count > 0)
                    {
                        var text = ArticleRules.CollapseWhitespace(value.ToString());
                        switch (path[path.Count - 1])
                        {
                            case "citeertitel" when citeertitel is null && text.Length > 0:
                                citeertitel = text;
                                break;
                            case "identificatienummer" when identification is null && text.Length > 0:
                                identification = text;
                                break;
                            case "afkorting" when text.Length > 0 && !abbreviations.Contains(text):
                                abbreviations.Add(text);
                                break;
                        }
                    }

                    value = null;
                    if (path.Count > 0)
                    {
                        path.RemoveAt(path.Count - 1);
                    }

                    break;
            }

            reader.Read();
        }

        return new BwbMetadata
        {
            Bwb = string.IsNullOrWhiteSpace(bwb) ? identification : bwb!.Trim(),
            Citeertitel = citeertitel,
            Abbreviations = abbreviations,
        };
    }

    // The current citeertitel is the direct child of algemene-informatie; the ones under <citeertitels> are
    // its history (with validity dates) and are not wanted here.
    private static bool IsWanted(List<string> path) => path.Count switch
    {
        3 => path[1] == "algemene-informatie" && path[2] is "citeertitel" or "identificatienummer",
        4 => path[1] == "algemene-informatie" && path[2] == "afkortingen" && path[3] == "afkorting",
        _ => false,
    };
}
