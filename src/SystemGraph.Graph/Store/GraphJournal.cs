using System.Buffers.Binary;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace SystemGraph.Graph.Store;

/// <summary>
/// The embedded store's append-only journal: one record per committed batch, written and flushed to disk
/// (<c>Flush(true)</c>, i.e. fsync) before the write is acknowledged. Record layout: 4-byte little-endian
/// length, 4-byte CRC-32 of the payload, then the payload (the batch as UTF-8 JSON). On start the records are
/// replayed in order. A torn last record (a crash during append) is cut off with a warning; a bad record
/// followed by good data is corruption and stops start-up, naming the file and offset.
/// An append that fails (ENOSPC: the disk is full) leaves the file as it was: what it wrote is cut back to the end of
/// the last whole record, then or (if even that fails) before the next append, so a later record never follows a torn
/// one. The file is unbuffered, so no failed bytes linger in a buffer to be written later.
/// </summary>
internal sealed partial class GraphJournal : IDisposable
{
    private const int HeaderSize = 8;

    private readonly FileStream stream;
    private readonly string path;

    /// <summary>Where the last whole record ends: every append starts here.</summary>
    private long committedLength;

    private GraphJournal(string path, FileStream stream)
    {
        this.path = path;
        this.stream = stream;
        committedLength = stream.Length;
    }


    /// <summary>Opens (or creates) the journal and returns the batches it holds, in commit order.</summary>
    public static (GraphJournal Journal, IReadOnlyList<GraphWriteBatch> Batches) Open(string path, ILogger logger)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0, FileOptions.None);
        try
        {
            var batches = ReadAll(path, stream, logger);
            stream.Seek(0, SeekOrigin.End);
            return (new GraphJournal(path, stream), batches);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Appends a batch and forces it to disk; returns only when the record is durable.</summary>
    public void Append(GraphWriteBatch batch)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(batch, GraphWriteJson.Options);
        var record = new byte[HeaderSize + payload.Length];
        BinaryPrimitives.WriteInt32LittleEndian(record, payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(4), Crc32.Compute(payload));
        payload.CopyTo(record, HeaderSize);
        try
        {
            if (stream.Length != committedLength)
            {
                // An earlier append failed part-way and could not be cut back then.
                stream.SetLength(committedLength);
            }

            stream.Seek(committedLength, SeekOrigin.Begin);
            stream.Write(record);
            stream.Flush(flushToDisk: true);
        }
        catch (IOException e)
        {
            CutBack();
            throw new StoreUnavailableException(
                "The store could not save this write (its disk is full or failing); nothing was changed. Try again later.", e);
        }

        committedLength += record.Length;
    }

    /// <summary>Cuts a failed append off; if the disk refuses even that, the next append does it first.</summary>
    private void CutBack()
    {
        try
        {
            stream.SetLength(committedLength);
            stream.Flush(flushToDisk: true);
        }
        catch (IOException)
        {
            // Left for the next append (it checks the length before writing).
        }
    }

    public void Dispose() => stream.Dispose();

    private static List<GraphWriteBatch> ReadAll(string path, FileStream stream, ILogger logger)
    {
        var batches = new List<GraphWriteBatch>();
        var header = new byte[HeaderSize];
        long offset = 0;
        var length = stream.Length;
        while (offset < length)
        {
            stream.Seek(offset, SeekOrigin.Begin);
            var problem = TryReadRecord(stream, header, length - offset, out var batch, out var recordSize);
            if (problem is null)
            {
                batches.Add(batch!);
                offset += recordSize;
                continue;
            }

            // A damaged record at the very end is a torn append: the write was never acknowledged.
            var isTail = offset + HeaderSize + Math.Max(0, recordSize - HeaderSize) >= length;
            if (isTail)
            {
                LogTornTail(logger, path, offset, problem);
                stream.SetLength(offset);
                stream.Flush(flushToDisk: true);
                break;
            }

            throw new InvalidDataException($"Journal {path} is corrupt at offset {offset}: {problem}. Restore it from a backup; start-up stopped so that no data is lost silently.");
        }

        return batches;
    }

    private static string? TryReadRecord(FileStream stream, byte[] header, long remaining, out GraphWriteBatch? batch, out long recordSize)
    {
        batch = null;
        recordSize = remaining;
        if (remaining < HeaderSize || stream.Read(header, 0, HeaderSize) < HeaderSize)
        {
            return "incomplete record header";
        }

        var payloadLength = BinaryPrimitives.ReadInt32LittleEndian(header);
        var checksum = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4));
        if (payloadLength < 0 || payloadLength > remaining - HeaderSize)
        {
            return $"record length {payloadLength} runs past the end of the file";
        }

        recordSize = HeaderSize + payloadLength;
        var payload = new byte[payloadLength];
        stream.ReadExactly(payload);
        if (Crc32.Compute(payload) != checksum)
        {
            return "checksum mismatch";
        }

        try
        {
            batch = JsonSerializer.Deserialize<GraphWriteBatch>(payload, GraphWriteJson.Options);
            return batch is null ? "empty record" : null;
        }
        catch (JsonException e)
        {
            return "unreadable record: " + e.Message;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Journal {Path}: the last record (offset {Offset}) is incomplete ({Problem}); it was never acknowledged and has been cut off")]
    private static partial void LogTornTail(ILogger logger, string path, long offset, string problem);
}
