namespace SystemGraph.Api.Explorer;

/// <summary>
/// The text of source papers for <c>Document.text</c>: only files directly in the sources folder
/// (<c>Graph:SourcesPath</c>, default ../shared/seeds beside the repository; <c>none</c> turns it off). A document's
/// <c>file</c> must be a plain file name there; anything with a directory part, or not in the folder, has no text.
/// </summary>
internal sealed class DocumentTexts(string? sourcesDirectory)
{
    /// <summary>Papers are a few tens of kilobytes; a larger file is not served as a document's text.</summary>
    private const long MaxBytes = 2 * 1024 * 1024;

    /// <summary>The configured sources folder (<see cref="Extensions.GraphOptions.SourcesDirectory"/>), when it exists.</summary>
    public static DocumentTexts FromOptions(Extensions.GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var directory = options.SourcesDirectory();
        return new DocumentTexts(directory is not null && Directory.Exists(directory) ? Path.GetFullPath(directory) : null);
    }

    public async Task<string?> ReadAsync(string? file, CancellationToken cancellationToken)
    {
        if (sourcesDirectory is null || string.IsNullOrWhiteSpace(file) || file is "." or ".."
            || file.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || file.Contains('/', StringComparison.Ordinal)
            || file.Contains('\\', StringComparison.Ordinal) || Path.GetFileName(file) != file)
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(sourcesDirectory, file));
        if (!string.Equals(Path.GetDirectoryName(path), sourcesDirectory.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            return null;
        }

        var info = new FileInfo(path);
        if (!info.Exists || info.Length > MaxBytes)
        {
            return null;
        }

        return await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
    }
}
