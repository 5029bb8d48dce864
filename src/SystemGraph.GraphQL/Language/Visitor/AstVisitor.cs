namespace SystemGraph.GraphQL.Language;

/// <summary>
/// A visitor with one virtual Enter/Leave method per node kind. Inside a callback, <see cref="Ancestors"/>
/// holds the path from the root to the parent; call <see cref="SkipChildren"/> or <see cref="Stop"/> from
/// an Enter method to prune the walk. Run it with <see cref="AstWalker.Walk"/> (alone or in a <see cref="ParallelVisitor"/>).
/// </summary>
public abstract class AstVisitor : IAstVisitor
{
    private VisitorAction _action;

    /// <summary>The nodes from the root down to the parent of the node being visited.</summary>
    protected IReadOnlyList<ASTNode> Ancestors { get; private set; } = [];

    /// <summary>The parent of the node being visited (null at the root).</summary>
    protected ASTNode? Parent => Ancestors.Count > 0 ? Ancestors[^1] : null;

    /// <summary>From an Enter method: do not visit this node's children (and do not leave it).</summary>
    protected void SkipChildren() => _action = VisitorAction.Skip;

    /// <summary>From an Enter method: stop visiting for this visitor.</summary>
    protected void Stop() => _action = VisitorAction.Break;

    VisitorAction IAstVisitor.Enter(ASTNode node, IReadOnlyList<ASTNode> ancestors)
    {
        _action = VisitorAction.Continue;
        Ancestors = ancestors;
        EnterNode(node);
        if (_action == VisitorAction.Continue)
        {
            DispatchEnter(node);
        }

        return _action;
    }

    void IAstVisitor.Leave(ASTNode node, IReadOnlyList<ASTNode> ancestors)
    {
        Ancestors = ancestors;
        DispatchLeave(node);
        LeaveNode(node);
    }

    /// <summary>Called on entering any node, before the typed method.</summary>
    public virtual void EnterNode(ASTNode node)
    {
    }

    /// <summary>Called on leaving any node, after the typed method.</summary>
    public virtual void LeaveNode(ASTNode node)
    {
    }

    private void DispatchEnter(ASTNode node)
    {
        switch (node)
        {
            case DocumentNode n:
                EnterDocument(n);
                break;
            case OperationDefinitionNode n:
                EnterOperationDefinition(n);
                break;
            case VariableDefinitionNode n:
                EnterVariableDefinition(n);
                break;
            case SelectionSetNode n:
                EnterSelectionSet(n);
                break;
            case FieldNode n:
                EnterField(n);
                break;
            case ArgumentNode n:
                EnterArgument(n);
                break;
            case FragmentSpreadNode n:
                EnterFragmentSpread(n);
                break;
            case InlineFragmentNode n:
                EnterInlineFragment(n);
                break;
            case FragmentDefinitionNode n:
                EnterFragmentDefinition(n);
                break;
            case VariableNode n:
                EnterVariable(n);
                break;
            case IntValueNode n:
                EnterIntValue(n);
                break;
            case FloatValueNode n:
                EnterFloatValue(n);
                break;
            case StringValueNode n:
                EnterStringValue(n);
                break;
            case BooleanValueNode n:
                EnterBooleanValue(n);
                break;
            case NullValueNode n:
                EnterNullValue(n);
                break;
            case EnumValueNode n:
                EnterEnumValue(n);
                break;
            case ListValueNode n:
                EnterListValue(n);
                break;
            case ObjectValueNode n:
                EnterObjectValue(n);
                break;
            case ObjectFieldNode n:
                EnterObjectField(n);
                break;
            case DirectiveNode n:
                EnterDirective(n);
                break;
            case NamedTypeNode n:
                EnterNamedType(n);
                break;
            case ListTypeNode n:
                EnterListType(n);
                break;
            case NonNullTypeNode n:
                EnterNonNullType(n);
                break;
            case NameNode n:
                EnterName(n);
                break;
            case SchemaDefinitionNode n:
                EnterSchemaDefinition(n);
                break;
            case OperationTypeDefinitionNode n:
                EnterOperationTypeDefinition(n);
                break;
            case ScalarTypeDefinitionNode n:
                EnterScalarTypeDefinition(n);
                break;
            case ObjectTypeDefinitionNode n:
                EnterObjectTypeDefinition(n);
                break;
            case FieldDefinitionNode n:
                EnterFieldDefinition(n);
                break;
            case InputValueDefinitionNode n:
                EnterInputValueDefinition(n);
                break;
            case InterfaceTypeDefinitionNode n:
                EnterInterfaceTypeDefinition(n);
                break;
            case UnionTypeDefinitionNode n:
                EnterUnionTypeDefinition(n);
                break;
            case EnumTypeDefinitionNode n:
                EnterEnumTypeDefinition(n);
                break;
            case EnumValueDefinitionNode n:
                EnterEnumValueDefinition(n);
                break;
            case InputObjectTypeDefinitionNode n:
                EnterInputObjectTypeDefinition(n);
                break;
            case DirectiveDefinitionNode n:
                EnterDirectiveDefinition(n);
                break;
            case SchemaExtensionNode n:
                EnterSchemaExtension(n);
                break;
            case ScalarTypeExtensionNode n:
                EnterScalarTypeExtension(n);
                break;
            case ObjectTypeExtensionNode n:
                EnterObjectTypeExtension(n);
                break;
            case InterfaceTypeExtensionNode n:
                EnterInterfaceTypeExtension(n);
                break;
            case UnionTypeExtensionNode n:
                EnterUnionTypeExtension(n);
                break;
            case EnumTypeExtensionNode n:
                EnterEnumTypeExtension(n);
                break;
            case InputObjectTypeExtensionNode n:
                EnterInputObjectTypeExtension(n);
                break;
        }
    }

