using Citaties.Analyzers.Tests.Verification;

namespace Citaties.Analyzers.Tests.Texts;

/// <summary>Comments and XML documentation: their words are checked, markup and code left out.</summary>
[TestFixture]
public class CommentTests
{
    [Test]
    public Task A_line_comment() =>
        new CitationVerifier("""
            class C
            {
                // Zie {|CIT3001:ECLI:HR:2016:113|} voor de maatstaf.
                int x;
            }
            """)
        {
            FixedCode = """
            class C
            {
                // Zie ECLI:NL:HR:2016:113 voor de maatstaf.
                int x;
            }
            """,
        }.RunAsync();

    [Test]
    public Task A_citation_may_go_on_over_the_next_comment_line_and_is_then_not_fixed_across_the_line_break() =>
        CitationVerifier.Analyze("""
            class C
            {
                // Toeslag volgens {|CIT2003:artikel 6, lid 4, van de Algemene
                // wet bestuursrecht|}.
                int x;
            }
            """);

    [Test]
    public Task A_block_comment() =>
        new CitationVerifier("""
            class C
            {
                /* Zie {|CIT3001:ECLI:HR:2016:113|}. */
                int x;
            }
            """)
        {
            FixedCode = """
            class C
            {
                /* Zie ECLI:NL:HR:2016:113. */
                int x;
            }
            """,
        }.RunAsync();

    [Test]
    public Task Xml_documentation_summary_remarks_and_para() =>
        new CitationVerifier("""
            class C
            {
                /// <summary>Toeslag volgens {|CIT2003:artikel 6, lid 4, onderdeel c, van de Algemene wet bestuursrecht|}.</summary>
                /// <remarks>
                /// <para>Zie Kamerstukken II 2019/20, 35 300, nr. 3, p. 12; {|CIT3001:ECLI:HR:2016:113|}.</para>
                /// </remarks>
                public int Toeslag;
            }
            """)
        {
            FixedCode = """
            class C
            {
                /// <summary>Toeslag volgens artikel 6, vierde lid, onderdeel c, van de Algemene wet bestuursrecht.</summary>
                /// <remarks>
                /// <para>Zie Kamerstukken II 2019/20, 35 300, nr. 3, p. 12; ECLI:NL:HR:2016:113.</para>
                /// </remarks>
                public int Toeslag;
            }
            """,

            // One round of Fix All per rule: CIT2003, then CIT3001.
            NumberOfFixAllIterations = 2,
        }.RunAsync();

    [Test]
    public Task The_text_of_a_see_href_link_is_checked_and_its_address_is_not() =>
        new CitationVerifier("""
            class C
            {
                /// <summary>Zie <see href="https://uitspraken.rechtspraak.nl/details?id=ECLI:HR:2016:113">{|CIT3001:ECLI:HR:2016:113|}</see>.</summary>
                public int Toeslag;
            }
            """)
        {
            FixedCode = """
            class C
            {
                /// <summary>Zie <see href="https://uitspraken.rechtspraak.nl/details?id=ECLI:HR:2016:113">ECLI:NL:HR:2016:113</see>.</summary>
                public int Toeslag;
            }
            """,
        }.RunAsync();

    [Test]
    public Task Entities_in_documentation_are_read_as_the_characters_they_stand_for() =>
        new CitationVerifier("""
            class C
            {
                /// <summary>Regels &amp; beleid: {|CIT3001:ECLI&#58;HR:2016:113|}.</summary>
                public int Toeslag;
            }
            """)
        {
            FixedCode = """
            class C
            {
                /// <summary>Regels &amp; beleid: ECLI&#58;NL:HR:2016:113.</summary>
                public int Toeslag;
            }
            """,
        }.RunAsync();

    [Test]
    public Task Code_in_documentation_is_not_checked() =>
        CitationVerifier.Analyze("""
            class C
            {
                /// <summary>Voorbeeld: <c>ECLI:HR:2016:113</c>.</summary>
                /// <example><code>Parse("ECLI:HR:2016:113");</code></example>
                public int Toeslag;
            }
            """);

    [Test]
    public Task A_comment_without_a_citation_word_gives_nothing() =>
        CitationVerifier.Analyze("""
            class C
            {
                // Tel de bedragen op; lid 4 van de vereniging betaalt niet.
                int x;
            }
            """);

    // Lines of // comments without a citation word are passed over before the syntax tree is asked about them; these
    // hold the cases where what is passed over borders on something that must still be read.
    [Test]
    public Task A_run_of_comment_lines_is_read_whole_when_only_a_later_line_holds_the_citation_word() =>
        new CitationVerifier("""
            class C
            {
                // De toeslag wordt afgerond,
                // zie {|CIT3001:ECLI:HR:2016:113|}.
                int x;
            }
            """)
        {
            FixedCode = """
            class C
            {
                // De toeslag wordt afgerond,
                // zie ECLI:NL:HR:2016:113.
                int x;
            }
            """,
        }.RunAsync();

    [Test]
    public Task A_comment_after_a_string_with_slashes_on_the_same_line() =>
        new CitationVerifier("""
            class C
            {
                string u = "https://wetten.overheid.nl"; // zie {|CIT3001:ECLI:HR:2016:113|}
                string v = "https://wetten.overheid.nl"; /* zie
                   {|CIT3001:ECLI:HR:2016:113|} */
            }
            """)
        {
            FixedCode = """
            class C
            {
                string u = "https://wetten.overheid.nl"; // zie ECLI:NL:HR:2016:113
                string v = "https://wetten.overheid.nl"; /* zie
                   ECLI:NL:HR:2016:113 */
            }
            """,
        }.RunAsync();

    [Test]
    public Task Documentation_after_comment_lines_without_a_citation_word() =>
        new CitationVerifier("""
            class C
            {
                // Afronden op hele euro's.
                // Zie de documentatie hieronder.
                /// <summary>Zie {|CIT3001:ECLI:HR:2016:113|}.</summary>
                int x;
            }
            """)
        {
            FixedCode = """
            class C
            {
                // Afronden op hele euro's.
                // Zie de documentatie hieronder.
                /// <summary>Zie ECLI:NL:HR:2016:113.</summary>
                int x;
            }
            """,
        }.RunAsync();

    [Test]
    public Task A_comment_in_a_string_is_read_as_a_string_only() =>
        new CitationVerifier("""
            class C
            {
                string u = "// zie {|CIT3001:ECLI:HR:2016:113|}";
                // gewoon commentaar
                int x;
            }
            """)
        {
            FixedCode = """
            class C
            {
                string u = "// zie ECLI:NL:HR:2016:113";
                // gewoon commentaar
                int x;
            }
            """,
        }.RunAsync();
}
