using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;
using static SystemGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace SystemGraph.GraphQL.Tests.Types;

public class CodeFirstSchemaTests
{
    private sealed record Book(string Title, string AuthorId, DateOnly Published);

    private static GraphQLSchema Build()
    {
        var date = new DateScalar();
        var node = new InterfaceType("Node", "Anything with an id.");
        node.Field("id", new NonNullType(Scalars.ID));
        var author = new ObjectType("Author").Implements(node);
        author.Field("id", new NonNullType(Scalars.ID));
        author.Field("name", Scalars.String);
        var book = new ObjectType("Book").Implements(node);
        book.Field("id", new NonNullType(Scalars.ID), c => ((Book)c.Source!).Title.ToUpperInvariant());
        book.Field("title", new NonNullType(Scalars.String));
        book.Field("published", date);
        book.Field("author", author, c => new Dictionary<string, object?> { ["id"] = ((Book)c.Source!).AuthorId, ["name"] = "Ursula" });
        var genre = new EnumType("Genre");
        genre.Value("FANTASY");
        genre.Value("SCIENCE_FICTION", "Science fiction").DeprecationReason = "Use SF";
        var query = new ObjectType("Query");
        query.Field("books", new NonNullType(new ListType(new NonNullType(book))))
            .Argument("genre", genre, "FANTASY", "Filter by genre")
            .Resolve(_ => new[] { new Book("Earthsea", "a1", new DateOnly(1968, 1, 1)) });
        return new GraphQLSchema(query, types: [author]);
    }

    [Fact]
    public void A_code_first_schema_is_valid_and_prints_as_sdl()
    {
        var schema = Build();
        Assert.Empty(schema.Validate());
        Assert.Equal(
            """"
            type Author implements Node {
              id: ID!
              name: String
            }

            """Anything with an id."""
            interface Node {
              id: ID!
            }

            type Query {
              books(
                """Filter by genre"""
                genre: Genre = FANTASY
              ): [Book!]!
            }

            type Book implements Node {
              id: ID!
              title: String!
              published: Date
              author: Author
            }

            """ISO-8601 calendar date, e.g. 2022-07-01."""
            scalar Date

            enum Genre {
              FANTASY

              """Science fiction"""
              SCIENCE_FICTION @deprecated(reason: "Use SF")
            }
            """",
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public async Task A_code_first_schema_executes()
    {
        Assert.Equal(
            J("{'data':{'books':[{'id':'EARTHSEA','title':'Earthsea','published':'1968-01-01','author':{'name':'Ursula'}}]}}"),
            await JsonAsync(Build(), "{ books { id title published author { name } } }"));
    }
}
