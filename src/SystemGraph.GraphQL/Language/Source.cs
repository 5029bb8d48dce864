namespace SystemGraph.GraphQL.Language;

/// <summary>
/// A GraphQL source document (§2.1 Source Text). The body is held as a .NET (UTF-16) string;
/// supplementary characters are surrogate pairs and are treated as one source character.
/// </summary>
public sealed class Source
{
    public Source(string body, string name = "GraphQL request")
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = body;
        Name = name;
    }

    public string Body { get; }

    public string Name { get; }

    /// <summary>Computes the 1-based line and column of a character offset (§2.1.2 LineTerminator: LF, CR LF, CR).</summary>
    public SourceLocation GetLocation(int position)
    {
        var line = 1;
        var lineStart = 0;
        var limit = Math.Min(position, Body.Length);
        for (var i = 0; i < limit; i++)
        {
            var c = Body[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < Body.Length && Body[i + 1] == '\n')
                {
                    if (i + 1 >= limit)
                    {
                        break;
                    }

                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(line, position - lineStart + 1);
    }
}
