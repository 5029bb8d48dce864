using SystemGraph.Graph.Model;
using YamlDotNet.RepresentationModel;

namespace SystemGraph.Graph.Seed;

/// <summary>A fact read from a seed file, with where it was written (for problems reported later).</summary>
internal sealed record Located<T>(T Value, string File, YamlNode Node);

/// <summary>A source as written: its document id may still be unknown (checked across files).</summary>
internal sealed record SeedSource(SourceRef Source, string File, YamlNode Node);

/// <summary>An <c>extend:</c> entry: aliases, sources and attributes to add to an entity declared elsewhere.</summary>
internal sealed record SeedExtend(string Id, IReadOnlyList<string> Aliases, IReadOnlyDictionary<string, string> Attributes);

/// <summary>What one seed file declares, before cross-file checks.</summary>
internal sealed class SeedFile(string name)
{
    public string Name { get; } = name;

    public List<Located<Entity>> Entities { get; } = [];

    public List<Located<Relationship>> Relationships { get; } = [];

    public List<Located<SeedExtend>> Extends { get; } = [];

    /// <summary>Every source written in the file, for the document and quote checks.</summary>
    public List<SeedSource> Sources { get; } = [];

    /// <summary>Sources of each extend, by position in <see cref="Extends"/>.</summary>
    public List<List<SourceRef>> ExtendSources { get; } = [];
}
