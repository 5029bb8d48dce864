using System.Collections.Immutable;
using SystemGraph.Graph.Model;
using YamlDotNet.RepresentationModel;

namespace SystemGraph.Graph.Seed;

/// <summary>A fact read from a seed file, with where it was written (for problems reported later).</summary>
internal sealed record Located<T>(T Value, string File, YamlNode Node);

/// <summary>
/// A source as written: its document id may still be unknown (checked across files). <see cref="Node"/> is where a
/// quote problem is reported (the quote, else the source); <see cref="Item"/> is the source's own mapping.
/// </summary>
internal sealed record SeedSource(SourceRef Source, string File, YamlNode Node, YamlMappingNode Item)
{
    /// <summary>Where a section problem is reported: the section, else the source.</summary>
    public YamlNode SectionNode => Item.Node("section") ?? Item;
}

/// <summary>
/// Phrases a line's quotes use to name its ends by title (<c>mentions:</c>): the list form names either end, the map
/// form (<c>{ from: [...], to: [...] }</c>) names the end it is written for.
/// </summary>
internal sealed record SeedMentions(ImmutableArray<string> Either, ImmutableArray<string> From, ImmutableArray<string> To)
{
    public static SeedMentions None { get; } = new([], [], []);

    /// <summary>The phrases that may name the given end.</summary>
    public IEnumerable<string> For(bool fromEnd) => Either.Concat(fromEnd ? From : To);

    public IEnumerable<string> All => Either.Concat(From).Concat(To);
}

/// <summary>A relationship as written, with its mentions and its sources where they were written.</summary>
internal sealed record SeedLine(Located<Relationship> Line, SeedMentions Mentions, IReadOnlyList<SeedSource> Sources)
{
    public Relationship Value => Line.Value;

    public YamlMappingNode Map => (YamlMappingNode)Line.Node;
}

/// <summary>An <c>extend:</c> entry: aliases, sources and attributes to add to an entity declared elsewhere.</summary>
internal sealed record SeedExtend(string Id, IReadOnlyList<string> Aliases, IReadOnlyDictionary<string, string> Attributes);

/// <summary>What one seed file declares, before cross-file checks.</summary>
internal sealed class SeedFile(string name)
{
    public string Name { get; } = name;

    public List<Located<Entity>> Entities { get; } = [];

    /// <summary>Sources of each entity, by position in <see cref="Entities"/>.</summary>
    public List<IReadOnlyList<SeedSource>> EntitySources { get; } = [];

    public List<SeedLine> Lines { get; } = [];

    public IEnumerable<Located<Relationship>> Relationships => Lines.Select(l => l.Line);

    public List<Located<SeedExtend>> Extends { get; } = [];

    /// <summary>Every source written in the file, for the document and quote checks.</summary>
    public List<SeedSource> Sources { get; } = [];

    /// <summary>Sources of each extend, by position in <see cref="Extends"/>.</summary>
    public List<List<SourceRef>> ExtendSources { get; } = [];

    /// <summary>Located sources of each extend, by position in <see cref="Extends"/>.</summary>
    public List<IReadOnlyList<SeedSource>> ExtendSeedSources { get; } = [];
}
