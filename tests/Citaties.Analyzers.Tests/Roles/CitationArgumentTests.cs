using Citaties.Analyzers.Tests.Verification;

namespace Citaties.Analyzers.Tests.Roles;

/// <summary>
/// A value passed to a parameter or attribute property marked <c>[StringSyntax("citation")]</c> must be exactly one
/// citation (CIT0002, an error with the parser's expected-here message), even without a citation word.
/// </summary>
[TestFixture]
public class CitationArgumentTests
{
    private const string Declarations = """
        using System.Diagnostics.CodeAnalysis;

        [System.AttributeUsage(System.AttributeTargets.All)]
        sealed class LegalBasisAttribute : System.Attribute
        {
            public LegalBasisAttribute([StringSyntax("citation")] string basis) { }
            [StringSyntax("citation")] public string? Also { get; set; }
            public string? Note { get; set; }
        }

        static class Rules
        {
            public static void Cite([StringSyntax("citation")] string citation) { }
            public static void Say(string text) { }
        }

        """;

    [Test]
    public Task A_citation_attribute_argument_that_is_one_citation_is_accepted() =>
        CitationVerifier.Analyze(Declarations + """
            [LegalBasis("art. 7:658 BW", Also = "Kamerstukken II 2019/20, 35 300, nr. 3")]
            class Toeslag { }
            """);

    [Test]
    public Task A_citation_attribute_argument_that_is_not_a_citation_is_an_error() =>
        CitationVerifier.Analyze(Declarations + """
            [LegalBasis("de {|CIT0002:werkgever|}")]
            class Toeslag { }
            """);

    [Test]
    public Task Text_after_the_citation_is_an_error_from_where_the_parser_stopped() =>
        CitationVerifier.Analyze(Declarations + """
            [LegalBasis(basis: "art. 7:658 BW {|CIT0002:en verder|}")]
            class Toeslag { }
            """);

    [Test]
    public Task A_citation_attribute_property_is_checked_as_one_citation_and_another_property_as_text() =>
        CitationVerifier.Analyze(Declarations + """
            [LegalBasis("art. 7:658 BW", Also = "{|CIT0002:zie hieronder|}", Note = "zie hieronder")]
            class Toeslag { }
            """);

    [Test]
    public Task A_citation_method_argument_is_checked_as_one_citation() =>
        CitationVerifier.Analyze(Declarations + """
            class Use
            {
                void M()
                {
                    Rules.Cite("{|CIT0002:Kamerstuk 34193, nr.|}");
                    Rules.Say("Zie {|CIT0001:Kamerstuk 34193, nr.|} en meer");
                }
            }
            """);

    [Test]
    public Task A_value_made_at_run_time_is_checked_as_text_not_held_to_be_one_citation() =>
        CitationVerifier.Analyze(Declarations + """
            class Use
            {
                void M(int n, string law)
                {
                    Rules.Cite($"art. {n} BW");
                    Rules.Cite("art. 3 " + law);
                    Rules.Cite("de werkgever" + law);
                }
            }
            """);

    [Test]
    public Task Strings_in_params_arrays_dynamic_calls_indexers_and_tuples_are_text() =>
        new CitationVerifier("""
            using System.Collections.Generic;

            class Use
            {
                static void Log(string format, params object[] values) { }

                void M(dynamic d, Dictionary<string, int> map)
                {
                    Log("{0}", "Zie {|CIT3001:ECLI:HR:2016:111|}.");
                    d.Call("Zie {|CIT3001:ECLI:HR:2016:112|}.");
                    _ = map["Zie {|CIT3001:ECLI:HR:2016:113|}."];
                    var pair = ("Zie {|CIT3001:ECLI:HR:2016:114|}.", 1);
                }
            }
            """).Fixing("""
            using System.Collections.Generic;

            class Use
            {
                static void Log(string format, params object[] values) { }

                void M(dynamic d, Dictionary<string, int> map)
                {
                    Log("{0}", "Zie ECLI:NL:HR:2016:111.");
                    d.Call("Zie ECLI:NL:HR:2016:112.");
                    _ = map["Zie ECLI:NL:HR:2016:113."];
                    var pair = ("Zie ECLI:NL:HR:2016:114.", 1);
                }
            }
            """).RunAsync();

    [Test]
    public Task The_librarys_own_TryParse_is_marked() =>
        CitationVerifier.Analyze("""
            class Use
            {
                object M() => Citaties.CitationFinder.TryParse("de {|CIT0002:werkgever|}");
            }
            """);

    [Test]
    public Task The_findings_of_other_rules_still_come_with_a_citation_argument() =>
        new CitationVerifier(Declarations + """
            [LegalBasis("{|CIT3001:ECLI:HR:2016:113|}")]
            class Toeslag { }
            """)
        {
            FixedCode = Declarations + """
            [LegalBasis("ECLI:NL:HR:2016:113")]
            class Toeslag { }
            """,
        }.RunAsync();
}
