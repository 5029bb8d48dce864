using System.Reflection;
using SystemGraph.Api.Schema.Conventions;
using SystemGraph.Api.Schema.Resolvers;
using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Traversals;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.Api.Schema;

/// <summary>
/// The served schema: the contract of record (embedded at build time from ../shared/design), the Hot Chocolate
/// convention types it names, and our additions, bound to resolvers over SystemGraph.Graph.
/// </summary>
public static class SystemGraphSchema
{
    /// <summary>The contract SDL: Schema/api-contract.graphql in this project (first published as shared/design/api-contract.graphql; this copy is the contract now).</summary>
    public static string ContractSdl { get; } = ReadResource("api-contract.graphql");

    /// <summary>The full SDL the schema is built from.</summary>
    public static string Sdl { get; } = BuildSdl();

    public static GraphQLSchema Create() => SchemaBuilder.BuildFromSdl(Sdl, o =>
    {
        o.AddScalar(new DateScalar()).AddScalar(new DateTimeScalar());
        o.BindEnum<EntityKind>("EntityKind")
            .BindEnum<SpatialLevel>("SpatialLevel")
            .BindEnum<Direction>("Direction")
            .BindEnum<RelationshipStatus>("RelationshipStatus")
            .BindEnum<RelationshipBasis>("RelationshipBasis")
            .BindEnum<MembershipLevel>("MembershipLevel")
            .BindEnum<PlanningMode>("PlanningMode")
            .BindEnum<ServiceCategory>("ServiceCategory")
            .BindEnum<RelationshipType>("RelationshipType")
            .BindEnum<ScenarioStatus>("ScenarioStatus")
            .BindEnum<ChangeTarget>("ChangeTarget")
            .BindEnum<ChangeKind>("ChangeKind")
            .BindEnum<Graph.Transitions.TransitionFindingCode>("TransitionFindingCode")
            .BindEnum<Graph.Transitions.FindingSeverity>("FindingSeverity");
        o.AddTypeResolver("Node", ResolveType).AddTypeResolver("Entity", ResolveType);
        QueryResolvers.Register(o);
        EntityResolvers.Register(o);
        RelationshipResolvers.Register(o);
        MutationResolvers.Register(o);
        AuditResolvers.Register(o);
        ScenarioResolvers.Register(o);
        SubscriptionResolvers.Register(o);
        TransitionResolvers.Register(o);
        Ingest.IngestResolvers.Register(o);
        foreach (var name in Writes.PayloadErrors.AbstractTypes)
        {
            o.AddTypeResolver(name, (value, _) => value is Writes.PayloadError error ? error.TypeName : null);
        }
    });

    /// <summary>Entities resolve to the object type of their kind; relationships to Relationship.</summary>
    private static string? ResolveType(object value, GraphQL.Execution.IResolveFieldContext context) => value switch
    {
        Entity entity => Enum.IsDefined(entity.Kind) ? GraphNames.TypeName(entity.Kind) : null,
        Relationship => "Relationship",
        _ => null,
    };

    private static string BuildSdl()
    {
        var contract = Parser.Parse(ContractSdl, new ParserOptions { MaxDocumentBytes = 0, MaxTokens = 0 });
        return Printer.Print(ScenarioArgument.AddTo(contract)) + "\n" + ConventionTypeGenerator.Generate(contract) + "\n"
            + ReadResource("ContractExtensions.graphql") + "\n" + ReadResource("WriteExtensions.graphql");
    }

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing: is ../shared/design beside the repository when building?");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
