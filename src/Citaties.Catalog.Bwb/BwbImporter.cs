using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;

namespace Citaties.Catalog.Bwb;

/// <summary>
/// Imports BWB XML (the older <c>wetgeving</c> format and today's <c>toestand</c> format) into catalog entries:
/// a law's title, BWB id, version date and its article list in document order, with repealed articles marked
/// and the number of leden per article. Every input is treated as untrusted: bad input of any kind ends in a
/// <see cref="BwbImportException"/> that names the file and the reason, never in another exception.
/// </summary>
/// <example>
/// <code>
/// var catalog = new BwbImporter().ImportFiles(new[] { "BWBR0001903_2024-01-01_0.xml" });
/// using var output = File.Create("catalog.json");
/// CatalogJson.Write(output, catalog);
/// </code>
/// </example>
public sealed class BwbImporter
{
    private static readonly Regex BwbIdShape = new(@"^BWB[A-Z]\d{7}$", RegexOptions.CultureInvariant);

    private readonly BwbImportOptions _options;

    /// <summary>Creates an importer with the given limits and defaults (or the defaults).</summary>
    /// <exception cref="ArgumentException">The options hold a limit below 1 or a fallback date that is not ISO <c>yyyy-MM-dd</c>.</exception>
    public BwbImporter(BwbImportOptions? options = null)
    {
        _options = options ?? new BwbImportOptions();
        if (_options.MaxDocumentCharacters < 1)
        {
            throw new ArgumentException("MaxDocumentCharacters must be at least 1.", nameof(options));
        }

        if (_options.FallbackVersionDate is { } date && VersionDate.Parse(date) is null)
        {
            throw new ArgumentException($"FallbackVersionDate '{date}' is not a date in the form yyyy-MM-dd.", nameof(options));
        }
    }

    /// <summary>Imports one law text and returns its catalog entry.</summary>
    /// <param name="xml">The BWB XML; read to its end, not closed.</param>
    /// <param name="sourceName">The file name, used as <see cref="LawEntry.Source"/> and in messages.</param>
    /// <exception cref="BwbImportException">The input is not a readable BWB law text (also for a WTI or manifest file, which hold no text).</exception>
    public LawEntry Import(Stream xml, string sourceName)
    {
        var result = Read(xml, sourceName);
        return result.Law ?? throw new BwbImportException(
            sourceName, $"it is a {Describe(result.Kind)} file, which holds no law text; import it with ImportFiles beside the law's text");
    }

    /// <summary>Reads any BWB file: a law text, a WTI file (metadata) or a manifest, with the warnings.</summary>
    /// <param name="xml">The BWB XML; read to its end, not closed.</param>
    /// <param name="sourceName">The file name, used as <see cref="LawEntry.Source"/> and in messages.</param>
    /// <exception cref="BwbImportException">The input is not readable BWB XML.</exception>
    public BwbImportResult Read(Stream xml, string sourceName)
    {
        return Guarded(xml, sourceName, reader =>
            reader.LocalName switch
            {
                "wetgeving" => ReadLaw(reader, BwbFileKind.Wetgeving, sourceName),
                "toestand" => ReadLaw(reader, BwbFileKind.Toestand, sourceName),
                "wetstechnische-informatie" => ReadWti(reader, sourceName),
                "work" when reader.GetAttribute("label") is { } label && BwbIdShape.IsMatch(label) => Manifest(reader, label, sourceName),
                _ => throw new BwbImportException(
                    sourceName,
                    $"it is not BWB XML: the root element is <{SourceNames.Truncate(reader.Name, 40)}>, not <toestand>, <wetgeving>, <wetstechnische-informatie> or a manifest's <work>"),
            });
    }

    /// <summary>
    /// The articles of a law text (either format) as plain text, each with the <see cref="ExtractOptions"/> that put it in
    /// its law: <see cref="ExtractOptions.ContextLaw"/> is the text's BWB id and <see cref="ExtractOptions.ContextArticle"/>
    /// the article's number, so <c>artikel 5</c>, <c>van deze wet</c> and <c>het eerste lid</c> resolve within the law.
    /// Articles inside bijlagen and quoted amendments are left out, as in <see cref="Read"/>.
    /// </summary>
    /// <param name="xml">The BWB XML; read to its end, not closed.</param>
    /// <param name="sourceName">The file name, used in messages.</param>
    /// <exception cref="BwbImportException">The input is not readable BWB XML.</exception>
    public IReadOnlyList<BwbArticleText> ReadArticles(Stream xml, string sourceName)
    {
        return Guarded(xml, sourceName, reader => ArticleTextReader.Read(reader, sourceName));
    }

