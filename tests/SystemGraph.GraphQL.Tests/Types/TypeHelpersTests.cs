using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Tests.Types;

public class TypeHelpersTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.BuildFromSdl(SpecExampleSchema.Sdl);

    private static NamedType T(string name) => Schema.GetType(name)!;

    [Fact]
    public void Classifies_types()
    {
        Assert.True(T("FindDogInput").IsInputType());
        Assert.False(T("FindDogInput").IsOutputType());
        Assert.True(new NonNullType(new ListType(T("DogCommand"))).IsInputType());
        Assert.True(T("Dog").IsOutputType());
        Assert.False(T("Dog").IsInputType());
        Assert.True(T("DogCommand").IsLeafType());
        Assert.True(Scalars.Int.IsLeafType());
        Assert.True(T("CatOrDog").IsCompositeType());
        Assert.True(T("Pet").IsAbstractType());
        Assert.False(T("Dog").IsAbstractType());
        Assert.Equal("[Dog!]!", new NonNullType(new ListType(new NonNullType(T("Dog")))).ToString());
    }

    [Fact]
    public void Knows_possible_types_and_sub_types()
    {
        Assert.Equal(["Dog", "Cat"], Schema.GetPossibleTypes(T("Pet")).Select(t => t.Name));
        Assert.True(Schema.IsPossibleType(T("CatOrDog"), (ObjectType)T("Cat")));
        Assert.False(Schema.IsPossibleType(T("CatOrDog"), (ObjectType)T("Human")));
        Assert.True(TypeHelpers.IsTypeSubTypeOf(Schema, new NonNullType(T("Dog")), T("Pet")));
        Assert.True(TypeHelpers.IsTypeSubTypeOf(Schema, new ListType(new NonNullType(T("Dog"))), new ListType(T("Pet"))));
        Assert.False(TypeHelpers.IsTypeSubTypeOf(Schema, T("Pet"), new NonNullType(T("Pet"))));
        Assert.False(TypeHelpers.IsTypeSubTypeOf(Schema, new ListType(T("Dog")), T("Pet")));
        Assert.False(TypeHelpers.IsTypeSubTypeOf(Schema, T("Human"), T("Pet")));
    }

    [Fact]
    public void Knows_which_types_overlap()
    {
        Assert.True(TypeHelpers.DoTypesOverlap(Schema, T("Pet"), T("CatOrDog")));
        Assert.True(TypeHelpers.DoTypesOverlap(Schema, T("DogOrHuman"), T("HumanOrAlien")));
        Assert.False(TypeHelpers.DoTypesOverlap(Schema, T("CatOrDog"), T("HumanOrAlien")));
        Assert.True(TypeHelpers.DoTypesOverlap(Schema, T("Dog"), T("Pet")));
        Assert.False(TypeHelpers.DoTypesOverlap(Schema, T("Human"), T("Pet")));
        Assert.False(TypeHelpers.DoTypesOverlap(Schema, T("Dog"), T("Cat")));
    }

    [Fact]
    public void Resolves_type_references_from_the_ast()
    {
        Assert.Equal("[Dog!]", TypeHelpers.TypeFromAst(Schema, Parser.ParseType("[Dog!]"))!.ToString());
        Assert.Null(TypeHelpers.TypeFromAst(Schema, Parser.ParseType("[Unknown]")));
        Assert.Same(Scalars.String, TypeHelpers.TypeFromAst(Schema, Parser.ParseType("String")));
    }

    [Fact]
    public void Type_map_includes_used_scalars_and_introspection_types()
    {
        Assert.NotNull(Schema.GetType("__Schema"));
        Assert.NotNull(Schema.GetType("__TypeKind"));
        Assert.NotNull(Schema.GetType("Boolean"));
        Assert.Null(Schema.GetType("Float"));
        Assert.NotNull(Schema.GetDirective("deprecated"));
    }

    [Fact]
    public void Redefining_a_built_in_scalar_in_sdl_keeps_the_built_in()
    {
        var schema = SchemaBuilder.BuildFromSdl("scalar String\ntype Query { a: String }");
        Assert.Same(Scalars.String, schema.GetType("String"));
        Assert.Equal("type Query {\n  a: String\n}", SchemaPrinter.Print(schema));
    }
}
