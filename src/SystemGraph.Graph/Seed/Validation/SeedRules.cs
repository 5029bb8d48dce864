using SystemGraph.Graph.Seed.Validation.Rules;

namespace SystemGraph.Graph.Seed.Validation;

/// <summary>Every evidence rule of the seed validator, in the order they run and report. The one list.</summary>
internal static class SeedRules
{
    public static IReadOnlyList<SeedRule> All { get; } =
    [
        new QuoteNotFoundRule(),               // a quote occurs verbatim in its paper (--sources)
        new QuoteTooShortRule(),               // at least five words; ten for an external citation; table cells exempt
        new CitationWithoutUrlRule(),          // an external document carries its url
        new CitationWithoutSectionRule(),      // an external citation gives its section
        new SectionNotFoundRule(),             // a section is a heading or numbered paragraph of the paper (--sources)
        new MentionNotInQuotesRule(),          // a mentions phrase occurs in one of the line's quotes
        new QuoteDoesNotNameEndRule(),         // a STATED line's quotes name both its ends
        new QuoteOverusedRule(),               // one quote supports lines between at most three pairs of ends
        new InferredWithoutRationaleRule(),    // an INFERRED line says why
        new DatesOutOfOrderRule(),             // validFrom on or before validTo
        new LineOutlivesEndRule(),             // a line lies within its ends' lifetimes
        new AliasAmbiguousRule(),              // an alias names one entity unless shared on purpose
        new AliasNotInSourcesRule(),           // an alias occurs in a document the entity cites (--sources)
    ];
}
