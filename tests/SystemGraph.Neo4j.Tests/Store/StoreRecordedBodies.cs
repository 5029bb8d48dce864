namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>
/// Query API responses to the store's own statements, in the documented formats: plain JSON (what the client asks
/// for) and typed JSON (<c>{"$type", "_value"}</c>, integers and floats as strings), which the mapper also reads.
/// </summary>
internal static class StoreRecordedBodies
{
    /// <summary><c>RETURN e {.*} AS entity</c>, plain JSON.</summary>
    public const string EntityPlain = """
        {
          "data": {
            "fields": ["entity"],
            "values": [[{
              "id": "nhs-bury-ccg", "kind": "ORGANISATION", "name": "NHS Bury Clinical Commissioning Group",
              "aliases": ["Bury CCG", "NHS Bury CCG"], "validFrom": "2013-04-01", "validTo": "2022-06-30",
              "sources": "[{\"documentId\":\"doc-test\",\"section\":\"para 1\",\"quote\":\"a quote\"}]",
              "type": "CCG", "odsCode": "00V", "isLegalEntity": true, "amountGbp": 1250000.5,
              "deliverables": [], "attributes": "{\"onsCode\":\"E38000024\"}", "version": 3,
              "searchName": "nhs bury clinical commissioning group", "searchAliases": "bury ccg\nnhs bury ccg", "searchCode": "00v", "loadId": "abc"
            }]]
          },
          "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"]
        }
        """;

    /// <summary>The same entity in typed JSON.</summary>
    public const string EntityTyped = """
        {
          "data": {
            "fields": ["entity"],
            "values": [[{ "$type": "Map", "_value": {
              "id": { "$type": "String", "_value": "nhs-bury-ccg" },
              "kind": { "$type": "String", "_value": "ORGANISATION" },
              "name": { "$type": "String", "_value": "NHS Bury Clinical Commissioning Group" },
              "aliases": { "$type": "List", "_value": [ { "$type": "String", "_value": "Bury CCG" }, { "$type": "String", "_value": "NHS Bury CCG" } ] },
              "validFrom": { "$type": "String", "_value": "2013-04-01" },
              "validTo": { "$type": "String", "_value": "2022-06-30" },
              "sources": { "$type": "String", "_value": "[{\"documentId\":\"doc-test\",\"section\":\"para 1\",\"quote\":\"a quote\"}]" },
              "type": { "$type": "String", "_value": "CCG" },
              "odsCode": { "$type": "String", "_value": "00V" },
              "isLegalEntity": { "$type": "Boolean", "_value": true },
              "amountGbp": { "$type": "Float", "_value": "1250000.5" },
              "description": { "$type": "Null", "_value": null },
              "attributes": { "$type": "String", "_value": "{\"onsCode\":\"E38000024\"}" },
              "version": { "$type": "Integer", "_value": "3" }
            } }]]
          },
          "bookmarks": []
        }
        """;

    /// <summary><c>RETURN entityId, r {.*, type: type(r), fromId: ..., toId: ...} AS relationship</c>, plain JSON.</summary>
    public const string RelationshipPlain = """
        {
          "data": {
            "fields": ["entityId", "relationship"],
            "values": [[
              "bury-idc",
              {
                "id": "bury-idc.accountable-to.bury-locality-board", "type": "ACCOUNTABLE_TO",
                "fromId": "bury-idc", "toId": "bury-locality-board", "status": "PROPOSED",
                "statusNote": "To be confirmed", "validFrom": "2021-04-01", "role": "Full Member",
                "membershipLevel": "FULL", "level": "PLACE", "version": 2,
                "sources": "[{\"documentId\":\"doc-test\",\"section\":\"8. IDC Draft Terms of Reference, 5\"}]"
              }
            ]]
          },
          "bookmarks": []
        }
        """;

    /// <summary>The same relationship in typed JSON.</summary>
    public const string RelationshipTyped = """
        {
          "data": {
            "fields": ["entityId", "relationship"],
            "values": [[
              { "$type": "String", "_value": "bury-idc" },
              { "$type": "Map", "_value": {
                "id": { "$type": "String", "_value": "bury-idc.accountable-to.bury-locality-board" },
                "type": { "$type": "String", "_value": "ACCOUNTABLE_TO" },
                "fromId": { "$type": "String", "_value": "bury-idc" },
                "toId": { "$type": "String", "_value": "bury-locality-board" },
                "status": { "$type": "String", "_value": "PROPOSED" },
                "statusNote": { "$type": "String", "_value": "To be confirmed" },
                "validFrom": { "$type": "String", "_value": "2021-04-01" },
                "role": { "$type": "String", "_value": "Full Member" },
                "membershipLevel": { "$type": "String", "_value": "FULL" },
                "level": { "$type": "String", "_value": "PLACE" },
                "version": { "$type": "Integer", "_value": "2" },
                "sources": { "$type": "String", "_value": "[{\"documentId\":\"doc-test\",\"section\":\"8. IDC Draft Terms of Reference, 5\"}]" }
              } }
            ]]
          },
          "bookmarks": []
        }
        """;

    /// <summary>The stats statement: version, relationship count, counts by kind.</summary>
    public const string Stats = """
        {
          "data": {
            "fields": ["version", "relationships", "kinds"],
            "values": [[7, 5, [ { "kind": "ORGANISATION", "count": 3 }, { "kind": "BOARD", "count": 2 }, { "kind": "DOCUMENT", "count": 1 } ]]]
          },
          "bookmarks": []
        }
        """;
}
