using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Evidence;

/// <summary>A source paper: the Document entity that names its file, the file's text, its passages and its quotes' places.</summary>
public sealed class SourcePaper(Entity document, string text)
{
    public Entity Document { get; } = document;

    public string Text { get; } = text;

    public IReadOnlyList<PaperPassage> Passages { get; } = PaperPassages.Split(text);

    public QuoteLocator Quotes { get; } = new(text);
}