    private void DispatchLeave(ASTNode node)
    {
        switch (node)
        {
            case DocumentNode n:
                LeaveDocument(n);
                break;
            case OperationDefinitionNode n:
                LeaveOperationDefinition(n);
                break;
            case VariableDefinitionNode n:
                LeaveVariableDefinition(n);
                break;
            case SelectionSetNode n:
                LeaveSelectionSet(n);
                break;
            case FieldNode n:
                LeaveField(n);
                break;
            case ArgumentNode n:
                LeaveArgument(n);
                break;
            case FragmentSpreadNode n:
                LeaveFragmentSpread(n);
                break;
            case InlineFragmentNode n:
                LeaveInlineFragment(n);
                break;
            case FragmentDefinitionNode n:
                LeaveFragmentDefinition(n);
                break;
            case VariableNode n:
                LeaveVariable(n);
                break;
            case IntValueNode n:
                LeaveIntValue(n);
                break;
            case FloatValueNode n:
                LeaveFloatValue(n);
                break;
            case StringValueNode n:
                LeaveStringValue(n);
                break;
            case BooleanValueNode n:
                LeaveBooleanValue(n);
                break;
            case NullValueNode n:
                LeaveNullValue(n);
                break;
            case EnumValueNode n:
                LeaveEnumValue(n);
                break;
            case ListValueNode n:
                LeaveListValue(n);
                break;
            case ObjectValueNode n:
                LeaveObjectValue(n);
                break;
            case ObjectFieldNode n:
                LeaveObjectField(n);
                break;
            case DirectiveNode n:
                LeaveDirective(n);
                break;
            case NamedTypeNode n:
                LeaveNamedType(n);
                break;
            case ListTypeNode n:
                LeaveListType(n);
                break;
            case NonNullTypeNode n:
                LeaveNonNullType(n);
                break;
            case NameNode n:
                LeaveName(n);
                break;
            case SchemaDefinitionNode n:
                LeaveSchemaDefinition(n);
                break;
            case OperationTypeDefinitionNode n:
                LeaveOperationTypeDefinition(n);
                break;
            case ScalarTypeDefinitionNode n:
                LeaveScalarTypeDefinition(n);
                break;
            case ObjectTypeDefinitionNode n:
                LeaveObjectTypeDefinition(n);
                break;
            case FieldDefinitionNode n:
                LeaveFieldDefinition(n);
                break;
            case InputValueDefinitionNode n:
                LeaveInputValueDefinition(n);
                break;
            case InterfaceTypeDefinitionNode n:
                LeaveInterfaceTypeDefinition(n);
                break;
            case UnionTypeDefinitionNode n:
                LeaveUnionTypeDefinition(n);
                break;
            case EnumTypeDefinitionNode n:
                LeaveEnumTypeDefinition(n);
                break;
            case EnumValueDefinitionNode n:
                LeaveEnumValueDefinition(n);
                break;
            case InputObjectTypeDefinitionNode n:
                LeaveInputObjectTypeDefinition(n);
                break;
            case DirectiveDefinitionNode n:
                LeaveDirectiveDefinition(n);
                break;
            case SchemaExtensionNode n:
                LeaveSchemaExtension(n);
                break;
            case ScalarTypeExtensionNode n:
                LeaveScalarTypeExtension(n);
                break;
            case ObjectTypeExtensionNode n:
                LeaveObjectTypeExtension(n);
                break;
            case InterfaceTypeExtensionNode n:
                LeaveInterfaceTypeExtension(n);
                break;
            case UnionTypeExtensionNode n:
                LeaveUnionTypeExtension(n);
                break;
            case EnumTypeExtensionNode n:
                LeaveEnumTypeExtension(n);
                break;
            case InputObjectTypeExtensionNode n:
                LeaveInputObjectTypeExtension(n);
                break;
        }
    }

