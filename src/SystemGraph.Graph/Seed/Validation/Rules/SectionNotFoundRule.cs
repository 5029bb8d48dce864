using System.Text.RegularExpressions;

namespace SystemGraph.Graph.Seed.Validation.Rules;

/// <summary>
/// SECTION_NOT_FOUND: a section cited in a paper is one of its headings or numbered paragraphs
/// (<see cref="DocumentSections"/>; <c>seed sections --document FILE</c> lists them). A table cell's section is
/// checked loosely: the row and column headings it names occur in the paper.
/// </summary>
internal sealed partial class SectionNotFoundRule : SeedRule
{
    public override string Code => "SECTION_NOT_FOUND";

    public override bool NeedsSources => true;

    public override void Check(SeedValidationContext context)
    {
        var keys = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var source in context.AllSources.Where(s => !string.IsNullOrWhiteSpace(s.Source.Section)))
        {
            var documentId = source.Source.DocumentId;
            if (context.PaperText(documentId) is not { } text)
            {
                continue;
            }

            var section = source.Source.Section!;
            if (source.Source.Table)
            {
                var folded = context.FoldedPaperText(documentId)!;
                foreach (Match heading in TableHeading().Matches(section))
                {
                    if (!EvidenceText.Occurs(heading.Groups["heading"].Value, folded))
                    {
                        context.Report(this, source.File, source.SectionNode,
                            $"Table {heading.Groups["part"].Value} heading \"{heading.Groups["heading"].Value.Trim()}\" does not occur in {context.Entities[documentId].File}.");
                    }
                }

                continue;
            }

            if (!keys.TryGetValue(documentId, out var labels))
            {
                labels = DocumentSections.Keys(text);
                keys[documentId] = labels;
            }

            if (!DocumentSections.IsFound(section, labels))
            {
                context.Report(this, source.File, source.SectionNode,
                    $"Section \"{section}\" is not a heading or numbered paragraph of {context.Entities[documentId].File} (seed sections --document {context.Entities[documentId].File} lists them).");
            }
        }
    }

    [GeneratedRegex(@"\b(?<part>row|column)\s*:\s*(?<heading>[^;]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TableHeading();
}
