using SystemGraph.GraphQL.Introspection;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Utilities;

/// <summary>
/// Tracks, during an AST walk, the current output type, parent composite type, field definition, input
/// type, argument, directive, default value and enum value (graphql-js's TypeInfo). Call
/// <see cref="Enter"/> before a visitor enters a node and <see cref="Leave"/> after it leaves; or wrap a
/// visitor in <see cref="TypeInfoVisitor"/> which does both.
/// </summary>
public sealed class TypeInfo
{
    private readonly GraphQLSchema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<(bool Has, object? Value)> _defaultValueStack = [];

    public TypeInfo(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
    }

    /// <summary>The output type of the current field/fragment/operation.</summary>
    public GraphQLType? GetOutputType() => Top(_typeStack);

    /// <summary>The composite type whose selection set is being visited.</summary>
    public NamedType? GetParentType() => Top(_parentTypeStack);

    /// <summary>The expected input type at the current argument, variable definition, list item or object field.</summary>
    public GraphQLType? GetInputType() => Top(_inputTypeStack);

    /// <summary>The input type enclosing the current one.</summary>
    public GraphQLType? GetParentInputType() => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public FieldDefinition? GetFieldDef() => Top(_fieldDefStack);

    /// <summary>Whether the current input position has a default value.</summary>
    public bool HasDefaultValue() => _defaultValueStack.Count > 0 && _defaultValueStack[^1].Has;

    public object? GetDefaultValue() => _defaultValueStack.Count > 0 ? _defaultValueStack[^1].Value : null;

    public DirectiveDefinition? GetDirective() => Directive;

    public InputValueDefinition? GetArgument() => Argument;

    public EnumValueDefinition? GetEnumValue() => EnumValue;

    private DirectiveDefinition? Directive { get; set; }

    private InputValueDefinition? Argument { get; set; }

    private EnumValueDefinition? EnumValue { get; set; }

    /// <summary>The definition of a field on a parent type, including __schema, __type and __typename.</summary>
    public static FieldDefinition? GetFieldDef(GraphQLSchema schema, NamedType? parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (parentType is null)
        {
            return null;
        }

        if (fieldName == IntrospectionTypes.SchemaMetaField.Name && ReferenceEquals(schema.QueryType, parentType))
        {
            return IntrospectionTypes.SchemaMetaField;
        }

        if (fieldName == IntrospectionTypes.TypeMetaField.Name && ReferenceEquals(schema.QueryType, parentType))
        {
            return IntrospectionTypes.TypeMetaField;
        }

        if (fieldName == IntrospectionTypes.TypeNameMetaField.Name && parentType.IsCompositeType())
        {
            return IntrospectionTypes.TypeNameMetaField;
        }

        return (parentType as ComplexType)?.GetField(fieldName);
    }

    public void Enter(ASTNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = GetOutputType()?.GetNamedType();
                _parentTypeStack.Add(named.IsCompositeType() ? named : null);
                break;
            case FieldNode field:
                var fieldDef = GetFieldDef(_schema, GetParentType(), field.Name.Value);
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type.IsOutputType() == true ? fieldDef.Type : null);
                break;
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                EnterFragment(inline.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                EnterFragment(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variable:
                var inputType = TypeHelpers.TypeFromAst(_schema, variable.Type);
                _inputTypeStack.Add(inputType.IsInputType() ? inputType : null);
                break;
            case ArgumentNode argument:
                var args = Directive?.Arguments ?? GetFieldDef()?.Arguments;
                var argDef = args?.FirstOrDefault(a => a.Name == argument.Name.Value);
                Argument = argDef;
                _defaultValueStack.Add(argDef is { HasDefaultValue: true } ? (true, argDef.DefaultValue) : (false, null));
                _inputTypeStack.Add(argDef?.Type.IsInputType() == true ? argDef.Type : null);
                break;
            case ListValueNode:
                var listType = GetInputType()?.GetNullableType();
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add((false, null));
                _inputTypeStack.Add(itemType.IsInputType() ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                var inputField = (GetInputType()?.GetNamedType() as InputObjectType)?.GetField(objectField.Name.Value);
                _defaultValueStack.Add(inputField is { HasDefaultValue: true } ? (true, inputField.DefaultValue) : (false, null));
                _inputTypeStack.Add(inputField?.Type.IsInputType() == true ? inputField.Type : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = (GetInputType()?.GetNamedType() as EnumType)?.GetValue(enumValue.Value);
                break;
        }
    }

    public void Leave(ASTNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    private void EnterFragment(NamedTypeNode? typeCondition)
    {
        var outputType = typeCondition is not null ? TypeHelpers.TypeFromAst(_schema, typeCondition) : GetOutputType()?.GetNamedType();
        _typeStack.Add(outputType.IsOutputType() ? outputType : null);
    }

    private static T? Top<T>(List<T> stack) => stack.Count > 0 ? stack[^1] : default;

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }
}

/// <summary>Keeps a <see cref="TypeInfo"/> in step with a walk while forwarding to another visitor (graphql-js's visitWithTypeInfo).</summary>
public sealed class TypeInfoVisitor(TypeInfo typeInfo, IAstVisitor visitor) : IAstVisitor
{
    public VisitorAction Enter(ASTNode node, IReadOnlyList<ASTNode> ancestors)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        typeInfo.Enter(node);
        var action = visitor.Enter(node, ancestors);
        if (action != VisitorAction.Continue)
        {
            typeInfo.Leave(node);
        }

        return action;
    }

    public void Leave(ASTNode node, IReadOnlyList<ASTNode> ancestors)
    {
        visitor.Leave(node, ancestors);
        typeInfo.Leave(node);
    }
}
