using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace SystemGraph.Api.Caching;

/// <summary>
/// How a response sits in the cache store: a magic number and format version, the entity tag, the body length
/// and a checksum of the body, then the body. Anything that does not decode exactly (a truncated value, another
/// application's data under our key, bit rot) reads as a miss, never as a response.
/// </summary>
internal static class CachedResponseEnvelope
{
    private const uint Magic = 0x53475243; // "SGRC"
    private const byte FormatVersion = 1;
    private const int ChecksumLength = 8;

    public static byte[] Encode(string etag, ReadOnlySpan<byte> body)
    {
        var tag = Encoding.ASCII.GetBytes(etag);
        var buffer = new byte[4 + 1 + 1 + tag.Length + 4 + ChecksumLength + body.Length];
        var at = 0;
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(at), Magic);
        at += 4;
        buffer[at++] = FormatVersion;
        buffer[at++] = checked((byte)tag.Length);
        tag.CopyTo(buffer.AsSpan(at));
        at += tag.Length;
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(at), body.Length);
        at += 4;
        SHA256.HashData(body)[..ChecksumLength].CopyTo(buffer.AsSpan(at));
        at += ChecksumLength;
        body.CopyTo(buffer.AsSpan(at));
        return buffer;
    }

    public static bool TryDecode(byte[]? stored, out string etag, out ReadOnlyMemory<byte> body)
    {
        etag = string.Empty;
        body = default;
        if (stored is null || stored.Length < 4 + 1 + 1 + 4 + ChecksumLength
            || BinaryPrimitives.ReadUInt32BigEndian(stored) != Magic || stored[4] != FormatVersion)
        {
            return false;
        }

        var tagLength = stored[5];
        var at = 6 + tagLength;
        if (stored.Length < at + 4 + ChecksumLength)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(stored.AsSpan(at));
        at += 4;
        var checksum = stored.AsSpan(at, ChecksumLength);
        at += ChecksumLength;
        if (length < 0 || stored.Length - at != length || !SHA256.HashData(stored.AsSpan(at, length)).AsSpan(0, ChecksumLength).SequenceEqual(checksum))
        {
            return false;
        }

        etag = Encoding.ASCII.GetString(stored, 6, tagLength);
        body = stored.AsMemory(at, length);
        return true;
    }
}
