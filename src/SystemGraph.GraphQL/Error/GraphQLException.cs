namespace SystemGraph.GraphQL.Error;

/// <summary>An exception that carries a <see cref="GraphQLError"/> (syntax errors, coercion errors, field errors).</summary>
public class GraphQLException : Exception
{
    public GraphQLException()
        : this(new GraphQLError("GraphQL error."))
    {
    }

    public GraphQLException(string message)
        : this(new GraphQLError(message))
    {
    }

    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new GraphQLError(message, originalError: innerException);
    }

    public GraphQLException(GraphQLError error)
        : base(error.Message, error.OriginalError)
    {
        Error = error;
    }

    /// <summary>The error to report.</summary>
    public GraphQLError Error { get; }

    /// <summary>The <c>extensions.code</c> of the error, if any.</summary>
    public string? Code => Error.Code;
}
