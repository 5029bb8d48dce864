using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;

namespace SystemGraph.Api.Schema.Writes;

/// <summary>
/// The basis of a line written through the API (issue #14), decided in one place for every mutation that adds a line.
/// A line is STATED only when its write cites a passage that says it (a source with a quote); a line resting on the
/// writer's reading is INFERRED, and the write's rationale (or, without one, its reason) is that reading. Unless the
/// input says otherwise, a write with a quoted source adds a STATED line and any other an INFERRED line.
/// </summary>
internal static class LineBasis
{
    /// <summary>The line with its basis and rationale set, or the error that refuses it.</summary>
    public static (Relationship? Line, ValidationError? Error) Apply(Relationship line, WriteInput input, ChangeInfo info)
    {
        var quoted = info.Source is { Quote: { Length: > 0 } };
        var basis = input.Enum<RelationshipBasis>("basis") ?? (quoted ? RelationshipBasis.Stated : RelationshipBasis.Inferred);
        if (basis == RelationshipBasis.Stated && !quoted)
        {
            return (null, new ValidationError("A STATED line needs a source whose quote says it (source: { document, section, quote }); otherwise write it as INFERRED with a rationale.", "basis"));
        }

        var rationale = string.IsNullOrWhiteSpace(info.Rationale) ? info.Reason : info.Rationale;
        return (line with { Basis = basis, Rationale = basis == RelationshipBasis.Inferred ? rationale : null }, null);
    }
}
