namespace SystemGraph.GraphQL.Types;

internal sealed partial class SchemaValidator
{
    /// <summary>§3.6 Type Validation (objects and interfaces): one or more fields, output-typed, with input-typed arguments.</summary>
    private void ValidateFields(ComplexType type)
    {
        if (type.Fields.Count == 0)
        {
            Report($"Type {type.Name} must define one or more fields.", TypeNodes(type));
        }

        foreach (var field in type.Fields.Values)
        {
            ValidateName(field.Name, field.AstNode);
            if (!field.Type.IsOutputType())
            {
                Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType())
                {
                    Report($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode?.Type);
                }

                if (argument.IsRequired() && argument.DeprecationReason is not null)
                {
                    Report($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.", DeprecatedNode(argument.AstNode), argument.AstNode?.Type);
                }
            }
        }
    }

    /// <summary>§3.6 / §3.7: each implemented interface once, not itself, with its ancestors, and validly implemented.</summary>
    private void ValidateInterfaces(ComplexType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", ImplementsNodes(type, iface.Name));
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                Report($"Type {type.Name} can only implement {iface.Name} once.", ImplementsNodes(type, iface.Name));
                continue;
            }

            ValidateTypeImplementsAncestors(type, iface);
            ValidateTypeImplementsInterface(type, iface);
        }
    }

    /// <summary>IsValidImplementation (§3.6): every interface field present, covariant type, same arguments, no extra required ones.</summary>
    private void ValidateTypeImplementsInterface(ComplexType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields.Values)
        {
            var fieldName = ifaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                Report($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.", [ifaceField.AstNode, .. TypeNodes(type)]);
                continue;
            }

            if (!TypeHelpers.IsTypeSubTypeOf(_schema, typeField.Type, ifaceField.Type))
            {
                Report($"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    ifaceField.AstNode?.Type, typeField.AstNode?.Type);
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var typeArg = typeField.GetArgument(ifaceArg.Name);
                if (typeArg is null)
                {
                    Report($"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expected but {type.Name}.{fieldName} does not provide it.",
                        ifaceArg.AstNode, typeField.AstNode);
                    continue;
                }

                if (!TypeHelpers.IsEqualType(ifaceArg.Type, typeArg.Type))
                {
                    Report($"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{fieldName}({ifaceArg.Name}:) is type {typeArg.Type}.",
                        ifaceArg.AstNode?.Type, typeArg.AstNode?.Type);
                }
            }

            foreach (var typeArg in typeField.Arguments)
            {
                if (ifaceField.GetArgument(typeArg.Name) is null && typeArg.IsRequired())
                {
                    Report($"Object field {type.Name}.{fieldName} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{fieldName}.",
                        typeArg.AstNode, ifaceField.AstNode);
                }
            }
        }
    }

    /// <summary>§3.7: a type must also implement the interfaces its interfaces implement (transitively, without cycles).</summary>
    private void ValidateTypeImplementsAncestors(ComplexType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                Report(ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                    [.. ImplementsNodes(iface, transitive.Name), .. ImplementsNodes(type, iface.Name)]);
            }
        }
    }

    /// <summary>§3.8 Type Validation (unions): one or more members, each an object type, each once.</summary>
    private void ValidateUnionMembers(UnionType union)
    {
        if (union.Types.Count == 0)
        {
            Report($"Union type {union.Name} must define one or more member types.", TypeNodes(union));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                Report($"Union type {union.Name} can only include type {member.Name} once.", UnionMemberNodes(union, member.Name));
            }
        }
    }

    /// <summary>§3.9 Type Validation (enums): one or more values, valid names other than true, false and null.</summary>
    private void ValidateEnumValues(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            Report($"Enum type {enumType.Name} must define one or more values.", TypeNodes(enumType));
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, value.AstNode);
            if (value.Name is "true" or "false" or "null")
            {
                Report($"Enum type {enumType.Name} cannot include value: {value.Name}.", value.AstNode);
            }
        }
    }

    /// <summary>§3.10 Type Validation (input objects): one or more input-typed fields; required fields not deprecated.</summary>
    private void ValidateInputFields(InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            Report($"Input Object type {input.Name} must define one or more fields.", TypeNodes(input));
        }

        foreach (var field in input.Fields.Values)
        {
            ValidateName(field.Name, field.AstNode);
            if (!field.Type.IsInputType())
            {
                Report($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }

            if (field.IsRequired() && field.DeprecationReason is not null)
            {
                Report($"Required input field {input.Name}.{field.Name} cannot be deprecated.", DeprecatedNode(field.AstNode), field.AstNode?.Type);
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    Report($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
                }

                if (field.HasDefaultValue)
                {
                    Report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }
    }

    /// <summary>§3.10: an input object must not reference itself through a chain of non-null singular fields.</summary>
    private sealed class InputObjectCycleDetector(SchemaValidator validator)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<InputValueDefinition> _fieldPath = [];
        private readonly Dictionary<string, int> _pathIndexByTypeName = new(StringComparer.Ordinal);

        public void Detect(InputObjectType input)
        {
            if (!_visited.Add(input.Name))
            {
                return;
            }

            _pathIndexByTypeName[input.Name] = _fieldPath.Count;
            foreach (var field in input.Fields.Values)
            {
                if (field.Type is NonNullType { OfType: InputObjectType fieldType })
                {
                    _fieldPath.Add(field);
                    if (!_pathIndexByTypeName.TryGetValue(fieldType.Name, out var cycleIndex))
                    {
                        Detect(fieldType);
                    }
                    else
                    {
                        var cyclePath = _fieldPath.Skip(cycleIndex).ToList();
                        validator.Report(
                            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join('.', cyclePath.Select(f => f.Name))}\".",
                            cyclePath.Select(f => (Language.ASTNode?)f.AstNode).ToArray());
                    }

                    _fieldPath.RemoveAt(_fieldPath.Count - 1);
                }
            }

            _pathIndexByTypeName.Remove(input.Name);
        }
    }
}
