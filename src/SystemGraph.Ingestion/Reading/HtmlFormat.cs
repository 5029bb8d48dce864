using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SystemGraph.Ingestion.Reading;

/// <summary>
/// HTML through AngleSharp's parser alone (no browsing context: nothing is loaded, no script runs, no link is
/// followed). Headings become heading lines, list items "- " lines, table rows tab-separated cells, and other
/// block elements paragraphs; script, style and template content is dropped.
/// </summary>
internal static class HtmlFormat
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "head" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "blockquote", "address", "dd", "dt", "figcaption", "caption", "pre",
    };

    public static FormatText Read(byte[] bytes)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(PlainTextFormat.Decode(bytes));
        var lines = new List<string>();
        if (document.Body is { } body)
        {
            Walk(body, lines);
        }

        var title = Blank(document.Title);
        var publisher = Blank(Meta(document, "publisher") ?? Meta(document, "dc.publisher") ?? Meta(document, "author"));
        var date = StatedDates.Parse(Meta(document, "date") ?? Meta(document, "dc.date") ?? string.Empty);
        return new FormatText(lines, new PaperMetadataHints(title, publisher, date));
    }

    private static void Walk(INode node, List<string> lines)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is not IElement element)
            {
                if (child.NodeType == NodeType.Text && Fold(child.TextContent) is { Length: > 0 } loose)
                {
                    lines.Add(loose);
                }

                continue;
            }

            var name = element.LocalName;
            if (Dropped.Contains(name))
            {
                continue;
            }

            if (name.Length == 2 && name[0] == 'h' && char.IsDigit(name[1]))
            {
                lines.Add(string.Empty);
                lines.Add("# " + Fold(element.TextContent));
            }
            else if (name == "li")
            {
                lines.Add("- " + Fold(element.TextContent));
            }
            else if (name == "table")
            {
                lines.Add(string.Empty);
                foreach (var row in element.QuerySelectorAll("tr"))
                {
                    lines.Add(string.Join('\t', row.Children.Where(c => c.LocalName is "td" or "th").Select(c => Fold(c.TextContent))));
                }

                lines.Add(string.Empty);
            }
            else if (Blocks.Contains(name) && !element.Children.Any(c => Blocks.Contains(c.LocalName) || c.LocalName is "ul" or "ol" or "table" || c.LocalName.StartsWith('h')))
            {
                if (Fold(element.TextContent) is { Length: > 0 } text)
                {
                    lines.Add(text);
                    lines.Add(string.Empty);
                }
            }
            else
            {
                Walk(element, lines);
            }
        }
    }

    private static string? Meta(IDocument document, string name) =>
        document.QuerySelectorAll("meta").FirstOrDefault(m => string.Equals(m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase))?.GetAttribute("content");

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
