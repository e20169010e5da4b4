using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Citaties.Rules;

namespace Citaties.Cli.Commands;

/// <summary>
/// <c>citaties explain [CITnnnn]</c>: without an id a table of every rule, with an id the rule's title,
/// severity in each profile, whether it has a fix, and its documentation page.
/// </summary>
internal static class ExplainCommand
{
    private static readonly LintProfile[] ProfileOrder = { LintProfile.Regeling, LintProfile.Toelichting, LintProfile.Kamerstuk, LintProfile.Literatuur };

    /// <summary>The command, bound to the streams of <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        var id = new Argument<string?>("ID")
        {
            Description = "A rule id such as CIT6001; without it, every rule is listed.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var language = CommonOptions.Language();
        var command = new Command("explain", "Lists the rules, or explains one: its severity per profile, its fix and its documentation.")
        {
            id, language,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(id), parsed.GetValue(language)));
        return command;
    }

    private static int Run(CommandContext context, string? id, string? language)
    {
        var culture = CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "nl-NL");
        if (id is null)
        {
            WriteTable(context.Stdout, culture);
            return CliApp.ExitOk;
        }

        var descriptor = RuleCatalog.Find(id.Trim());
        if (descriptor is null)
        {
            context.Stderr.WriteLine($"citaties: '{id}' is not a rule id; run 'citaties explain' for the list of rules");
            return CliApp.ExitUsageOrInputError;
        }

        WriteRule(context.Stdout, descriptor, culture);
        return CliApp.ExitOk;
    }

    private static void WriteTable(TextWriter output, CultureInfo culture)
    {
        var header = new[] { "ID", "REGELING", "TOELICHTING", "KAMERSTUK", "LITERATUUR", "FIX", "TITLE" };
        var rows = RuleCatalog.All
            .Select(d => new[] { d.Id }
                .Concat(ProfileOrder.Select(p => d.DefaultSeverities.For(p).ToName()))
                .Append(d.HasFix ? "yes" : "-")
                .Append(d.Title.For(culture))
                .ToArray())
            .ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        foreach (var row in rows.Prepend(header))
        {
            // The last column is not padded: trailing blanks are noise in a file or a diff.
            var cells = row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]));
            output.Write(string.Join("  ", cells));
            output.Write('\n');
        }

        output.Flush();
    }

    private static void WriteRule(TextWriter output, RuleDescriptor descriptor, CultureInfo culture)
    {
        output.Write($"{descriptor.Id}: {descriptor.Title.For(culture)}\n");
        output.Write("\n");
        output.Write("Severity per profile:\n");
        foreach (var profile in ProfileOrder)
        {
            output.Write($"  {profile.ToName(),-12} {descriptor.DefaultSeverities.For(profile).ToName()}\n");
        }

        output.Write("\n");
        output.Write(descriptor.HasFix ? "Fix: yes, 'citaties fix' can correct it\n" : "Fix: no, it needs a person to correct it\n");
        output.Write($"Help: {descriptor.HelpLink}\n");
        output.Write("\n");
        var page = descriptor.Documentation;
        if (page is null)
        {
            output.Write($"There is no documentation page yet ({descriptor.HelpPath}).\n");
        }
        else
        {
            output.Write(page.Replace("\r\n", "\n").TrimEnd('\n'));
            output.Write('\n');
        }

        output.Flush();
    }
}
