using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Citaties.Catalog;
using Citaties.Catalog.Bwb;
using Citaties.Documents;

namespace Citaties.Cli.Commands;

/// <summary>
/// <c>citaties catalog import FILE.xml|FOLDER... --out catalog.json</c>: reads BWB XML (wetgeving or toestand,
/// with WTI metadata) into a catalog file that <c>--catalog</c> and citaties.json can name. A file that cannot be
/// imported is reported and the others are still imported; the exit code is then 2. With <c>--references</c> the
/// references in each law text are counted as read inside that law (<see cref="CatalogReferenceReport"/>).
/// </summary>
internal static class CatalogCommand
{
    /// <summary>The command, bound to the streams of <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        var paths = new Argument<string[]>("FILE")
        {
            Description = "BWB XML files (wetgeving or toestand format, and WTI files for titles and abbreviations) or folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The catalog file to write (JSON); an existing file is replaced through a temporary file and a rename.",
            HelpName = "catalog.json",
            Required = true,
        };
        var references = new Option<bool>("--references")
        {
            Description = "Also reports the references in each law text, read inside that law (artikel 5, van deze wet), and how many resolve.",
        };
        var import = new Command("import", "Imports BWB XML into a catalog file with each law's title, BWB id, version date and articles (repealed ones marked).")
        {
            paths, output, references,
        };
        import.SetAction(parsed => Import(context, parsed.GetValue(paths)!, parsed.GetValue(output)!, parsed.GetValue(references)));

        var command = new Command("catalog", "Builds catalog files that extend the embedded catalog of laws.");
        command.Subcommands.Add(import);
        return command;
    }

    private static int Import(CommandContext context, IReadOnlyList<string> arguments, string output, bool references)
    {
        var workingDirectory = context.Settings.WorkingDirectory;
        var fullPaths = arguments.Select(a => Path.GetFullPath(Path.Combine(workingDirectory, a))).ToList();
        var target = Path.GetFullPath(Path.Combine(workingDirectory, output));
        if (fullPaths.Any(p => AtomicFile.SamePath(p, target)))
        {
            context.Stderr.WriteLine($"citaties: {output}: is one of the inputs; write the catalog to another file");
            return CliApp.ExitUsageOrInputError;
        }

        var report = new BwbImporter().ImportFilesWithReport(fullPaths);
        foreach (var failure in report.Failures)
        {
            context.Stderr.WriteLine($"citaties: {Shown(failure.SourceName, workingDirectory)}: {failure.Reason}");
        }

        var laws = report.Catalog.Laws;
        foreach (var law in laws)
        {
            var articles = law.Articles ?? Array.Empty<ArticleEntry>();
            var repealed = articles.Count(a => a.Repealed);
            context.Stdout.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0}  {1}  {2}  {3} articles, {4} repealed",
                law.Bwb ?? "(no BWB id)",
                law.ArticlesAsOf ?? "(no date)",
                law.Title,
                articles.Count,
                repealed));
        }

        if (references)
        {
            foreach (var line in CatalogReferenceReport.Lines(XmlFiles(fullPaths), report.Catalog))
            {
                context.Stdout.WriteLine(line);
            }
        }

        foreach (var warning in report.Warnings)
        {
            context.Stdout.WriteLine($"warning: {Shown(warning.SourceName, workingDirectory)}: {warning.Message}");
        }

        if (laws.Count == 0 && report.Failures.Count > 0)
        {
            context.Stderr.WriteLine($"citaties: nothing could be imported; {output} was not written");
            return CliApp.ExitUsageOrInputError;
        }

        using var buffer = new MemoryStream();
        CatalogJson.Write(buffer, report.Catalog);
        try
        {
            AtomicFile.Write(target, buffer.ToArray(), null, inPlace: false);
        }
        catch (DocumentException exception)
        {
            context.Stderr.WriteLine($"citaties: {output}: {exception.Reason}");
            return CliApp.ExitUsageOrInputError;
        }

        context.Stdout.WriteLine($"wrote {output}: {laws.Count} law(s)");
        context.Stdout.Flush();
        return report.Failures.Count > 0 ? CliApp.ExitUsageOrInputError : CliApp.ExitOk;
    }

    // The XML files the importer read: the files given, and the XML files directly in the folders given, in name order.
    // A folder that cannot be listed was reported by the import.
    private static IEnumerable<string> XmlFiles(IEnumerable<string> paths) =>
        paths.SelectMany(p => Directory.Exists(p) ? FilesIn(p) : File.Exists(p) ? new[] { p } : Array.Empty<string>());

    private static IEnumerable<string> FilesIn(string folder)
    {
        try
        {
            return Directory.GetFiles(folder, "*.xml", SearchOption.TopDirectoryOnly).OrderBy(f => f, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<string>();
        }
    }

    // Paths under the working directory are shown relative to it, as the user most likely typed them.
    private static string Shown(string path, string workingDirectory)
    {
        if (!Path.IsPathRooted(path))
        {
            return path;
        }

        var relative = Path.GetRelativePath(workingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }
}