    // Every read of untrusted XML ends in a BwbImportException or a result, whatever the input does.
    private T Guarded<T>(Stream xml, string sourceName, Func<XmlReader, T> read)
    {
        if (xml is null)
        {
            throw new ArgumentNullException(nameof(xml));
        }

        if (sourceName is null)
        {
            throw new ArgumentNullException(nameof(sourceName));
        }

        try
        {
            using var reader = XmlReader.Create(xml, BwbXmlSettings.Create(_options.MaxDocumentCharacters));
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element)
            {
                throw new BwbImportException(sourceName, "it holds no XML element");
            }

            return read(reader);
        }
        catch (BwbImportException)
        {
            throw;
        }
        catch (XmlException e)
        {
            throw new BwbImportException(sourceName, DescribeXmlError(e), e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever else the stream or the decoder throws (I/O errors, an unknown encoding declaration, a
            // stream that cannot be read) is still bad input from the caller's point of view: report it the
            // same way, so callers need to handle one exception type only.
            throw new BwbImportException(sourceName, $"it cannot be read ({e.GetType().Name}: {e.Message})", e);
        }
    }

    /// <summary>Reads one file (see <see cref="Read"/>); the entry's <see cref="LawEntry.Source"/> is the file name.</summary>
    /// <exception cref="BwbImportException">The file cannot be opened, is too large, or is not readable BWB XML.</exception>
    public BwbImportResult ReadFile(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var name = SourceNames.FileName(path);
        FileStream stream;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > _options.MaxDocumentCharacters)
            {
                throw new BwbImportException(
                    path, string.Format(CultureInfo.InvariantCulture, "it is {0:N0} bytes, more than the limit of {1:N0}", length, _options.MaxDocumentCharacters));
            }

            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (BwbImportException)
        {
            throw;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            throw new BwbImportException(path, $"it cannot be opened ({e.Message})", e);
        }

        using (stream)
        {
            try
            {
                return Read(stream, name);
            }
            catch (BwbImportException e) when (e.SourceName != path)
            {
                // Name the full path in the message, so a user importing folders can find the file.
                throw new BwbImportException(path, e.Reason, e.InnerException);
            }
        }
    }

    /// <summary>
    /// Imports files and folders (a folder contributes its <c>*.xml</c> files, in name order) into one catalog.
    /// WTI files lend their citeertitel and abbreviations to the law text with the same BWB id; manifests are
    /// skipped. Fails as a whole when any file fails; use <see cref="ImportFilesWithReport"/> to go on past bad files.
    /// </summary>
    /// <exception cref="BwbImportException">A file could not be imported (the message names the first such file).</exception>
    public CatalogDocument ImportFiles(IEnumerable<string> paths)
    {
        var report = ImportFilesWithReport(paths);
        if (report.Failures.Count == 0)
        {
            return report.Catalog;
        }

        var first = report.Failures[0];
        if (report.Failures.Count == 1)
        {
            throw first;
        }

        throw new BwbImportException(first.SourceName, $"{first.Reason} (and {report.Failures.Count - 1} more files failed)", first);
    }

    /// <summary>
    /// Imports files and folders like <see cref="ImportFiles"/>, but goes on past files that fail and reports
    /// them, with every warning, beside the catalog of the files that could be imported.
    /// </summary>
    public BwbBatchImportResult ImportFilesWithReport(IEnumerable<string> paths)
    {
        if (paths is null)
        {
            throw new ArgumentNullException(nameof(paths));
        }

        var files = new List<BwbImportResult>();
        var failures = new List<BwbImportException>();
        foreach (var path in ExpandFolders(paths, failures))
        {
            try
            {
                files.Add(ReadFile(path));
            }
            catch (BwbImportException e)
            {
                failures.Add(e);
            }
        }

        var warnings = files.SelectMany(f => f.Warnings).ToList();
        var laws = BatchCombiner.Combine(files, warnings);
        return new BwbBatchImportResult
        {
            Catalog = new CatalogDocument { Laws = laws },
            Files = files,
            Warnings = warnings,
            Failures = failures,
        };
    }

