using SystemGraph.Graph.Model;
using YamlDotNet.RepresentationModel;

namespace SystemGraph.Graph.Seed.Validation.Rules;

/// <summary>DATES_OUT_OF_ORDER: an entity's or a line's validFrom is on or before its validTo.</summary>
internal sealed class DatesOutOfOrderRule : SeedRule
{
    public override string Code => "DATES_OUT_OF_ORDER";

    public override void Check(SeedValidationContext context)
    {
        foreach (var entity in context.Files.SelectMany(f => f.Entities))
        {
            Check(context, entity.File, entity.Node, entity.Value.ValidFrom, entity.Value.ValidTo);
        }

        foreach (var line in context.Files.SelectMany(f => f.Lines))
        {
            Check(context, line.Line.File, line.Map, line.Value.ValidFrom, line.Value.ValidTo);
        }
    }

    private void Check(SeedValidationContext context, string file, YamlNode node, DateOnly? from, DateOnly? to)
    {
        if (from is { } start && to is { } end && start > end)
        {
            context.Report(this, file, SeedValidationContext.At(node, "validTo"), $"validTo {end:yyyy-MM-dd} is before validFrom {start:yyyy-MM-dd}.");
        }
    }
}
