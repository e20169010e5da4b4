using Citaties.Analyzers.Tests.Verification;

namespace Citaties.Analyzers.Tests.CodeFixes;

/// <summary>
/// Fix All in a document, a project and a solution (the harness runs all three): every fix of a rule at once, each
/// written for its own kind of literal or comment.
/// </summary>
[TestFixture]
public class FixAllTests
{
    [Test]
    public Task Every_finding_of_a_rule_in_every_file_and_kind_of_text() =>
        new CitationVerifier("""
            class A
            {
                // Zie {|CIT3001:ECLI:HR:2016:113|}.
                string regular = "{|CIT3001:ECLI:HR:2016:114|}";
                string verbatim = @"Zie ""hier"" {|CIT3001:ECLI:HR:2016:115|}.";
            }
            """)
        {
            TestState =
            {
                Sources =
                {
                    """
                    class B
                    {
                        /// <summary>Zie {|CIT3001:ECLI:HR:2016:116|}.</summary>
                        string interpolated = $"{1}: {|CIT3001:ECLI:HR:2016:117|}";
                    }
                    """,
                },
            },
            FixedState =
            {
                Sources =
                {
                    """
                    class A
                    {
                        // Zie ECLI:NL:HR:2016:113.
                        string regular = "ECLI:NL:HR:2016:114";
                        string verbatim = @"Zie ""hier"" ECLI:NL:HR:2016:115.";
                    }
                    """,
                    """
                    class B
                    {
                        /// <summary>Zie ECLI:NL:HR:2016:116.</summary>
                        string interpolated = $"{1}: ECLI:NL:HR:2016:117";
                    }
                    """,
                },
            },
        }.RunAsync();
}
