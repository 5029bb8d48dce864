using Lucene.Net.Documents;
using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Search;

/// <summary>An entity as a document of the entity search index: its id and version stored, its words indexed.</summary>
internal static class EntityDocuments
{
    private static readonly FieldType InitialsField = NewInitialsField();

    public static Document For(Entity entity)
    {
        var document = new Document
        {
            // Id and version as doc values: read for every hit, and doc values are a lookup where stored fields
            // would decompress a block per hit.
            new BinaryDocValuesField(SearchFields.Id, new Lucene.Net.Util.BytesRef(entity.Id)),
            new NumericDocValuesField(SearchFields.Stamp, entity.Version),
            new StringField(SearchFields.Key, KeyOf(entity.Id, entity.Version), Field.Store.NO),
            new StringField(SearchFields.Kind, GraphNames.ToWire(entity.Kind), Field.Store.NO),
            new TextField(SearchFields.Name, entity.Name, Field.Store.NO),
        };
        if (SearchWords.WholeNameOf(entity.Name) is { } wholeName)
        {
            document.Add(new StringField(SearchFields.WholeName, wholeName, Field.Store.NO));
        }

        // BM25 normalises by a field's length, and a multi-valued field's length is the sum of its values: an entity
        // with many aliases would be penalised for each of them. A field boost of sqrt(n) makes the length BM25 sees
        // (stored as boost / sqrt(length)) the aliases' average length instead.
        for (var i = 0; i < entity.Aliases.Length; i++)
        {
            var alias = new TextField(SearchFields.Alias, entity.Aliases[i], Field.Store.NO);
            if (i == 0)
            {
                alias.Boost = MathF.Sqrt(entity.Aliases.Length);
            }

            document.Add(alias);
        }

        if (entity.OdsCode is { Length: > 0 } code)
        {
            document.Add(new TextField(SearchFields.Code, code, Field.Store.NO));
        }

        if (Initialisms.Of([entity.Name, .. entity.Aliases]) is { } initials)
        {
            // Without norms: an initialism matches or not, however many the entity's names give.
            document.Add(new Field(SearchFields.Initials, initials, InitialsField));
        }

        if (entity.Description is { Length: > 0 } description)
        {
            document.Add(new TextField(SearchFields.Description, description, Field.Store.NO));
        }

        return document;
    }

    private static FieldType NewInitialsField()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { OmitNorms = true, IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_ONLY };
        type.Freeze();
        return type;
    }

    /// <summary>The entity id and version of a hit (<paramref name="doc"/> is the reader-wide document number).</summary>
    public static (string Id, long Version) Read(Lucene.Net.Index.IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[Lucene.Net.Index.ReaderUtil.SubIndex(doc, leaves)];
        var local = doc - leaf.DocBase;
        var bytes = new Lucene.Net.Util.BytesRef();
        leaf.AtomicReader.GetBinaryDocValues(SearchFields.Id).Get(local, bytes);
        return (bytes.Utf8ToString(), leaf.AtomicReader.GetNumericDocValues(SearchFields.Stamp).Get(local));
    }

    /// <summary>One version of one entity: the term by which a superseded document is deleted.</summary>
    public static string KeyOf(string id, long version) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{id}\u0001{version}");
}
