namespace SystemGraph.GraphQL.Language;

/// <summary>The child nodes of each node kind, in graphql-js's visiting order (QueryDocumentKeys).</summary>
public static class AstChildren
{
    public static IEnumerable<ASTNode> Of(ASTNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var children = new List<ASTNode?>();
        switch (node)
        {
            case DocumentNode n:
                children.AddRange(n.Definitions);
                break;
            case OperationDefinitionNode n:
                children.AddRange([n.Description, n.Name]);
                children.AddRange(n.VariableDefinitions);
                children.AddRange(n.Directives);
                children.Add(n.SelectionSet);
                break;
            case VariableDefinitionNode n:
                children.AddRange([n.Description, n.Variable, n.Type, n.DefaultValue]);
                children.AddRange(n.Directives);
                break;
            case VariableNode n:
                children.Add(n.Name);
                break;
            case SelectionSetNode n:
                children.AddRange(n.Selections);
                break;
            case FieldNode n:
                children.AddRange([n.Alias, n.Name]);
                children.AddRange(n.Arguments);
                children.AddRange(n.Directives);
                children.Add(n.SelectionSet);
                break;
            case ArgumentNode n:
                children.AddRange([n.Name, n.Value]);
                break;
            case FragmentSpreadNode n:
                children.Add(n.Name);
                children.AddRange(n.Directives);
                break;
            case InlineFragmentNode n:
                children.Add(n.TypeCondition);
                children.AddRange(n.Directives);
                children.Add(n.SelectionSet);
                break;
            case FragmentDefinitionNode n:
                children.AddRange([n.Description, n.Name, n.TypeCondition]);
                children.AddRange(n.Directives);
                children.Add(n.SelectionSet);
                break;
            case ListValueNode n:
                children.AddRange(n.Values);
                break;
            case ObjectValueNode n:
                children.AddRange(n.Fields);
                break;
            case ObjectFieldNode n:
                children.AddRange([n.Name, n.Value]);
                break;
            case DirectiveNode n:
                children.Add(n.Name);
                children.AddRange(n.Arguments);
                break;
            case NamedTypeNode n:
                children.Add(n.Name);
                break;
            case ListTypeNode n:
                children.Add(n.Type);
                break;
            case NonNullTypeNode n:
                children.Add(n.Type);
                break;
            default:
                AddTypeSystemChildren(node, children);
                break;
        }

        return children.OfType<ASTNode>();
    }

    private static void AddTypeSystemChildren(ASTNode node, List<ASTNode?> children)
    {
        switch (node)
        {
            case SchemaDefinitionNode n:
                children.Add(n.Description);
                children.AddRange(n.Directives);
                children.AddRange(n.OperationTypes);
                break;
            case OperationTypeDefinitionNode n:
                children.Add(n.Type);
                break;
            case TypeDefinitionNode n:
                children.AddRange([n.Description, n.Name]);
                if (n is ObjectTypeDefinitionNode o)
                {
                    children.AddRange(o.Interfaces);
                }
                else if (n is InterfaceTypeDefinitionNode i)
                {
                    children.AddRange(i.Interfaces);
                }

                children.AddRange(n.Directives);
                children.AddRange(n switch
                {
                    ObjectTypeDefinitionNode o2 => o2.Fields,
                    InterfaceTypeDefinitionNode i2 => i2.Fields,
                    UnionTypeDefinitionNode u => u.Types,
                    EnumTypeDefinitionNode e => e.Values,
                    InputObjectTypeDefinitionNode io => io.Fields,
                    _ => [],
                });
                break;
            case FieldDefinitionNode n:
                children.AddRange([n.Description, n.Name]);
                children.AddRange(n.Arguments);
                children.Add(n.Type);
                children.AddRange(n.Directives);
                break;
            case InputValueDefinitionNode n:
                children.AddRange([n.Description, n.Name, n.Type, n.DefaultValue]);
                children.AddRange(n.Directives);
                break;
            case EnumValueDefinitionNode n:
                children.AddRange([n.Description, n.Name]);
                children.AddRange(n.Directives);
                break;
            case DirectiveDefinitionNode n:
                children.AddRange([n.Description, n.Name]);
                children.AddRange(n.Arguments);
                children.AddRange(n.Locations);
                break;
            case SchemaExtensionNode n:
                children.AddRange(n.Directives);
                children.AddRange(n.OperationTypes);
                break;
            case TypeExtensionNode n:
                children.Add(n.Name);
                if (n is ObjectTypeExtensionNode ox)
                {
                    children.AddRange(ox.Interfaces);
                }
                else if (n is InterfaceTypeExtensionNode ix)
                {
                    children.AddRange(ix.Interfaces);
                }

                children.AddRange(n.Directives);
                children.AddRange(n switch
                {
                    ObjectTypeExtensionNode ox2 => ox2.Fields,
                    InterfaceTypeExtensionNode i2 => i2.Fields,
                    UnionTypeExtensionNode u => u.Types,
                    EnumTypeExtensionNode e => e.Values,
                    InputObjectTypeExtensionNode io => io.Fields,
                    _ => [],
                });
                break;
        }
    }
}
