using System.Reflection;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Execution;

/// <summary>
/// The pipeline's bridge to the validation layer: <c>SystemGraph.GraphQL.Validation.DocumentValidator.Validate(schema,
/// document, options)</c> (§5 Validation), bound when the validation layer is part of the assembly.
/// </summary>
internal static class DocumentValidation
{
    private static readonly Lazy<Func<GraphQLSchema, DocumentNode, IReadOnlyList<GraphQLError>>?> Validator = new(Bind);

    /// <summary>True when the validation layer is available.</summary>
    public static bool IsAvailable => Validator.Value is not null;

    /// <summary>Validates a document; without a validation layer, documents are accepted as they are.</summary>
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document) =>
        Validator.Value?.Invoke(schema, document) ?? [];

    private static Func<GraphQLSchema, DocumentNode, IReadOnlyList<GraphQLError>>? Bind()
    {
        var type = typeof(DocumentValidation).Assembly.GetType("SystemGraph.GraphQL.Validation.DocumentValidator");
        var method = type?.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(m => m.Name == "Validate" && m.GetParameters() is { Length: >= 2 } p &&
                p[0].ParameterType == typeof(GraphQLSchema) && p[1].ParameterType == typeof(DocumentNode) &&
                p.Skip(2).All(x => x.IsOptional));
        if (type is null)
        {
            return null;
        }

        // A validator that exists but cannot be called must not silently turn validation off.
        if (method is null)
        {
            throw new InvalidOperationException(
                "SystemGraph.GraphQL.Validation.DocumentValidator has no Validate(GraphQLSchema, DocumentNode, [optional parameters]) method.");
        }

        var extra = method.GetParameters().Skip(2).Select(p => p.DefaultValue is DBNull ? null : p.DefaultValue).ToArray();
        return (schema, document) =>
        {
            try
            {
                return (IReadOnlyList<GraphQLError>)method.Invoke(null, [schema, document, .. extra])!;
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
                throw;
            }
        };
    }
}
