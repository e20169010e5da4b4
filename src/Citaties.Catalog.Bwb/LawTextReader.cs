using System;
using System.Collections.Generic;
using System.Text;
using System.Xml;

namespace Citaties.Catalog.Bwb;

/// <summary>
/// Reads the law text of either BWB format in one forward pass (no DOM, so memory stays small on large
/// laws) and collects the metadata and the articles. Both formats share the element names that matter:
/// <c>artikel</c> with <c>kop/nr</c>, <c>lid</c>, <c>citeertitel</c>, <c>intitule</c>.
/// </summary>
internal sealed class LawTextReader
{
    private const int MaxCapture = 2000;

    // Containers whose articles are not articles of this law, so they must not enter its list:
    // a bijlage may hold a model regulation or a treaty text with its own article 1; an amending provision
    // (wijzig-artikel, wijzig-divisie, wijzig-lid...) quotes articles of the law it amends; wetcitaat and
    // citaat-artikel quote other laws; verdragtekst is the treaty a goedkeuringswet approves; model is a
    // form; a toelichting explains articles without being one. An artikel nested inside an artikel is
    // quoted text as well and is treated as part of the outer article's body.
    internal static readonly HashSet<string> ForeignContainers = new(StringComparer.Ordinal)
    {
        "bijlage", "wijzig-artikel", "wijzig-divisie", "wijzig-lid", "wijzig-lid-groep", "wetcitaat",
        "citaat-artikel", "verdragtekst", "model", "artikel.toelichting", "nota-toelichting", "toelichting",
    };

    private readonly XmlReader _reader;
    private readonly RawLawText _result = new();

    private int _foreignDepth = -1;
    private ArticleState? _article;
    private Capture? _capture;

    private LawTextReader(XmlReader reader)
    {
        _reader = reader;
    }

    /// <summary>Reads from the root element (the reader is positioned on it) to the end of the document.</summary>
    public static RawLawText Read(XmlReader reader)
    {
        var text = new LawTextReader(reader);
        text.Run();
        return text._result;
    }

    // Publication data (sources, dates, jci references) is no part of the text, and in the toestand format it
    // follows every article, where it would hide a bare "Vervallen" body.
    private void Run() => XmlWalk.Run(_reader, name => name == "meta-data", StartElement, EndElement, AddText);

    private void StartElement()
    {
        var name = _reader.LocalName;
        var depth = _reader.Depth;
        var empty = _reader.IsEmptyElement;

        if (_foreignDepth >= 0)
        {
            if (name == "artikel")
            {
                _result.IgnoredArticles++;
            }

            return;
        }

        if (_article is not null)
        {
            StartInsideArticle(name, depth, empty);
            return;
        }

        switch (name)
        {
            case "toestand":
            case "wetgeving":
                _result.BwbId ??= NonEmpty(_reader.GetAttribute("bwb-id"));
                if (name == "toestand")
                {
                    _result.VersionDate ??= NonEmpty(_reader.GetAttribute("inwerkingtreding"));
                }

                break;
            case "citeertitel" when _result.Citeertitel is null:
                BeginCapture(depth, empty, CaptureTarget.Citeertitel);
                break;
            case "intitule" when _result.Intitule is null:
                BeginCapture(depth, empty, CaptureTarget.Intitule);
                break;
            case "artikel":
                _article = new ArticleState(depth, _reader.GetAttribute("status"), _reader.GetAttribute("label"));
                if (empty)
                {
                    FinishArticle();
                }

                break;
            default:
                if (ForeignContainers.Contains(name) && !empty)
                {
                    _foreignDepth = depth;
                }

                break;
        }
    }

    private void StartInsideArticle(string name, int depth, bool empty)
    {
        var article = _article!;
        if (depth == article.Depth + 1)
        {
            if (name == "kop" && !empty)
            {
                article.KopDepth = depth;
            }
            else if (name == "lid")
            {
                article.Paragraphs++;
            }
        }
        else if (article.KopDepth >= 0 && depth == article.KopDepth + 1 && _capture is null)
        {
            if (name == "nr" && article.Number is null)
            {
                BeginCapture(depth, empty, CaptureTarget.Number);
            }
            else if (name == "titel" && article.Heading is null)
            {
                BeginCapture(depth, empty, CaptureTarget.Heading);
            }
        }
    }

