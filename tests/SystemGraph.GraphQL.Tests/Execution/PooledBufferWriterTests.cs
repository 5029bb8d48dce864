using SystemGraph.GraphQL.Execution;

namespace SystemGraph.GraphQL.Tests.Execution;

public sealed class PooledBufferWriterTests
{
    [Fact]
    public void Grows_past_its_first_buffer_and_keeps_every_byte_in_order()
    {
        using var writer = new PooledBufferWriter(initialCapacity: 16);
        var expected = new List<byte>();
        for (var i = 0; i < 1000; i++)
        {
            var span = writer.GetSpan(7);
            for (var j = 0; j < 7; j++)
            {
                span[j] = (byte)(i + j);
                expected.Add((byte)(i + j));
            }

            writer.Advance(7);
        }

        Assert.Equal(7000, writer.WrittenCount);
        Assert.Equal(expected, writer.WrittenMemory.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(writer.GetSpan().Length + 1));
    }

    [Fact]
    public void A_response_encoded_into_it_is_the_same_json_as_the_string_form()
    {
        var result = new ExecutionResult { HasData = true, Data = new Dictionary<string, object?> { ["a"] = new List<object?> { 1, "two", null } } };

        using var buffer = ExecutionResultJsonWriter.ToBuffer(result);

        Assert.Equal(ExecutionResultJsonWriter.ToJson(result), System.Text.Encoding.UTF8.GetString(buffer.WrittenMemory.Span));
    }
}
