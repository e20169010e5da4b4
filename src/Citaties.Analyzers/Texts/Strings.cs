using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Citaties.Analyzers.Texts;

/// <summary>
/// Finds the strings of a syntax tree: each literal or interpolated string, and each concatenation with
/// <c>+</c> as one text (its literal parts joined, any other operand a separator), with the role that decides
/// whether and how strictly it is checked.
/// </summary>
internal static class Strings
{
    /// <summary>
    /// Every outermost string expression of <paramref name="root"/> (a literal, an interpolated string or a
    /// concatenation), found from the quotes of its <paramref name="text"/>: a tree holds far more nodes than
    /// strings, and walking them all cost more than the rest of the analysis.
    /// </summary>
    public static IEnumerable<ExpressionSyntax> Find(SyntaxNode root, string text)
    {
        var seen = new HashSet<int>();
        for (var quote = text.IndexOf('"'); quote >= 0; quote = text.IndexOf('"', quote + 1))
        {
            var token = root.FindToken(quote);
            if (!token.Span.Contains(quote) || StringOf(token) is not { } expression)
            {
                continue;
            }

            // The rest of this token holds no other string; an interpolation's holes may, so only the token is skipped.
            quote = token.Span.End - 1;
            var outermost = expression;
            while (IsPartOfConcatenation(outermost))
            {
                outermost = (ExpressionSyntax)OutermostParentheses(outermost).Parent!;
            }

            if (seen.Add(outermost.SpanStart))
            {
                yield return outermost;
            }
        }
    }

    private static ExpressionSyntax? StringOf(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken
            or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.Utf8SingleLineRawStringLiteralToken
            or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken => token.Parent as LiteralExpressionSyntax,
        SyntaxKind.InterpolatedStringStartToken or SyntaxKind.InterpolatedVerbatimStringStartToken
            or SyntaxKind.InterpolatedSingleLineRawStringStartToken or SyntaxKind.InterpolatedMultiLineRawStringStartToken
            or SyntaxKind.InterpolatedStringEndToken or SyntaxKind.InterpolatedRawStringEndToken
            or SyntaxKind.InterpolatedStringTextToken => token.Parent?.FirstAncestorOrSelf<InterpolatedStringExpressionSyntax>(),
        _ => null,
    };

    /// <summary>True when some part of <paramref name="expression"/> holds a word a citation can start with.</summary>
    public static bool MayContainCitation(ExpressionSyntax expression)
    {
        foreach (var part in Parts(expression))
        {
            switch (part)
            {
                case LiteralExpressionSyntax literal when CitationFinder.MayContainCitation(literal.Token.ValueText):
                    return true;
                case InterpolatedStringExpressionSyntax interpolated
                    when interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Any(t => CitationFinder.MayContainCitation(t.TextToken.ValueText)):
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the whole value is written in the source: literals only, no interpolation holes and no other
    /// operands. Only such a value can be held to be exactly one citation.
    /// </summary>
    public static bool IsWrittenOut(ExpressionSyntax expression) =>
        Parts(expression).All(part =>
            part is LiteralExpressionSyntax literal ? IsStringLiteral(literal)
            : part is InterpolatedStringExpressionSyntax interpolated && interpolated.Contents.All(c => c is InterpolatedStringTextSyntax));

    /// <summary>The text of <paramref name="expression"/>, or null when a part of it cannot be read exactly.</summary>
    public static CodeText? Read(ExpressionSyntax expression, TextRole role)
    {
        var builder = new CodeTextBuilder();
        foreach (var part in Parts(expression))
        {
            var read = part switch
            {
                LiteralExpressionSyntax literal when IsStringLiteral(literal) => StringLiterals.Append(builder, literal.Token),
                InterpolatedStringExpressionSyntax interpolated => StringLiterals.Append(builder, interpolated),
                _ => AppendHole(builder, part),
            };
            if (!read)
            {
                return null;
            }
        }

        return builder.Build(role);
    }

    /// <summary>What the string is: an attribute argument, a constant, or any other string.</summary>
    public static TextRole RoleOf(ExpressionSyntax expression)
    {
        var parent = OutermostParentheses(expression).Parent;
        return parent switch
        {
            AttributeArgumentSyntax => TextRole.AttributeArgument,
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax field } } }
                when field.Modifiers.Any(SyntaxKind.ConstKeyword) => TextRole.Constant,
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax local } } }
                when local.IsConst => TextRole.Constant,
            _ => TextRole.String,
        };
    }

    /// <summary>
    /// The argument <paramref name="expression"/> is passed as to a method, constructor, indexer or attribute, when
    /// it is one. (The elements of a tuple are written as arguments too, but are not.)
    /// </summary>
    public static SyntaxNode? ArgumentOf(ExpressionSyntax expression) =>
        OutermostParentheses(expression).Parent is AttributeArgumentSyntax or ArgumentSyntax { Parent: ArgumentListSyntax or BracketedArgumentListSyntax }
            ? OutermostParentheses(expression).Parent
            : null;

    private static bool AppendHole(CodeTextBuilder builder, ExpressionSyntax part)
    {
        builder.AppendSeparator('\uFFFC', part.SpanStart);
        return true;
    }

    private static IEnumerable<ExpressionSyntax> Parts(ExpressionSyntax expression)
    {
        var inner = WithoutParentheses(expression);
        if (inner is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
        {
            foreach (var part in Parts(binary.Left).Concat(Parts(binary.Right)))
            {
                yield return part;
            }
        }
        else
        {
            yield return inner;
        }
    }

    /// <summary>True when <paramref name="node"/> is a string literal, an interpolated string, or a concatenation with one.</summary>
    public static bool IsString(SyntaxNode node) => WithoutParentheses(node) switch
    {
        LiteralExpressionSyntax literal => IsStringLiteral(literal),
        InterpolatedStringExpressionSyntax => true,
        BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) => Parts(binary).Any(p => IsString(p)),
        _ => false,
    };

    private static bool IsStringLiteral(LiteralExpressionSyntax literal) =>
        literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression);

    // A string inside a concatenation is read with the whole of it.
    // (Only asked of a string, so an addition it stands in is a concatenation: no need to look at the other side.)
    private static bool IsPartOfConcatenation(ExpressionSyntax expression) =>
        OutermostParentheses(expression).Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression);

    private static ExpressionSyntax OutermostParentheses(ExpressionSyntax expression)
    {
        while (expression.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized;
        }

        return expression;
    }

    private static SyntaxNode WithoutParentheses(SyntaxNode node) =>
        node is ExpressionSyntax expression ? WithoutParentheses(expression) : node;

    private static ExpressionSyntax WithoutParentheses(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }
}
