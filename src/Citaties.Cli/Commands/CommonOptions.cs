using System.CommandLine;
using System.Globalization;
using System.Linq;
using Citaties.Documents;
using Citaties.Rules;

namespace Citaties.Cli.Commands;

/// <summary>The options that several commands share, so that they are spelled and described the same way.</summary>
internal static class CommonOptions
{
    /// <summary>The values of <c>--profile</c>.</summary>
    public static readonly string[] Profiles = { "regeling", "toelichting", "kamerstuk", "literatuur" };

    /// <summary><c>--profile</c>: the kind of document; unset leaves it to citaties.json (and then literatuur).</summary>
    public static Option<string?> Profile()
    {
        var option = new Option<string?>("--profile", "-p")
        {
            Description = "The kind of document, which sets the severity of each rule; overrides citaties.json (default: literatuur).",
            HelpName = string.Join("|", Profiles),
        };
        option.AcceptOnlyFromAmong(Profiles);
        return option;
    }

    /// <summary><c>--lang</c>: the language of messages.</summary>
    public static Option<string?> Language()
    {
        var option = new Option<string?>("--lang")
        {
            Description = "The language of messages; overrides citaties.json (default: nl).",
            HelpName = "nl|en",
        };
        option.AcceptOnlyFromAmong("nl", "en");
        return option;
    }

    /// <summary><c>--config</c>: one configuration file for every input instead of the nearest citaties.json.</summary>
    public static Option<string?> Config() => new("--config")
    {
        Description = "Use this configuration file for every input instead of the citaties.json found by walking up from each file.",
        HelpName = "FILE",
    };

    /// <summary><c>--catalog</c>: user catalogs laid over the embedded one.</summary>
    public static Option<string[]> Catalog() => new("--catalog")
    {
        Description = "A catalog file (JSON, e.g. made by 'citaties catalog import') that extends the embedded catalog; may be repeated.",
        HelpName = "FILE",
        Arity = ArgumentArity.ZeroOrMore,
        DefaultValueFactory = _ => System.Array.Empty<string>(),
    };

    /// <summary><c>--fail-on</c>: the lowest severity that makes the exit code 1.</summary>
    public static Option<string> FailOn(string description)
    {
        var option = new Option<string>("--fail-on")
        {
            Description = description,
            HelpName = string.Join("|", FailLevel.Names),
            DefaultValueFactory = _ => "error",
        };
        option.AcceptOnlyFromAmong(FailLevel.Names.ToArray());
        return option;
    }

    /// <summary>The severity named by <c>--fail-on</c>; <see cref="RuleSeverity.None"/> for <c>none</c>, which never fails.</summary>
    public static RuleSeverity ParseFailOn(string value) =>
        FailLevel.TryParse(value, out var severity) ? severity : RuleSeverity.Error;

    /// <summary>
    /// <c>--threads</c>/<c>-j</c>: how many files are worked on at the same time (at least 1; default the number of
    /// cores, since the output is the same with any number).
    /// <paramref name="work"/> says what is done per file, e.g. "read and scan".
    /// </summary>
    public static Option<int> Threads(string work)
    {
        var option = new Option<int>("--threads", "-j")
        {
            Description = $"How many files to {work} at the same time (default: the number of cores); the output keeps the order of the inputs and is the same as with one thread.",
            DefaultValueFactory = _ => System.Environment.ProcessorCount,
            HelpName = "N",
        };
        option.Validators.Add(result =>
        {
            // A value that is no number gets the parser's own error; reading it here would throw.
            if (result.Tokens.Count > 0
                && int.TryParse(result.Tokens[result.Tokens.Count - 1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)
                && count < 1)
            {
                result.AddError("--threads must be at least 1.");
            }
        });
        return option;
    }

    /// <summary>The values of <c>--encoding</c>.</summary>
    public static readonly string[] Encodings = { "utf-8", "windows-1252", "auto" };

    /// <summary><c>--encoding</c>: how text files without a byte order mark are decoded.</summary>
    public static Option<string> Encoding()
    {
        var option = new Option<string>("--encoding")
        {
            Description = "How text files without a byte order mark are read: utf-8 (the default; other bytes are refused), "
                + "windows-1252, or auto (UTF-8 when the bytes are UTF-8, Windows-1252 otherwise). Fixed files are written back in the same encoding.",
            DefaultValueFactory = _ => "utf-8",
            HelpName = "utf-8|windows-1252|auto",
        };
        option.AcceptOnlyFromAmong(Encodings);
        return option;
    }

    /// <summary>The policy an <c>--encoding</c> value names.</summary>
    public static EncodingPolicy ParseEncoding(string value) => value switch
    {
        "windows-1252" => EncodingPolicy.Windows1252,
        "auto" => EncodingPolicy.Detect,
        _ => EncodingPolicy.Utf8,
    };

    /// <summary>The FILE argument of the commands that read documents.</summary>
    public static Argument<string[]> Files(string description) => new("FILE")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The profile a command line names, or null when it names none.</summary>
    public static LintProfile? ParseProfile(string? value) =>
        value is not null && LintProfileNames.TryParse(value, out var profile) ? profile : null;

    /// <summary>Describes the inputs of lint, fix and sources.</summary>
    public const string DocumentFilesDescription =
        "Files, folders (searched recursively for .txt, .md, .html, .htm, .docx), patterns such as 'docs/*.docx' or '**/*.md', or '-' for standard input.";
}
