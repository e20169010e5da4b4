using System.Collections.Generic;
using System.Text;
using System.Xml;
using Citaties.Model;

namespace Citaties.Catalog.Bwb;

/// <summary>
/// Reads the text of each article of a law (either BWB format) in one forward pass, for extraction inside its law.
/// The heading (<c>kop</c>) is left out, or every article would cite itself; a paragraph, list item or other block
/// starts a new line, so words of two blocks never run together; runs of white space are one space, as a browser
/// shows the text. Articles in bijlagen and quoted amendments are no articles of this law and are skipped.
/// </summary>
internal sealed class ArticleTextReader
{
    // Elements that stand inside a line of text; every other element is a block.
    private static readonly HashSet<string> Inline = new(System.StringComparer.Ordinal) { "intref", "extref", "nadruk", "redactie", "sup", "sub", "inf" };

    private readonly XmlReader _reader;
    private readonly List<BwbArticleText> _articles = new();
    private readonly StringBuilder _text = new();
    private string? _bwb;
    private int _articleDepth = -1;
    private int _kopDepth = -1;
    private bool _inNumber;
    private string? _label;

    private ArticleTextReader(XmlReader reader)
    {
        _reader = reader;
    }

    /// <summary>Reads from the root element (the reader is positioned on it) to the end of the document.</summary>
    public static IReadOnlyList<BwbArticleText> Read(XmlReader reader, string sourceName)
    {
        if (reader.LocalName is not ("wetgeving" or "toestand"))
        {
            throw new BwbImportException(sourceName, $"it is not a BWB law text: the root element is <{SourceNames.Truncate(reader.Name, 40)}>, not <toestand> or <wetgeving>");
        }

        var text = new ArticleTextReader(reader);
        text.Run();
        return text._articles;
    }

    private void Run() => XmlWalk.Run(_reader, Skips, Start, End, AddText);

    // Publication data is no text; outside an article, a bijlage or quoted amendment holds no article of this law
    // (inside one, quoted text is part of the article's body).
    private bool Skips(string name) =>
        name == "meta-data" || (_articleDepth < 0 && LawTextReader.ForeignContainers.Contains(name));

    private void Start()
    {
        var name = _reader.LocalName;
        if (_articleDepth < 0)
        {
            if (name is "wetgeving" or "toestand")
            {
                _bwb ??= _reader.GetAttribute("bwb-id")?.Trim();
            }
            else if (name == "artikel" && !_reader.IsEmptyElement)
            {
                _articleDepth = _reader.Depth;
                _label = null;
                _text.Clear();
            }

            return;
        }

        if (name == "kop" && _reader.Depth == _articleDepth + 1 && !_reader.IsEmptyElement)
        {
            _kopDepth = _reader.Depth;
        }
        else if (_kopDepth >= 0)
        {
            // The article's number is the text of kop/nr.
            _inNumber = name == "nr" && _reader.Depth == _kopDepth + 1 && _label is null && !_reader.IsEmptyElement;
        }
        else if (!Inline.Contains(name))
        {
            LineBreak();
        }
    }

    private void End(int depth)
    {
        _inNumber = false;
        if (depth == _kopDepth)
        {
            _kopDepth = -1;
        }
        else if (depth == _articleDepth)
        {
            _articleDepth = -1;
            var label = ArticleRules.NormalizeLabel(_label);
            if (label is not null)
            {
                var options = new ExtractOptions
                {
                    ContextLaw = string.IsNullOrEmpty(_bwb) ? null : new LawReference { Bwb = _bwb },
                    ContextArticle = label,
                };
                _articles.Add(new BwbArticleText(label, _text.ToString().Trim(), options));
            }
        }
        else if (_articleDepth >= 0 && _kopDepth < 0 && !Inline.Contains(_reader.LocalName))
        {
            LineBreak();
        }
    }

    private void AddText(string value)
    {
        if (_articleDepth < 0)
        {
            return;
        }

        if (_kopDepth >= 0)
        {
            _label = _inNumber ? _label + value : _label;
            return;
        }

        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c) || c == '\u00A0')
            {
                _text.Append(c);
            }
            else if (_text.Length > 0 && _text[_text.Length - 1] is not (' ' or '\n'))
            {
                _text.Append(c == '\n' ? '\n' : ' ');
            }
        }
    }

    private void LineBreak()
    {
        if (_text.Length == 0)
        {
            return;
        }

        if (_text[_text.Length - 1] == ' ')
        {
            _text[_text.Length - 1] = '\n';
        }
        else if (_text[_text.Length - 1] != '\n')
        {
            _text.Append('\n');
        }
    }
}
