using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Seed.Validation.Rules;

/// <summary>INFERRED_WITHOUT_RATIONALE: an INFERRED line says, in our words, why we read its passage so.</summary>
internal sealed class InferredWithoutRationaleRule : SeedRule
{
    public override string Code => "INFERRED_WITHOUT_RATIONALE";

    public override void Check(SeedValidationContext context)
    {
        foreach (var line in context.Lines.Where(l => l.Value.Basis == RelationshipBasis.Inferred && string.IsNullOrWhiteSpace(l.Value.Rationale)))
        {
            context.Report(this, line.Line.File, SeedValidationContext.At(line.Map, "basis"),
                $"INFERRED line {line.Value.Id} has no rationale: say why the cited passage is read so.");
        }
    }
}
