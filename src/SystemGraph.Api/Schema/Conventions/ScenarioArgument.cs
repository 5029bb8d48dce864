using SystemGraph.GraphQL.Language;

namespace SystemGraph.Api.Schema.Conventions;

/// <summary>
/// Gives every Query field of the contract an optional <c>scenario: ID</c> argument (an addition: nothing is renamed
/// or removed), so that any read can answer as if a scenario's changes were applied to the baseline. The one
/// exception is <c>node(id:)</c>: Relay requires it to take exactly one argument (its refetchable fragments fail
/// to compile otherwise), so in a scenario read by id with <c>entity(id:, scenario:)</c> or <c>nodes(ids:, scenario:)</c>.
/// </summary>
public static class ScenarioArgument
{
    public const string Name = "scenario";

    public static DocumentNode AddTo(DocumentNode contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return new DocumentNode
        {
            Definitions = contract.Definitions.Select(d => d is ObjectTypeDefinitionNode { Name.Value: "Query" } query ? WithScenario(query) : d).ToList(),
        };
    }

    private static ObjectTypeDefinitionNode WithScenario(ObjectTypeDefinitionNode query) => new()
    {
        Name = query.Name,
        Description = query.Description,
        Interfaces = query.Interfaces,
        Directives = query.Directives,
        Fields = query.Fields.Select(f => f.Name.Value == "node" || f.Arguments.Any(a => a.Name.Value == Name) ? f : new FieldDefinitionNode
        {
            Name = f.Name,
            Description = f.Description,
            Type = f.Type,
            Directives = f.Directives,
            Arguments =
            [
                .. f.Arguments,
                new InputValueDefinitionNode
                {
                    Name = new NameNode(Name),
                    Description = new StringValueNode { Value = "Answer as if this scenario's changes were applied to the baseline (planner, editor or admin)." },
                    Type = new NamedTypeNode { Name = new NameNode("ID") },
                },
            ],
        }).ToList(),
    };
}
