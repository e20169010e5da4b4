#!/usr/bin/env python3
"""Writes a C# project of FILES source files the way government code looks: mostly plain string literals
(log lines, UI texts, exception messages), comments and XML documentation, and here and there the legal basis
of a rule, right or wrong. Deterministic (fixed seed), so runs compare.

usage: generate.py OUT_DIR [FILES] [--no-analyzer]
"""
import random
import sys
from pathlib import Path

out = Path(sys.argv[1])
files = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 1000
with_analyzer = "--no-analyzer" not in sys.argv
rng = random.Random(14)

# Plain text, as most strings and comments are: no word a citation can start with.
plain_strings = [
    "Processing {0} items for {1}",
    "Uw aanvraag is ontvangen en wordt binnen acht weken behandeld.",
    "The request could not be completed; try again later.",
    "Het bedrag moet groter zijn dan nul.",
    "Klant {0} heeft geen geldig adres.",
    "Invalid state transition from {0} to {1}.",
    "De berekening is voltooid.",
    "Start of batch {0} at {1:O}",
    "Er is een fout opgetreden bij het opslaan van de gegevens.",
    "Value cannot be empty.",
    "Toeslagjaar {0} is al afgesloten.",
    "SELECT id, naam, bedrag FROM aanvraag WHERE status = @status",
    "https://example.org/api/v2/aanvragen/{0}",
    "Gebruiker {0} is uitgelogd.",
]
plain_comments = [
    "Keep the order: the caller relies on it.",
    "Rounded down, as the letter to the citizen shows whole euros.",
    "Cached per year; the table does not change within a year.",
    "TODO: move to configuration once the new release is out.",
    "De volgorde is belangrijk: eerst het inkomen, dan het vermogen.",
    "Null means: not yet known; zero means: known to be nothing.",
    "Guard against a partner that is also the applicant.",
    "Deze waarde komt uit de jaarlijkse regeling.",
]
# Words that look like an anchor but start no citation: the cheap check must drop them.
near_misses = [
    "Het artikel is niet meer leverbaar.",
    "Article {0} was removed from the basket.",
    "Zie het artikel op intranet over dit proces.",
    "Stb is the short name of the staging table.",
]
# The legal basis of rules, right and wrong.
citations_right = [
    "artikel 2 van de Wet op de zorgtoeslag",
    "artikel 8 van de Algemene wet inkomensafhankelijke regelingen",
    "artikel 6:7 van de Algemene wet bestuursrecht",
    "Kamerstukken II 2004/05, 29 528, nr. 3",
    "ECLI:NL:HR:2016:113",
    "Stb. 2005, 355",
]
citations_wrong = [
    "artikel 6, lid 4, van de Algemene wet bestuursrecht",
    "Kamerstuk 34193, nr. 1",
    "ECLI:HR:2016:113",
    "artikel 2, lid 2, van de Wet op de zorgtoeslag",
]


def literal(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def method(i, m, cites):
    lines = []
    lines.append(f"    /// <summary>{rng.choice(plain_comments)}</summary>")
    if cites and rng.random() < 0.5:
        lines.append(f"    /// <remarks>Grondslag: {rng.choice(citations_right + citations_wrong)}.</remarks>")
    lines.append(f"    /// <param name=\"value\">{rng.choice(plain_comments)}</param>")
    lines.append(f"    /// <returns>{rng.choice(plain_comments)}</returns>")
    if cites and rng.random() < 0.4:
        lines.append(f"    [LegalBasis({literal(rng.choice(citations_right + citations_wrong))})]")
    lines.append(f"    public static string Method{m}(int value)")
    lines.append("    {")
    for s in range(rng.randint(4, 9)):
        lines.append(f"        // {rng.choice(plain_comments)}")
        text = rng.choice(near_misses) if rng.random() < 0.05 else rng.choice(plain_strings)
        if cites and rng.random() < 0.1:
            text = "Zie " + rng.choice(citations_right + citations_wrong) + "."
        lines.append(f"        var s{s} = string.Format(System.Globalization.CultureInfo.InvariantCulture, {literal(text)}, value, {i});")
        lines.append(f"        if (s{s}.Length == value) {{ return s{s}; }}")
    lines.append(f"        return {literal(rng.choice(plain_strings))} + value.ToString(System.Globalization.CultureInfo.InvariantCulture);")
    lines.append("    }")
    lines.append("")
    return lines


def source(i):
    cites = i % 20 == 0  # one file in twenty cites its legal basis
    lines = ["namespace Generated;", ""]
    lines.append(f"/// <summary>Rule group {i}: {rng.choice(plain_comments)}</summary>")
    lines.append(f"public static class Rules{i}")
    lines.append("{")
    if cites:
        lines.append(f"    /// <summary>{rng.choice(plain_comments)}</summary>")
        lines.append(f"    public const string Grondslag = {literal(rng.choice(citations_right + citations_wrong))};")
        lines.append("")
    lines.append(f"    private const string Name = {literal('Rules' + str(i))};")
    lines.append("")
    for m in range(rng.randint(3, 6)):
        lines.extend(method(i, m, cites))
    lines.append("}")
    return "\n".join(lines) + "\n"


out.mkdir(parents=True, exist_ok=True)
(out / "src").mkdir(exist_ok=True)
for i in range(files):
    (out / "src" / f"Rules{i}.cs").write_text(source(i), encoding="utf-8")
(out / "src" / "LegalBasisAttribute.cs").write_text(
    "namespace Generated;\n\n/// <summary>The legal basis of a rule.</summary>\n"
    "[System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)]\n"
    "public sealed class LegalBasisAttribute : System.Attribute\n{\n"
    "    /// <summary>Names it.</summary>\n    /// <param name=\"citation\">One citation.</param>\n"
    "    public LegalBasisAttribute([System.Diagnostics.CodeAnalysis.StringSyntax(\"citation\")] string citation) => Citation = citation;\n\n"
    "    /// <summary>The citation.</summary>\n    public string Citation { get; }\n}\n",
    encoding="utf-8")
reference = '    <PackageReference Include="Citaties.Analyzers" Version="$(CitatiesVersion)" PrivateAssets="all" />\n' if with_analyzer else ""
(out / "Generated.csproj").write_text(
    '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n'
    '    <Nullable>enable</Nullable>\n    <GenerateDocumentationFile>true</GenerateDocumentationFile>\n'
    '    <NoWarn>$(NoWarn);CS1591</NoWarn>\n  </PropertyGroup>\n  <ItemGroup>\n' + reference + '  </ItemGroup>\n</Project>\n',
    encoding="utf-8")
for name in ("Directory.Build.props", "Directory.Build.targets"):
    (out / name).write_text("<Project />\n", encoding="utf-8")
(out / ".editorconfig").write_text("root = true\n", encoding="utf-8")
