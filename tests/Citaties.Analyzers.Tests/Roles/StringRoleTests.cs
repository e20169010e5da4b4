using Citaties.Analyzers.Tests.Verification;

namespace Citaties.Analyzers.Tests.Roles;

/// <summary><c>citaties.check_strings</c> and <c>citaties.check_comments</c> choose which texts are checked.</summary>
[TestFixture]
public class StringRoleTests
{
    private const string Source = """
        using System.Diagnostics.CodeAnalysis;

        sealed class NoteAttribute : System.Attribute
        {
            public NoteAttribute(string text) { }
        }

        static class Rules
        {
            public static void Cite([StringSyntax("citation")] string citation) { }
        }

        [Note("{|CIT3001:ECLI:HR:2016:111|}")]
        class C
        {
            const string Constant = "{|CIT3001:ECLI:HR:2016:112|}";
            string field = "{|CIT3001:ECLI:HR:2016:113|}";

            // {|CIT3001:ECLI:HR:2016:114|}
            void M() => Rules.Cite("de {|CIT0002:werkgever|}");
        }
        """;

    [Test]
    public Task By_default_every_string_and_comment_is_checked() =>
        new CitationVerifier(Source).RunAsync();

    [Test]
    public Task Attributes_and_constants_leave_other_strings_alone() =>
        new CitationVerifier(Source.Replace("{|CIT3001:ECLI:HR:2016:113|}", "ECLI:HR:2016:113", StringComparison.Ordinal))
            .WithEditorConfig("citaties.check_strings = attributes_and_constants\n")
            .RunAsync();

    [Test]
    public Task None_checks_no_strings_at_all() =>
        new CitationVerifier(Strip(Source, "ECLI:HR:2016:111", "ECLI:HR:2016:112", "ECLI:HR:2016:113").Replace("{|CIT0002:werkgever|}", "werkgever", StringComparison.Ordinal))
            .WithEditorConfig("citaties.check_strings = none\n")
            .RunAsync();

    [Test]
    public Task Comments_can_be_left_alone() =>
        new CitationVerifier(Strip(Source, "ECLI:HR:2016:114"))
            .WithEditorConfig("citaties.check_comments = false\n")
            .RunAsync();

    private static string Strip(string source, params string[] citations) =>
        citations.Aggregate(source, (text, citation) => text.Replace("{|CIT3001:" + citation + "|}", citation, StringComparison.Ordinal));
}
