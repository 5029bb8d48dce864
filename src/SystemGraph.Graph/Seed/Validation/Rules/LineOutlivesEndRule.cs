using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Seed.Validation.Rules;

/// <summary>
/// LINE_OUTLIVES_END: a line lies within its ends' lifetimes. A stated validTo, or a stated validFrom, after an end
/// ceased is an error; so is a validFrom before an end began, for IN_FORCE and ENDED lines only (PROPOSED, DRAFT and
/// AGREED lines carry the paper's planned dates, which may precede a body that did not yet exist: a planning finding).
/// The loader itself ends every line when an end ceases (<see cref="LineLifetimes"/>). A succession (SUCCEEDED_BY)
/// starts at the latest the day after its predecessor ceased and is not bounded by it.
/// </summary>
internal sealed class LineOutlivesEndRule : SeedRule
{
    public override string Code => "LINE_OUTLIVES_END";

    public override void Check(SeedValidationContext context)
    {
        foreach (var line in context.Lines)
        {
            var value = line.Value;
            if (!LineLifetimes.EndsWithItsEnds(value))
            {
                var predecessor = context.Entities[value.FromId];
                if (predecessor.ValidTo is { } ceased && value.ValidFrom is { } effective && effective > ceased.AddDays(1))
                {
                    Report(context, line, "validFrom", $"The succession takes effect {effective:yyyy-MM-dd}, later than the day after '{predecessor.Id}' ceased ({ceased:yyyy-MM-dd}).");
                }

                continue;
            }

            foreach (var end in new[] { context.Entities[value.FromId], context.Entities[value.ToId] })
            {
                if (end.ValidTo is { } ceased && value.ValidTo is { } lineTo && lineTo > ceased)
                {
                    Report(context, line, "validTo", $"validTo {lineTo:yyyy-MM-dd} is after '{end.Id}' ceased ({ceased:yyyy-MM-dd}); the line ends with it.");
                }

                if (end.ValidTo is { } ended && value.ValidFrom is { } startsAfter && startsAfter > ended)
                {
                    Report(context, line, "validFrom", $"validFrom {startsAfter:yyyy-MM-dd} is after '{end.Id}' ceased ({ended:yyyy-MM-dd}).");
                }

                if (value.Status is RelationshipStatus.InForce or RelationshipStatus.Ended
                    && end.ValidFrom is { } began && value.ValidFrom is { } startsBefore && startsBefore < began)
                {
                    Report(context, line, "validFrom", $"This {GraphNames.ToWire(value.Status)} line starts {startsBefore:yyyy-MM-dd}, before '{end.Id}' began ({began:yyyy-MM-dd}).");
                }
            }
        }
    }

    private void Report(SeedValidationContext context, SeedLine line, string key, string message) =>
        context.Report(this, line.Line.File, SeedValidationContext.At(line.Map, key), message);
}
