using System.IO;

namespace Citaties.Catalog.Register;

/// <summary>
/// Reads the values <c>BinaryWriter</c> wrote (little-endian ints, 7-bit encoded lengths) from the inflated register
/// in place: the titles stay where they are in the one buffer, and no value allocates.
/// </summary>
internal struct PayloadCursor
{
    private readonly byte[] payload;

    internal PayloadCursor(byte[] payload)
    {
        this.payload = payload;
        Position = 0;
    }

    /// <summary>The offset of the next value.</summary>
    internal int Position { get; private set; }

    internal byte ReadByte() => Position < payload.Length ? payload[Position++] : throw Truncated();

    internal int ReadInt32() => ReadByte() | (ReadByte() << 8) | (ReadByte() << 16) | (ReadByte() << 24);

    /// <summary>Skips a string and returns where its UTF-8 bytes start and how many there are.</summary>
    internal (int Start, int Length) ReadStringBytes()
    {
        var length = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (shift >= 35)
            {
                throw new InvalidDataException($"'{BwbTitleFormat.ResourceName}' holds a string length that is not a 7-bit encoded int.");
            }

            var b = ReadByte();
            length |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                break;
            }
        }

        var start = Position;
        if (length > payload.Length - start)
        {
            throw Truncated();
        }

        Position += length;
        return (start, length);
    }

    private static InvalidDataException Truncated() => new($"'{BwbTitleFormat.ResourceName}' ends in the middle of a value.");
}
