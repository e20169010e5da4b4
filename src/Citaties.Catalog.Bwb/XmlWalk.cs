using System;
using System.Xml;

namespace Citaties.Catalog.Bwb;

/// <summary>
/// The one forward pass over a BWB document that the readers share (no DOM, so memory stays small on large laws):
/// an element the reader skips is passed over with all it holds; the others are reported as they start and end
/// (with their depth), and text as it comes.
/// </summary>
internal static class XmlWalk
{
    public static void Run(XmlReader reader, Func<string, bool> skips, Action start, Action<int> end, Action<string> text)
    {
        while (!reader.EOF)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when skips(reader.LocalName):
                    reader.Skip();
                    continue;
                case XmlNodeType.Element:
                    start();
                    break;
                case XmlNodeType.EndElement:
                    end(reader.Depth);
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    text(reader.Value);
                    break;
            }

            reader.Read();
        }
    }
}
