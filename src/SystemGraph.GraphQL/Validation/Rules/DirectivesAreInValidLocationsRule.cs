using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.7.2 Directives Are In Valid Locations: a directive is used only where its definition allows.</summary>
public sealed class DirectivesAreInValidLocationsRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Directives-Are-In-Valid-Locations");

    public override void EnterDirective(DirectiveNode node)
    {
        if (Context.Schema.GetDirective(node.Name.Value) is not { } directive || CurrentLocation() is not { } location)
        {
            return;
        }

        if (!directive.Locations.Contains(location))
        {
            Report($"Directive \"@{node.Name.Value}\" may not be used on {location.ToSpecName()}.", node);
        }
    }

    /// <summary>The location the directive's parent node stands for (§3.13 DirectiveLocations).</summary>
    private DirectiveLocation? CurrentLocation()
    {
        var ancestors = Ancestors;
        var parent = ancestors.Count > 0 ? ancestors[^1] : null;
        return parent switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Query => DirectiveLocation.Query,
                OperationType.Mutation => DirectiveLocation.Mutation,
                _ => DirectiveLocation.Subscription,
            },
            FieldNode => DirectiveLocation.Field,
            FragmentSpreadNode => DirectiveLocation.FragmentSpread,
            InlineFragmentNode => DirectiveLocation.InlineFragment,
            FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
            VariableDefinitionNode => DirectiveLocation.VariableDefinition,
            SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
            FieldDefinitionNode => DirectiveLocation.FieldDefinition,
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
            UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
            EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
            EnumValueDefinitionNode => DirectiveLocation.EnumValue,
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,
            InputValueDefinitionNode => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
                ? DirectiveLocation.InputFieldDefinition
                : DirectiveLocation.ArgumentDefinition,
            _ => null,
        };
    }
}