    private void EndElement(int depth)
    {
        if (_foreignDepth >= 0)
        {
            if (depth == _foreignDepth)
            {
                _foreignDepth = -1;
            }

            return;
        }

        if (_capture is { } capture && capture.Depth == depth)
        {
            Store(capture.Target, capture.Text.ToString());
            _capture = null;
        }

        if (_article is { } article)
        {
            if (depth == article.KopDepth)
            {
                article.KopDepth = -1;
            }
            else if (depth == article.Depth)
            {
                FinishArticle();
            }
        }
    }

    private void AddText(string value)
    {
        if (_foreignDepth >= 0)
        {
            return;
        }

        if (_capture is { } capture && capture.Text.Length < MaxCapture)
        {
            capture.Text.Append(value);
        }

        if (_article is { KopDepth: < 0 } article)
        {
            article.AppendBody(value);
        }
    }

    private void BeginCapture(int depth, bool empty, CaptureTarget target)
    {
        if (empty)
        {
            Store(target, string.Empty);
            return;
        }

        _capture = new Capture(depth, target);
    }

    private void Store(CaptureTarget target, string text)
    {
        var value = ArticleRules.CollapseWhitespace(text);
        switch (target)
        {
            case CaptureTarget.Citeertitel:
                _result.Citeertitel = value;
                break;
            case CaptureTarget.Intitule:
                _result.Intitule = value;
                break;
            case CaptureTarget.Number:
                _article!.Number = value;
                break;
            case CaptureTarget.Heading:
                _article!.Heading = value;
                break;
        }
    }

    private void FinishArticle()
    {
        var article = _article!;
        _article = null;
        _capture = null;

        var label = ArticleRules.NormalizeLabel(article.Number) ?? ArticleRules.NormalizeLabel(article.LabelAttribute);
        if (label is null)
        {
            _result.UnnumberedHeadings.Add(string.IsNullOrEmpty(article.Heading) ? "(no heading)" : article.Heading!);
            return;
        }

        var repealed = ArticleRules.IsRepealed(article.Status, article.Body.ToString(), article.BodyTruncated, article.Heading);
        _result.Articles.Add(new RawArticle(label, repealed, article.Paragraphs));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

    private enum CaptureTarget
    {
        Citeertitel,
        Intitule,
        Number,
        Heading,
    }

    private sealed class Capture
    {
        public Capture(int depth, CaptureTarget target)
        {
            Depth = depth;
            Target = target;
        }

        public int Depth { get; }

        public CaptureTarget Target { get; }

        public StringBuilder Text { get; } = new();
    }

    private sealed class ArticleState
    {
        public ArticleState(int depth, string? status, string? labelAttribute)
        {
            Depth = depth;
            Status = status;
            LabelAttribute = labelAttribute;
        }

        public int Depth { get; }

        public string? Status { get; }

        public string? LabelAttribute { get; }

        public int KopDepth { get; set; } = -1;

        public string? Number { get; set; }

        public string? Heading { get; set; }

        public int Paragraphs { get; set; }

        /// <summary>The start of the body text; only needed to recognise a bare "Vervallen." mark.</summary>
        public StringBuilder Body { get; } = new();

        public bool BodyTruncated { get; private set; }

        public void AppendBody(string value)
        {
            if (BodyTruncated)
            {
                return;
            }

            if (Body.Length + value.Length > ArticleRules.MaxMarkLength * 4)
            {
                // Whitespace-heavy layout can pad a short body, so allow slack before deciding it is real text.
                var trimmed = ArticleRules.CollapseWhitespace(Body.ToString() + value);
                if (trimmed.Length > ArticleRules.MaxMarkLength)
                {
                    BodyTruncated = true;
                    return;
                }

                Body.Clear().Append(trimmed);
                if (value.Length > 0 && char.IsWhiteSpace(value[value.Length - 1]))
                {
                    Body.Append(' ');
                }

                return;
            }

            Body.Append(value);
        }
    }
}
