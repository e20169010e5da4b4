using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Citaties.SampleDocx.Building;

/// <summary>
/// A floating text box as Word 2010 and later write it: <c>mc:AlternateContent</c> whose <c>mc:Choice</c>
/// (Requires="wps") holds a DrawingML shape with the text, and whose <c>mc:Fallback</c> holds a VML shape
/// with a second copy of the same text for older readers. A reader must take one of the two, never both.
/// </summary>
internal static class TextBoxMarkup
{
    public const string WpsNamespace = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";

    // The markup Word writes for a text box of 6.5 x 2 cm at the right margin, square wrapping. The
    // namespaces are declared on the document root (see DraftBuilder), as Word does.
    private const string Template =
        "<w:r xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:wps=\"" + WpsNamespace + "\" xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" " +
        "xmlns:w10=\"urn:schemas-microsoft-com:office:word\">" +
        "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>" +
        "<wp:anchor distT=\"45720\" distB=\"45720\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"{1}\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">" +
        "<wp:simplePos x=\"0\" y=\"0\"/>" +
        "<wp:positionH relativeFrom=\"margin\"><wp:align>right</wp:align></wp:positionH>" +
        "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>" +
        "<wp:extent cx=\"2340000\" cy=\"720000\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>" +
        "<wp:wrapSquare wrapText=\"bothSides\"/>" +
        "<wp:docPr id=\"{0}\" name=\"Tekstvak {0}\"/><wp:cNvGraphicFramePr/>" +
        "<a:graphic><a:graphicData uri=\"" + WpsNamespace + "\"><wps:wsp>" +
        "<wps:cNvSpPr txBox=\"1\"><a:spLocks noChangeArrowheads=\"1\"/></wps:cNvSpPr>" +
        "<wps:spPr bwMode=\"auto\"><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"2340000\" cy=\"720000\"/></a:xfrm>" +
        "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill>" +
        "<a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill><a:miter lim=\"800000\"/><a:headEnd/><a:tailEnd/></a:ln></wps:spPr>" +
        "<wps:txbx><w:txbxContent/></wps:txbx>" +
        "<wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" lIns=\"91440\" tIns=\"45720\" rIns=\"91440\" bIns=\"45720\" anchor=\"t\" anchorCtr=\"0\"><a:spAutoFit/></wps:bodyPr>" +
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
        "<mc:Fallback><w:pict>{3}" +
        "<v:shape id=\"Tekstvak {0}\" o:spid=\"_x0000_s{2}\" type=\"#_x0000_t202\" " +
        "style=\"position:absolute;margin-left:0;margin-top:0;width:184.25pt;height:56.7pt;z-index:{1};visibility:visible;mso-wrap-style:square;" +
        "mso-position-horizontal:right;mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph;v-text-anchor:top\">" +
        "<v:textbox style=\"mso-fit-shape-to-text:t\"><w:txbxContent/></v:textbox><w10:wrap type=\"square\"/></v:shape>" +
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r>";

    // The VML shape type of a text box; Word writes it once, in the first text box, and later ones refer to it.
    private const string ShapeType =
        "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">" +
        "<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>";

    private static readonly CompositeFormat TemplateFormat = CompositeFormat.Parse(Template);

    /// <summary>A run holding text box number <paramref name="number"/> (from 1, unique in the document) with <paramref name="paragraphs"/>.</summary>
    public static Run Create(int number, IReadOnlyList<Paragraph> paragraphs)
    {
        var xml = string.Format(
            CultureInfo.InvariantCulture,
            TemplateFormat,
            number,
            251659264 + number,
            1025 + number,
            number == 1 ? ShapeType : string.Empty);
        var run = new Run(xml);
        foreach (var content in run.Descendants<TextBoxContent>().ToList())
        {
            foreach (var paragraph in paragraphs)
            {
                content.Append((Paragraph)paragraph.CloneNode(true));
            }
        }

        return run;
    }
}
