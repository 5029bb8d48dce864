using SystemGraph.Api.Schema.Conventions;
using SystemGraph.GraphQL.Language;
using SystemGraph.TestSupport;
using Snapshooter.Xunit;

namespace SystemGraph.Api.Tests.Schema;

/// <summary>The Hot Chocolate-style types generated for the contract: names, shapes, and that the result parses.</summary>
public sealed class ConventionTypeGeneratorTests
{
    private static readonly DocumentNode Contract = Parser.Parse(File.ReadAllText(RepositoryPaths.ApiContract), new ParserOptions { MaxDocumentBytes = 0, MaxTokens = 0 });

    [Fact]
    public void Generated_types_match_snapshot()
    {
        Snapshot.Match(ConventionTypeGenerator.Generate(Contract));
    }

    [Fact]
    public void Every_type_the_contract_names_is_defined_after_generation()
    {
        var combined = Parser.Parse(File.ReadAllText(RepositoryPaths.ApiContract) + "\n" + ConventionTypeGenerator.Generate(Contract),
            new ParserOptions { MaxDocumentBytes = 0, MaxTokens = 0 });
        var defined = combined.Definitions.OfType<TypeDefinitionNode>().Select(d => d.Name.Value).ToHashSet(StringComparer.Ordinal);
        defined.UnionWith(["String", "Int", "Float", "Boolean", "ID"]);

        var referenced = new List<string>();
        foreach (var definition in combined.Definitions)
        {
            switch (definition)
            {
                case ObjectTypeDefinitionNode o:
                    referenced.AddRange(o.Fields.SelectMany(f => f.Arguments.Select(a => a.Type).Append(f.Type)).Select(t => ContractTypes.Unwrap(t).Name));
                    break;
                case InputObjectTypeDefinitionNode i:
                    referenced.AddRange(i.Fields.Select(f => ContractTypes.Unwrap(f.Type).Name));
                    break;
            }
        }

        Assert.Empty(referenced.Where(name => !defined.Contains(name)).Distinct());
    }

    [Theory]
    [InlineData("input OrganisationFilterInput {")]
    [InlineData("input StringOperationFilterInput {")]
    [InlineData("input OrganisationSortInput {")]
    [InlineData("type OrganisationsConnection {")]
    [InlineData("type OrganisationsEdge {")]
    [InlineData("type PeopleConnection {")]
    [InlineData("type EntitiesConnection {")]
    [InlineData("enum SortEnumType {")]
    [InlineData("input ListFilterInputTypeOfRelationshipFilterInput {")]
    [InlineData("input ListStringOperationFilterInput {")]
    [InlineData("input DateOperationFilterInput {")]
    [InlineData("input RelationshipStatusOperationFilterInput {")]
    public void Hot_Chocolate_names_are_used(string declaration)
    {
        Assert.Contains(declaration, ConventionTypeGenerator.Generate(Contract), StringComparison.Ordinal);
    }
}