    public virtual void EnterDocument(DocumentNode node)
    {
    }

    public virtual void LeaveDocument(DocumentNode node)
    {
    }

    public virtual void EnterOperationDefinition(OperationDefinitionNode node)
    {
    }

    public virtual void LeaveOperationDefinition(OperationDefinitionNode node)
    {
    }

    public virtual void EnterVariableDefinition(VariableDefinitionNode node)
    {
    }

    public virtual void LeaveVariableDefinition(VariableDefinitionNode node)
    {
    }

    public virtual void EnterSelectionSet(SelectionSetNode node)
    {
    }

    public virtual void LeaveSelectionSet(SelectionSetNode node)
    {
    }

    public virtual void EnterField(FieldNode node)
    {
    }

    public virtual void LeaveField(FieldNode node)
    {
    }

    public virtual void EnterArgument(ArgumentNode node)
    {
    }

    public virtual void LeaveArgument(ArgumentNode node)
    {
    }

    public virtual void EnterFragmentSpread(FragmentSpreadNode node)
    {
    }

    public virtual void LeaveFragmentSpread(FragmentSpreadNode node)
    {
    }

    public virtual void EnterInlineFragment(InlineFragmentNode node)
    {
    }

    public virtual void LeaveInlineFragment(InlineFragmentNode node)
    {
    }

    public virtual void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    public virtual void EnterVariable(VariableNode node)
    {
    }

    public virtual void LeaveVariable(VariableNode node)
    {
    }

    public virtual void EnterIntValue(IntValueNode node)
    {
    }

    public virtual void LeaveIntValue(IntValueNode node)
    {
    }

    public virtual void EnterFloatValue(FloatValueNode node)
    {
    }

    public virtual void LeaveFloatValue(FloatValueNode node)
    {
    }

    public virtual void EnterStringValue(StringValueNode node)
    {
    }

    public virtual void LeaveStringValue(StringValueNode node)
    {
    }

    public virtual void EnterBooleanValue(BooleanValueNode node)
    {
    }

    public virtual void LeaveBooleanValue(BooleanValueNode node)
    {
    }

    public virtual void EnterNullValue(NullValueNode node)
    {
    }

    public virtual void LeaveNullValue(NullValueNode node)
    {
    }

    public virtual void EnterEnumValue(EnumValueNode node)
    {
    }

    public virtual void LeaveEnumValue(EnumValueNode node)
    {
    }

    public virtual void EnterListValue(ListValueNode node)
    {
    }

    public virtual void LeaveListValue(ListValueNode node)
    {
    }

    public virtual void EnterObjectValue(ObjectValueNode node)
    {
    }

    public virtual void LeaveObjectValue(ObjectValueNode node)
    {
    }

    public virtual void EnterObjectField(ObjectFieldNode node)
    {
    }

    public virtual void LeaveObjectField(ObjectFieldNode node)
    {
    }

    public virtual void EnterDirective(DirectiveNode node)
    {
    }

    public virtual void LeaveDirective(DirectiveNode node)
    {
    }

    public virtual void EnterNamedType(NamedTypeNode node)
    {
    }

    public virtual void LeaveNamedType(NamedTypeNode node)
    {
    }

    public virtual void EnterListType(ListTypeNode node)
    {
    }

