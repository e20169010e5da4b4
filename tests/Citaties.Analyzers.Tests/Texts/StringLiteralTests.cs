using Citaties.Analyzers.Tests.Verification;

namespace Citaties.Analyzers.Tests.Texts;

/// <summary>
/// Every kind of string literal: the finding lands on the exact characters of the source, escapes mapped back,
/// and the fix is written in the literal's own escaping.
/// </summary>
[TestFixture]
public class StringLiteralTests
{
    private const string Fixed = "ECLI:NL:HR:2016:113";

    private static Task Check(string declaration, string fixedDeclaration) =>
        new CitationVerifier($$"""
            class C
            {
                {{declaration}}
            }
            """)
        {
            FixedCode = $$"""
            class C
            {
                {{fixedDeclaration}}
            }
            """,
        }.RunAsync();

    [Test]
    public Task Regular() =>
        Check("""string s = "Zie {|CIT3001:ECLI:HR:2016:113|}.";""", $"""string s = "Zie {Fixed}.";""");

    [Test]
    public Task Regular_with_escapes_before_the_citation() =>
        Check("""string s = "Caf\u00e9 \"zie\"\t{|CIT3001:ECLI:HR:2016:113|}\n";""", $"""string s = "Caf\u00e9 \"zie\"\t{Fixed}\n";""");

    [Test]
    public Task Escapes_inside_the_citation_are_mapped_to_their_source_characters_and_kept_by_the_fix() =>
        Check("""string s = "Zie {|CIT3001:\u0045CLI:HR:2016:113|}.";""", """string s = "Zie \u0045CLI:NL:HR:2016:113.";""");

    [Test]
    public Task A_citation_word_hidden_behind_escapes_is_found_in_a_file_that_shows_none() =>
        // The whole file holds no citation word as written; only the literal's value does.
        Check("""string s = "Zie \u0045\u0043LI:HR:2016:113.";""".Replace("Zie ", "Zie {|CIT3001:", StringComparison.Ordinal).Replace("113.", "113|}.", StringComparison.Ordinal), """string s = "Zie \u0045\u0043LI:NL:HR:2016:113.";""");

    [Test]
    public Task Verbatim() =>
        Check(""""string s = @"""zie"" {|CIT3001:ECLI:HR:2016:113|} C:\map";"""", $""""string s = @"""zie"" {Fixed} C:\map";"""");

    [Test]
    public Task Utf8() =>
        Check("""System.ReadOnlySpan<byte> S => "Zie {|CIT3001:ECLI:HR:2016:113|}."u8;""", $"""System.ReadOnlySpan<byte> S => "Zie {Fixed}."u8;""");

    [Test]
    public Task Raw_single_line() =>
        Check("string s = \"\"\"Zie \"het\" {|CIT3001:ECLI:HR:2016:113|}.\"\"\";", $"string s = \"\"\"Zie \"het\" {Fixed}.\"\"\";");

    [Test]
    public Task Raw_multi_line_with_indentation() =>
        Check(
            "string s = \"\"\"\n        Eerste regel.\n          Zie {|CIT3001:ECLI:HR:2016:113|}.\n        \"\"\";",
            $"string s = \"\"\"\n        Eerste regel.\n          Zie {Fixed}.\n        \"\"\";");

    [Test]
    public Task Interpolated_text_parts() =>
        Check("""string s = $"Zie {1} {|CIT3001:ECLI:HR:2016:113|} {{x}}.";""", $$$"""string s = $"Zie {1} {{{Fixed}}} {{x}}.";""");

    [Test]
    public Task Interpolated_verbatim() =>
        Check("""string s = $@"Zie ""{1}"" {|CIT3001:ECLI:HR:2016:113|}.";""", $$"""string s = $@"Zie ""{1}"" {{Fixed}}.";""");

    [Test]
    public Task Interpolated_raw_multi_line() =>
        Check(
            "string s = $\"\"\"\n        Regel {1}.\n        Zie {|CIT3001:ECLI:HR:2016:113|}.\n        \"\"\";",
            $"string s = $\"\"\"\n        Regel {{1}}.\n        Zie {Fixed}.\n        \"\"\";");

    [Test]
    public Task Interpolated_raw_single_line() =>
        // ($$ would be read as a caret by the test markup, so one dollar.)
        Check(
            "string s = $\"\"\"Zie \"{1}\": {|CIT3001:ECLI:HR:2016:113|}.\"\"\";",
            $"string s = $\"\"\"Zie \"{{1}}\": {Fixed}.\"\"\";");

    [Test]
    public Task A_literal_that_is_not_string_text_is_left_alone() =>
        CitationVerifier.Analyze("""
            class C
            {
                char c = 'E';
                int n = 2016 + 113;
                string s = nameof(C) + 1;
            }
            """);

    [Test]
    public Task A_concatenation_is_one_text_and_the_fix_changes_only_the_part_that_changes() =>
        Check(
            """const string S = "Zie {|CIT2003:artikel 6, " + "lid 4 Awb|}";""",
            """const string S = "Zie artikel 6, " + "vierde lid, Awb";""");
}
