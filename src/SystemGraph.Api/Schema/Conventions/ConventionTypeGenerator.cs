using System.Text;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.Api.Schema.Conventions;

/// <summary>
/// Generates the Hot Chocolate-style filter, sort and connection types that the contract's Query fields
/// name but do not define (<c>OrganisationFilterInput</c>, <c>StringOperationFilterInput</c>,
/// <c>OrganisationSortInput</c>, <c>OrganisationsConnection</c>, <c>OrganisationsEdge</c>, <c>PageInfo</c> ...),
/// so a client written for a Hot Chocolate server finds the names and shapes it expects.
/// </summary>
public static class ConventionTypeGenerator
{
    /// <summary>SDL for every convention type the document references and does not define.</summary>
    public static string Generate(DocumentNode contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var types = new ContractTypes(contract);
        var emitter = new ConventionEmitter(types);
        var query = contract.Definitions.OfType<ObjectTypeDefinitionNode>().FirstOrDefault(t => t.Name.Value == "Query");
        foreach (var field in query?.Fields ?? [])
        {
            var where = field.Arguments.FirstOrDefault(a => a.Name.Value == "where");
            var order = field.Arguments.FirstOrDefault(a => a.Name.Value == "order");
            var (returnType, _) = ContractTypes.Unwrap(field.Type);
            if (where is null || !returnType.EndsWith("Connection", StringComparison.Ordinal))
            {
                continue;
            }

            var filterName = ContractTypes.Unwrap(where.Type).Name;
            var nodeType = filterName[..^"FilterInput".Length];
            emitter.Filter(nodeType);
            if (order is not null)
            {
                emitter.Sort(nodeType);
            }

            emitter.Connection(returnType, nodeType);
        }

        return emitter.ToString();
    }

    /// <summary>Emits each generated type once, in the order first needed.</summary>
    private sealed class ConventionEmitter(ContractTypes types)
    {
        private readonly StringBuilder sdl = new();
        private readonly HashSet<string> emitted = new(StringComparer.Ordinal);

        public override string ToString() => sdl.ToString();

        /// <summary><c>XFilterInput</c>: and / or, then one operation input per filterable field.</summary>
        public string Filter(string typeName)
        {
            var name = typeName + "FilterInput";
            if (!Begin(name))
            {
                return name;
            }

            var lines = new List<string> { $"  and: [{name}!]", $"  or: [{name}!]" };
            foreach (var field in types.FieldsOf(typeName))
            {
                var (fieldType, isList) = ContractTypes.Unwrap(field.Type);
                if (FieldFilter(fieldType, isList) is { } filterType)
                {
                    lines.Add($"  {field.Name.Value}: {filterType}");
                }
            }

            Write($"input {name}", lines);
            return name;
        }

        /// <summary><c>XSortInput</c>: SortEnumType for leaves, nested sort inputs for single objects.</summary>
        public string Sort(string typeName)
        {
            var name = typeName + "SortInput";
            if (!Begin(name))
            {
                return name;
            }

            SortEnum();
            var lines = new List<string>();
            foreach (var field in types.FieldsOf(typeName).Where(f => f.Arguments.Count == 0))
            {
                var (fieldType, isList) = ContractTypes.Unwrap(field.Type);
                if (isList)
                {
                    continue;
                }

                if (types.IsScalar(fieldType) || types.IsEnum(fieldType))
                {
                    lines.Add($"  {field.Name.Value}: SortEnumType");
                }
                else if (types.IsComposite(fieldType))
                {
                    lines.Add($"  {field.Name.Value}: {Sort(fieldType)}");
                }
            }

            Write($"input {name}", lines);
            return name;
        }

        /// <summary>A Relay cursor connection and its edge type (Hot Chocolate: <c>XsConnection</c>, <c>XsEdge</c>).</summary>
        public void Connection(string connectionName, string nodeType)
        {
            if (!Begin(connectionName))
            {
                return;
            }

            PageInfo();
            var edgeName = connectionName[..^"Connection".Length] + "Edge";
            Write($"\"\"\"A connection to a list of items.\"\"\"\ntype {connectionName}", [
                "  \"\"\"Information to aid in pagination.\"\"\"",
                "  pageInfo: PageInfo!",
                "  \"\"\"A list of edges.\"\"\"",
                $"  edges: [{edgeName}!]",
                "  \"\"\"A flattened list of the nodes.\"\"\"",
                $"  nodes: [{nodeType}!]",
                "  \"\"\"Identifies the total count of items in the connection.\"\"\"",
                "  totalCount: Int!",
            ]);
            if (Begin(edgeName))
            {
                Write($"\"\"\"An edge in a connection.\"\"\"\ntype {edgeName}", [
                    "  \"\"\"A cursor for use in pagination.\"\"\"",
                    "  cursor: String!",
                    "  \"\"\"The item at the end of the edge.\"\"\"",
                    $"  node: {nodeType}!",
                ]);
            }
        }