    private BwbImportResult ReadLaw(XmlReader reader, BwbFileKind kind, string sourceName)
    {
        var raw = LawTextReader.Read(reader);
        var warnings = new List<BwbImportWarning>();
        void Warn(string message) => warnings.Add(new BwbImportWarning(sourceName, message));

        var title = LawTitle.Choose(raw.Citeertitel, raw.Intitule, out var titleIsCiteertitel);
        if (raw.BwbId is null && title is null && raw.Articles.Count == 0)
        {
            throw new BwbImportException(sourceName, $"it has the root element of a BWB law text but no BWB id, no title and no articles");
        }

        var bwb = raw.BwbId;
        if (bwb is null)
        {
            Warn("the text names no BWB id (no bwb-id attribute on its root)");
        }
        else if (!BwbIdShape.IsMatch(bwb))
        {
            Warn($"the bwb-id '{SourceNames.Truncate(bwb, 40)}' is not a BWB id (BWB, a letter, seven digits); it is left out");
            bwb = null;
        }

        if (title is null)
        {
            title = bwb ?? StripExtension(SourceNames.FileName(sourceName));
            Warn($"the text has no citeertitel and no intitule; its title is taken to be '{title}'");
        }

        var book = LawTitle.CivilCodeBookOf(title);
        var rawArticles = book is null ? raw.Articles : WithoutBookPrefix(raw.Articles, book);

        if (raw.IgnoredArticles > 0)
        {
            Warn($"{raw.IgnoredArticles} article(s) inside bijlagen or quoted amending provisions were left out: they are not articles of this law");
        }

        foreach (var heading in raw.UnnumberedHeadings)
        {
            Warn($"an article without a number (heading '{SourceNames.Truncate(heading, 80)}') was left out: it cannot be cited by number");
        }

        var articles = DuplicateLabels.Resolve(rawArticles, Warn);
        if (articles.Count == 0)
        {
            Warn("the text holds no numbered articles");
        }

        var date = ChooseVersionDate(kind, raw.VersionDate, sourceName, Warn);
        return new BwbImportResult
        {
            SourceName = sourceName,
            Kind = kind,
            Law = new LawEntry
            {
                Title = title,
                Bwb = bwb,
                Book = book,
                Articles = articles,
                ArticlesAsOf = date,
                Source = sourceName,
            },
            Warnings = warnings,
            TitleIsCiteertitel = titleIsCiteertitel,
        };
    }

    private string? ChooseVersionDate(BwbFileKind kind, string? stated, string sourceName, Action<string> warn)
    {
        if (VersionDate.Parse(stated) is { } date)
        {
            return date;
        }

        var fallback = VersionDate.FromFileName(sourceName) ?? _options.FallbackVersionDate;
        var why = kind == BwbFileKind.Wetgeving
            ? "the wetgeving format states no version date"
            : stated is null ? "the toestand has no inwerkingtreding date" : $"its inwerkingtreding '{SourceNames.Truncate(stated, 40)}' is not a date";
        warn(fallback is null
            ? $"{why}, and neither the file name nor the options give one; ArticlesAsOf is left empty"
            : $"{why}; ArticlesAsOf is taken from the file name or the options: {fallback}");
        return fallback;
    }

    private static BwbImportResult ReadWti(XmlReader reader, string sourceName)
    {
        var metadata = WtiReader.Read(reader);
        var warnings = new List<BwbImportWarning>
        {
            new(sourceName, $"a WTI file (wetstechnische informatie{(metadata.Bwb is null ? string.Empty : " of " + metadata.Bwb)}) holds no law text; " +
                "its citeertitel and abbreviations are applied to the law text with the same BWB id when both are imported together"),
        };
        return new BwbImportResult { SourceName = sourceName, Kind = BwbFileKind.WetstechnischeInformatie, Metadata = metadata, Warnings = warnings };
    }

    private static BwbImportResult Manifest(XmlReader reader, string bwb, string sourceName)
    {
        var latest = reader.GetAttribute("_latestItem");
        var warning = new BwbImportWarning(
            sourceName,
            $"a manifest (the list of versions of {bwb}{(latest is null ? string.Empty : ", latest " + SourceNames.Truncate(latest, 80))}) holds no law text; skipped");
        return new BwbImportResult { SourceName = sourceName, Kind = BwbFileKind.Manifest, Warnings = new[] { warning } };
    }

    // Inside a book of the Burgerlijk Wetboek an article is numbered within the book: "162", not "6:162".
    // BWB numbers them so; an export that writes the book in front is brought back to the law's own numbering.
    private static List<RawArticle> WithoutBookPrefix(List<RawArticle> articles, string book)
    {
        var prefix = book + ":";
        return articles
            .Select(a => a.Label.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && a.Label.Length > prefix.Length
                ? a with { Label = a.Label.Substring(prefix.Length) }
                : a)
            .ToList();
    }

    private static IEnumerable<string> ExpandFolders(IEnumerable<string> paths, List<BwbImportException> failures)
    {
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                yield return path;
                continue;
            }

            string[] files;
            try
            {
                files = Directory.GetFiles(path, "*.xml", SearchOption.TopDirectoryOnly);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                failures.Add(new BwbImportException(path, $"the folder cannot be listed ({e.Message})", e));
                continue;
            }

            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                yield return file;
            }
        }
    }

    private static string DescribeXmlError(XmlException e)
    {
        var where = e.LineNumber > 0
            ? string.Format(CultureInfo.InvariantCulture, " at line {0}, position {1}", e.LineNumber, e.LinePosition)
            : string.Empty;
        return $"it is not well-formed XML or breaks a safety limit{where}: {e.Message}";
    }

    private static string Describe(BwbFileKind kind) => kind switch
    {
        BwbFileKind.WetstechnischeInformatie => "WTI (wetstechnische informatie)",
        BwbFileKind.Manifest => "manifest",
        _ => kind.ToString(),
    };

    private static string StripExtension(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }
}
