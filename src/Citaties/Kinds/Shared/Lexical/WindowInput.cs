using System;
using System.Collections.Generic;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// The input the grammars read a window through. Sprache's own <see cref="Input"/> allocates a new object
/// and a memo dictionary for every character it advances over, again on every backtrack; the profile of
/// Extract showed that as most of its allocation. This one keeps one instance per window position, made on
/// first visit and shared by every later visit, so re-reading a window after backtracking allocates nothing.
/// Equality is by source and position, as Sprache's; and since a position has one instance, reference
/// equality (which Sprache's combinators use on <see cref="IInput"/>) means the same.
/// </summary>
internal sealed class WindowInput : IInput
{
    private readonly WindowInput?[] positions;
    private IDictionary<object, object>? memos;

    private WindowInput(string source, int position, WindowInput?[] positions)
    {
        Source = source;
        Position = position;
        this.positions = positions;
    }

    /// <summary>The input at the start of <paramref name="source"/>.</summary>
    public static WindowInput Start(string source)
    {
        var positions = new WindowInput?[source.Length + 1];
        var start = new WindowInput(source, 0, positions);
        positions[0] = start;
        return start;
    }

    /// <inheritdoc />
    public string Source { get; }

    /// <inheritdoc />
    public int Position { get; }

    /// <inheritdoc />
    public char Current => Source[Position];

    /// <inheritdoc />
    public bool AtEnd => Position == Source.Length;

    /// <inheritdoc />
    public int Line
    {
        get
        {
            var line = 1;
            for (var i = 0; i < Position; i++)
            {
                if (Source[i] == '\n')
                {
                    line++;
                }
            }

            return line;
        }
    }

    /// <inheritdoc />
    public int Column
    {
        get
        {
            var lineStart = Position == 0 ? -1 : Source.LastIndexOf('\n', Position - 1);
            return Position - lineStart;
        }
    }

    /// <inheritdoc />
    public IDictionary<object, object> Memos => memos ??= new Dictionary<object, object>();

    /// <inheritdoc />
    public IInput Advance()
    {
        if (AtEnd)
        {
            throw new InvalidOperationException("The input is already at the end of the source.");
        }

        return At(Position + 1);
    }

    /// <summary>The input at <paramref name="position"/> of the same source, shared with every other visit.</summary>
    public WindowInput At(int position) =>
        positions[position] ??= new WindowInput(Source, position, positions);

    /// <inheritdoc />
    public bool Equals(IInput? other) =>
        other is not null && (ReferenceEquals(this, other) || (Position == other.Position && string.Equals(Source, other.Source, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(Source) * 397) ^ Position;

    /// <inheritdoc />
    public override string ToString() => $"Line {Line}, Column {Column}";
}