    public virtual void LeaveListType(ListTypeNode node)
    {
    }

    public virtual void EnterNonNullType(NonNullTypeNode node)
    {
    }

    public virtual void LeaveNonNullType(NonNullTypeNode node)
    {
    }

    public virtual void EnterName(NameNode node)
    {
    }

    public virtual void LeaveName(NameNode node)
    {
    }

    public virtual void EnterSchemaDefinition(SchemaDefinitionNode node)
    {
    }

    public virtual void LeaveSchemaDefinition(SchemaDefinitionNode node)
    {
    }

    public virtual void EnterOperationTypeDefinition(OperationTypeDefinitionNode node)
    {
    }

    public virtual void LeaveOperationTypeDefinition(OperationTypeDefinitionNode node)
    {
    }

    public virtual void EnterScalarTypeDefinition(ScalarTypeDefinitionNode node)
    {
    }

    public virtual void LeaveScalarTypeDefinition(ScalarTypeDefinitionNode node)
    {
    }

    public virtual void EnterObjectTypeDefinition(ObjectTypeDefinitionNode node)
    {
    }

    public virtual void LeaveObjectTypeDefinition(ObjectTypeDefinitionNode node)
    {
    }

    public virtual void EnterFieldDefinition(FieldDefinitionNode node)
    {
    }

    public virtual void LeaveFieldDefinition(FieldDefinitionNode node)
    {
    }

    public virtual void EnterInputValueDefinition(InputValueDefinitionNode node)
    {
    }

    public virtual void LeaveInputValueDefinition(InputValueDefinitionNode node)
    {
    }

    public virtual void EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node)
    {
    }

    public virtual void LeaveInterfaceTypeDefinition(InterfaceTypeDefinitionNode node)
    {
    }

    public virtual void EnterUnionTypeDefinition(UnionTypeDefinitionNode node)
    {
    }

    public virtual void LeaveUnionTypeDefinition(UnionTypeDefinitionNode node)
    {
    }

    public virtual void EnterEnumTypeDefinition(EnumTypeDefinitionNode node)
    {
    }

    public virtual void LeaveEnumTypeDefinition(EnumTypeDefinitionNode node)
    {
    }

    public virtual void EnterEnumValueDefinition(EnumValueDefinitionNode node)
    {
    }

    public virtual void LeaveEnumValueDefinition(EnumValueDefinitionNode node)
    {
    }

    public virtual void EnterInputObjectTypeDefinition(InputObjectTypeDefinitionNode node)
    {
    }

    public virtual void LeaveInputObjectTypeDefinition(InputObjectTypeDefinitionNode node)
    {
    }

    public virtual void EnterDirectiveDefinition(DirectiveDefinitionNode node)
    {
    }

    public virtual void LeaveDirectiveDefinition(DirectiveDefinitionNode node)
    {
    }

    public virtual void EnterSchemaExtension(SchemaExtensionNode node)
    {
    }

    public virtual void LeaveSchemaExtension(SchemaExtensionNode node)
    {
    }

    public virtual void EnterScalarTypeExtension(ScalarTypeExtensionNode node)
    {
    }

    public virtual void LeaveScalarTypeExtension(ScalarTypeExtensionNode node)
    {
    }

    public virtual void EnterObjectTypeExtension(ObjectTypeExtensionNode node)
    {
    }

    public virtual void LeaveObjectTypeExtension(ObjectTypeExtensionNode node)
    {
    }

    public virtual void EnterInterfaceTypeExtension(InterfaceTypeExtensionNode node)
    {
    }

    public virtual void LeaveInterfaceTypeExtension(InterfaceTypeExtensionNode node)
    {
    }

    public virtual void EnterUnionTypeExtension(UnionTypeExtensionNode node)
    {
    }

    public virtual void LeaveUnionTypeExtension(UnionTypeExtensionNode node)
    {
    }

    public virtual void EnterEnumTypeExtension(EnumTypeExtensionNode node)
    {
    }

    public virtual void LeaveEnumTypeExtension(EnumTypeExtensionNode node)
    {
    }

    public virtual void EnterInputObjectTypeExtension(InputObjectTypeExtensionNode node)
    {
    }

    public virtual void LeaveInputObjectTypeExtension(InputObjectTypeExtensionNode node)
    {
    }
}
