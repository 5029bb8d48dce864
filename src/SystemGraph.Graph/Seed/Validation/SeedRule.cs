namespace SystemGraph.Graph.Seed.Validation;

/// <summary>
/// One evidence rule of the seed validator (graph-seed/README.md, "Validation rules"): it reads the whole seed through
/// a <see cref="SeedValidationContext"/> and reports each problem under its own <see cref="Code"/>. The rules are run
/// in the order of <see cref="SeedRules.All"/>.
/// </summary>
internal abstract class SeedRule
{
    /// <summary>The stable code every problem of this rule carries.</summary>
    public abstract string Code { get; }

    /// <summary>True when the rule reads the source papers, so it runs only when a sources folder is given.</summary>
    public virtual bool NeedsSources => false;

    public abstract void Check(SeedValidationContext context);
}
