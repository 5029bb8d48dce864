using SystemGraph.GraphQL.Execution;

namespace SystemGraph.Api.Schema.Writes;

/// <summary>
/// Typed reads of a mutation's coerced <c>input</c> object. <see cref="Has"/> tells a field that was given (even as
/// null) from one that was left out, which is what patch semantics (updateEntity) need.
/// </summary>
internal sealed class WriteInput(IReadOnlyDictionary<string, object?> values)
{
    public static WriteInput Of(IResolveFieldContext context) =>
        new(context.Arguments.TryGetValue("input", out var input) && input is IReadOnlyDictionary<string, object?> map
            ? map
            : throw new InvalidOperationException("The mutation has no input object."));

    public bool Has(string name) => values.ContainsKey(name);

    public string? String(string name) => values.GetValueOrDefault(name) as string;

    public string RequiredString(string name) => String(name) ?? throw new InvalidOperationException($"input.{name} is required.");

    public DateOnly? Date(string name) => values.GetValueOrDefault(name) is DateOnly d ? d : null;

    public int? Int(string name) => values.GetValueOrDefault(name) is int i ? i : null;

    public bool? Bool(string name) => values.GetValueOrDefault(name) is bool b ? b : null;

    public double? Float(string name) => values.GetValueOrDefault(name) switch
    {
        double d => d,
        int i => i,
        _ => null,
    };

    public T? Enum<T>(string name)
        where T : struct, System.Enum => values.GetValueOrDefault(name) is T value ? value : null;

    public IReadOnlyList<string>? Strings(string name) =>
        values.GetValueOrDefault(name) is System.Collections.IEnumerable list and not string ? list.Cast<object?>().OfType<string>().ToList() : null;

    public WriteInput? Object(string name) =>
        values.GetValueOrDefault(name) is IReadOnlyDictionary<string, object?> map ? new WriteInput(map) : null;

    public IReadOnlyList<WriteInput>? Objects(string name) =>
        values.GetValueOrDefault(name) is System.Collections.IEnumerable list and not string
            ? list.Cast<object?>().OfType<IReadOnlyDictionary<string, object?>>().Select(m => new WriteInput(m)).ToList()
            : null;
}
