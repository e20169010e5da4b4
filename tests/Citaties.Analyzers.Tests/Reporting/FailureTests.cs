using Citaties.Analyzers.Reporting;
using Citaties.Analyzers.Tests.Verification;
using Citaties.Rules;

namespace Citaties.Analyzers.Tests.Reporting;

/// <summary>A failure inside the library costs the findings of that one text, never the build (no AD0001).</summary>
[TestFixture]
public class FailureTests
{
    private sealed class FailingOnce : Linter
    {
        public override LintResult Lint(string text, LintOptions options) =>
            text.Contains("breekt", StringComparison.Ordinal) ? throw new InvalidOperationException("the core broke") : base.Lint(text, options);
    }

    [Test]
    public Task A_text_on_which_the_library_throws_gets_no_finding_and_the_others_still_do() =>
        new CitationVerifier(
            """
            class C
            {
                string broken = "Dit breekt: ECLI:HR:2016:113";
                string fine = "Zie {|CIT3001:ECLI:HR:2016:113|}.";
            }
            """,
            new FailingOnce()).Fixing("""
            class C
            {
                string broken = "Dit breekt: ECLI:HR:2016:113";
                string fine = "Zie ECLI:NL:HR:2016:113.";
            }
            """).RunAsync();
}
