using SystemGraph.GraphQL.Error;

namespace SystemGraph.GraphQL.Language;

/// <summary>Builds "Syntax Error: ..." exceptions in graphql-js's wording, located at a source offset.</summary>
internal static class SyntaxError
{
    public static GraphQLException Create(Source source, int position, string description, string code = ErrorCodes.ParseFailed)
    {
        var location = source.GetLocation(position);
        return new GraphQLException(GraphQLError.WithCode("Syntax Error: " + description, code, [location]));
    }
}