        private string? FieldFilter(string fieldType, bool isList)
        {
            if (types.IsScalar(fieldType) || types.IsEnum(fieldType))
            {
                var operation = LeafOperation(fieldType);
                return isList ? ListOf($"List{OperationStem(fieldType)}OperationFilterInput", operation) : operation;
            }

            if (!types.IsComposite(fieldType))
            {
                return null;
            }

            var filter = Filter(fieldType);
            return isList ? ListOf($"ListFilterInputTypeOf{filter}", filter) : filter;
        }

        /// <summary><c>all</c> / <c>none</c> / <c>some</c> over the element filter, and <c>any</c>: the list is not empty.</summary>
        private string ListOf(string name, string elementFilter)
        {
            if (Begin(name))
            {
                Write($"input {name}", [
                    $"  all: {elementFilter}",
                    $"  none: {elementFilter}",
                    $"  some: {elementFilter}",
                    "  any: Boolean",
                ]);
            }

            return name;
        }

        private string LeafOperation(string leaf)
        {
            var name = OperationStem(leaf) + "OperationFilterInput";
            if (!Begin(name))
            {
                return name;
            }

            var lines = new List<string> { $"  and: [{name}!]", $"  or: [{name}!]", $"  eq: {leaf}", $"  neq: {leaf}" };
            if (leaf == "String")
            {
                lines.AddRange(["  contains: String", "  ncontains: String", "  in: [String]", "  nin: [String]",
                    "  startsWith: String", "  nstartsWith: String", "  endsWith: String", "  nendsWith: String"]);
            }
            else if (leaf is "Boolean")
            {
                // Booleans compare for equality only.
            }
            else if (types.IsEnum(leaf) || leaf == "ID")
            {
                lines.AddRange([$"  in: [{leaf}!]", $"  nin: [{leaf}!]"]);
            }
            else
            {
                lines.AddRange([$"  in: [{leaf}]", $"  nin: [{leaf}]",
                    $"  gt: {leaf}", $"  ngt: {leaf}", $"  gte: {leaf}", $"  ngte: {leaf}",
                    $"  lt: {leaf}", $"  nlt: {leaf}", $"  lte: {leaf}", $"  nlte: {leaf}"]);
            }

            Write($"input {name}", lines);
            return name;
        }

        /// <summary>Hot Chocolate spells the ID operation input <c>IdOperationFilterInput</c>.</summary>
        private static string OperationStem(string leaf) => leaf == "ID" ? "Id" : leaf;

        private void SortEnum()
        {
            if (Begin("SortEnumType"))
            {
                sdl.Append("enum SortEnumType {\n  ASC\n  DESC\n}\n\n");
            }
        }

        private void PageInfo()
        {
            if (Begin("PageInfo"))
            {
                Write("\"\"\"Information about pagination in a connection.\"\"\"\ntype PageInfo", [
                    "  \"\"\"Indicates whether more edges exist following the set defined by the clients arguments.\"\"\"",
                    "  hasNextPage: Boolean!",
                    "  \"\"\"Indicates whether more edges exist prior the set defined by the clients arguments.\"\"\"",
                    "  hasPreviousPage: Boolean!",
                    "  \"\"\"When paginating backwards, the cursor to continue.\"\"\"",
                    "  startCursor: String",
                    "  \"\"\"When paginating forwards, the cursor to continue.\"\"\"",
                    "  endCursor: String",
                ]);
            }
        }

        /// <summary>True the first time a name is met and the contract does not define it already.</summary>
        private bool Begin(string name) => !types.IsDefined(name) && emitted.Add(name);

        private void Write(string header, IEnumerable<string> lines)
        {
            sdl.Append(header).Append(" {\n");
            foreach (var line in lines)
            {
                sdl.Append(line).Append('\n');
            }

            sdl.Append("}\n\n");
        }
    }
}
