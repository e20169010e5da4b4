using Citaties.Analyzers.Tests.Verification;

namespace Citaties.Analyzers.Tests.Documents;

/// <summary>
/// Documentation kept in the repository (<c>.md</c>, <c>.txt</c>, <c>.html</c> among the additional files) is
/// checked by the same build, with the finding on the file's own line and column.
/// </summary>
[TestFixture]
public class AdditionalFileTests
{
    private const string Code = "class C { }";

    [TestCase("/0/docs/notes.md", "# Grondslag\n\nDe toeslag volgt uit {|CIT3001:ECLI:HR:2016:113|}.\n")]
    [TestCase("/0/docs/notes.txt", "De toeslag volgt uit {|CIT3001:ECLI:HR:2016:113|}.\n")]
    [TestCase("/0/docs/notes.html", "<p>De toeslag volgt uit <b>{|CIT3001:ECLI:HR:2016:113|}</b>.</p>\n")]
    public Task A_document_is_linted_where_it_is(string path, string content) =>
        new CitationVerifier(Code) { TestState = { AdditionalFiles = { (path, content) } } }.RunAsync();

    [Test]
    public Task Documents_keep_the_command_lines_default_profile() =>
        // In literatuur (the library's default) "lid 4" is accepted; in code, checked as a toelichting, it is CIT2003.
        new CitationVerifier("""
            class C
            {
                // Zie {|CIT2003:artikel 6, lid 4, Awb|}.
                int x;
            }
            """)
        {
            TestState = { AdditionalFiles = { ("/0/docs/notes.md", "Zie artikel 6, lid 4, Awb.\n") } },
        }.Fixing("""
            class C
            {
                // Zie artikel 6, vierde lid, Awb.
                int x;
            }
            """).RunAsync();

    [Test]
    public Task Other_additional_files_are_left_alone() =>
        new CitationVerifier(Code) { TestState = { AdditionalFiles = { ("/0/data.csv", "ECLI:HR:2016:113\n"), ("/0/PublicAPI.Shipped.txt", "#nullable enable\n") } } }.RunAsync();

    [Test]
    public Task The_editorconfig_section_of_a_document_applies_to_it() =>
        new CitationVerifier(Code)
        {
            TestState =
            {
                AdditionalFiles = { ("/0/docs/notes.md", "Zie Kamerstukken 2019/20, 35 300, nr. 3.\n") },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n\n[*.md]\ncitaties.profile = kamerstuk\n") },
            },
        }.RunAsync();
}
