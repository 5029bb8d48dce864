using Microsoft.Extensions.Configuration;
using SystemGraph.Api.Explorer;
using SystemGraph.TestSupport;

namespace SystemGraph.Api.Tests.Explorer;

/// <summary>
/// <c>Document.text</c>: the paper's text when its file is in the sources folder (for the explorer's document view),
/// never a file outside it.
/// </summary>
public sealed class DocumentTextTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_paper_in_the_sources_folder_has_its_text_and_the_quotes_are_in_it()
    {
        var data = await client.DataAsync("""
            { entity(id: "bury-integrated-delivery-collaborative") { relationships(direction: OUTBOUND) { sources { quote document { id file ... on Document { text } } } } } }
            """);

        var sources = data["entity"]!["relationships"]!.AsArray().SelectMany(r => r!["sources"]!.AsArray())
            .Where(s => s!["document"]!["id"]!.GetValue<string>() == "doc-bury-partnership-2021" && s["quote"] is not null).ToList();
        Assert.NotEmpty(sources);
        var text = sources[0]!["document"]!["text"]!.GetValue<string>();
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, sources[0]!["document"]!["file"]!.GetValue<string>())), text);
        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(string.Join(' ', sources[0]!["quote"]!.GetValue<string>().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), words, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_whose_file_is_not_in_the_folder_has_no_text()
    {
        var data = await client.DataAsync("""{ entities(where: { kind: { eq: DOCUMENT } }, first: 50) { nodes { id ... on Document { file text } } } }""");

        var documents = data["entities"]!["nodes"]!.AsArray();
        Assert.Contains(documents, d => d!["text"] is not null);
        foreach (var document in documents)
        {
            var file = document!["file"]!.GetValue<string>();
            var onDisk = file.Length > 0 && File.Exists(Path.Combine(RepositoryPaths.Seeds, file));
            Assert.Equal(onDisk, document["text"] is not null);
        }
    }

    [Theory]
    [InlineData("../shared/seeds/004_092af6ef060a5ec0.txt")]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("sub/004_092af6ef060a5ec0.txt")]
    [InlineData("..\\004_092af6ef060a5ec0.txt")]
    [InlineData("")]
    [InlineData(null)]
    public async Task A_file_name_with_a_path_is_never_read(string? file)
    {
        var texts = new DocumentTexts(RepositoryPaths.Seeds);

        Assert.Null(await texts.ReadAsync(file, CancellationToken.None));
    }

    [Fact]
    public async Task A_plain_file_name_in_the_folder_is_read_and_none_turns_it_off()
    {
        var inFolder = await new DocumentTexts(RepositoryPaths.Seeds).ReadAsync("004_092af6ef060a5ec0.txt", CancellationToken.None);
        var off = DocumentTexts.FromOptions(new SystemGraph.Api.Extensions.GraphOptions { SourcesPath = "none" });

        Assert.NotNull(inFolder);
        Assert.Null(await off.ReadAsync("004_092af6ef060a5ec0.txt", CancellationToken.None));
    }
}
