using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Citaties.Configuration;
using Citaties.Documents;
using Citaties.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Citaties.Analyzers.Settings;

/// <summary>
/// The settings of one compilation: for each file, its <c>.editorconfig</c> options laid over the nearest
/// <c>citaties.json</c> among the additional files, through the library's settings resolver. Problems with the
/// configuration are collected once each, to be reported at the end of the compilation.
/// </summary>
internal sealed class CompilationSettings
{
    private static readonly char[] ListSeparators = { ';', ',' };
    private static readonly char[] PairSeparators = { ';' };
    private static readonly char[] Slashes = { '/', '\\' };

    private readonly AnalyzerConfigOptionsProvider provider;
    private readonly AdditionalFileSystem files;
    private readonly ConcurrentDictionary<string, Resolver> resolvers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> problems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CodeSettings?> byFolder = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<SyntaxTree, CodeSettings?> byTree = new();

    public CompilationSettings(AnalyzerOptions options, System.Threading.CancellationToken cancellation)
    {
        provider = options.AnalyzerConfigOptionsProvider;
        files = new AdditionalFileSystem(options.AdditionalFiles, cancellation);
    }

    /// <summary>Every problem met so far, once each, in the order met.</summary>
    public IEnumerable<string> Problems => problems.Keys.OrderBy(p => p, StringComparer.Ordinal);

    /// <summary>The settings of a C# file; null when its configuration cannot be used (a problem is recorded).</summary>
    /// <remarks>Asked for every string argument of a file, so kept per file.</remarks>
    public CodeSettings? For(SyntaxTree tree) => byTree.GetOrAdd(tree, t => For(t.FilePath, provider.GetOptions(t), isCode: true));

    /// <summary>The settings of a document among the additional files; null when its configuration cannot be used.</summary>
    public CodeSettings? For(AdditionalText file) => For(file.Path, provider.GetOptions(file), isCode: false);

    private CodeSettings? For(string path, AnalyzerConfigOptions options, bool isCode)
    {
        // Files of one folder with the same options share their settings: the nearest citaties.json is the same.
        var overrides = Overrides(options, out var checkComments, out var strings);
        var key = (isCode ? "code\n" : "document\n") + Describe(overrides);
        var folderKey = key + "\n" + checkComments + "\n" + strings + "\n" + FolderOf(path);
        return byFolder.GetOrAdd(folderKey, _ => Resolve(path, options, isCode, key, overrides, checkComments, strings));
    }

    private CodeSettings? Resolve(string path, AnalyzerConfigOptions options, bool isCode, string key, CitatiesConfiguration overrides, bool checkComments, StringChecks strings)
    {
        var resolver = resolvers.GetOrAdd(key, _ => new Resolver(files, Defaults(isCode), overrides));
        if (resolver.Problem is { } problem)
        {
            problems.TryAdd(problem, 0);
            return null;
        }

        var lintOptions = resolver.For(string.IsNullOrEmpty(path) ? Directory(options) : path, out var fileProblem);
        if (lintOptions is null)
        {
            if (fileProblem is not null)
            {
                problems.TryAdd(fileProblem, 0);
            }

            return null;
        }

        return new CodeSettings(lintOptions, checkComments, strings);
    }

    // Code is most often a toelichting of the rules it implements; documents keep the library's own default, as
    // the command line lints them. The language of messages is chosen when they are shown (CatalogMessage).
    private static CitatiesConfiguration Defaults(bool isCode) =>
        isCode ? new CitatiesConfiguration { Profile = LintProfile.Toelichting } : new CitatiesConfiguration();

    private CitatiesConfiguration Overrides(AnalyzerConfigOptions options, out bool checkComments, out StringChecks strings)
    {
        LintProfile? profile = null;
        if (options.TryGetValue(EditorConfigKeys.Profile, out var profileName))
        {
            if (LintProfileNames.TryParse(profileName, out var parsed))
            {
                profile = parsed;
            }
            else
            {
                Problem($"{EditorConfigKeys.Profile} = {profileName}: not a profile (regeling, toelichting, kamerstuk, literatuur)");
            }
        }

        checkComments = true;
        if (options.TryGetValue(EditorConfigKeys.CheckComments, out var comments) && !bool.TryParse(comments.Trim(), out checkComments))
        {
            checkComments = true;
            Problem($"{EditorConfigKeys.CheckComments} = {comments}: not true or false");
        }

        strings = StringChecks.All;
        if (options.TryGetValue(EditorConfigKeys.CheckStrings, out var stringsName))
        {
            switch (stringsName.Trim().ToLowerInvariant())
            {
                case "all": strings = StringChecks.All; break;
                case "attributes_and_constants": strings = StringChecks.AttributesAndConstants; break;
                case "none": strings = StringChecks.None; break;
                default: Problem($"{EditorConfigKeys.CheckStrings} = {stringsName}: not all, attributes_and_constants or none"); break;
            }
        }

        var abbreviations = new Dictionary<string, string>(StringComparer.Ordinal);
        if (options.TryGetValue(EditorConfigKeys.Abbreviations, out var written))
        {
            foreach (var pair in written.Split(PairSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=');
                if (equals <= 0 || equals == pair.Trim().Length - 1)
                {
                    Problem($"{EditorConfigKeys.Abbreviations}: '{pair.Trim()}' is not of the form Abbreviation=Title of the law");
                    continue;
                }

                abbreviations[pair.Substring(0, equals).Trim()] = pair.Substring(equals + 1).Trim();
            }
        }

        var catalogs = new List<string>();
        if (options.TryGetValue(EditorConfigKeys.Catalogs, out var catalogList))
        {
            var folder = Directory(options);
            foreach (var name in catalogList.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries).Select(n => n.Trim()))
            {
                catalogs.Add(Path.IsPathRooted(name) || folder.Length == 0 ? name : Path.Combine(folder, name));
            }
        }

        return new CitatiesConfiguration { Profile = profile, Abbreviations = abbreviations, Catalogs = catalogs };
    }

    private static string FolderOf(string path)
    {
        var slash = path.LastIndexOfAny(Slashes);
        return slash < 0 ? string.Empty : path.Substring(0, slash);
    }

    private static string Directory(AnalyzerConfigOptions options) =>
        options.TryGetValue(EditorConfigKeys.ProjectDirectory, out var folder) ? folder : string.Empty;

    private static string Describe(CitatiesConfiguration overrides) =>
        string.Join("\n", new[] { overrides.Profile?.ToName() ?? "-" }
            .Concat(overrides.Abbreviations.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))
            .Concat(overrides.Catalogs));

    private void Problem(string problem) => problems.TryAdd(".editorconfig: " + problem, 0);

    // The library's resolver reads each configuration once and is used from one thread at a time.
    private sealed class Resolver
    {
        private readonly object gate = new();
        private readonly SettingsResolver? resolver;

        public Resolver(IFileSystem files, CitatiesConfiguration defaults, CitatiesConfiguration overrides)
        {
            resolver = SettingsResolver.Create(files, defaults, overrides, null, out var problem);
            Problem = problem;
        }

        public string? Problem { get; }

        public LintOptions? For(string path, out string? problem)
        {
            lock (gate)
            {
                problem = null;
                return resolver?.For(path, out problem);
            }
        }
    }
}
