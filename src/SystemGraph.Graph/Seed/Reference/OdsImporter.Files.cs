using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Seed.Reference;

/// <summary>One method per extract: what each file says, as entities and lines.</summary>
public sealed partial class OdsImporter
{
    private static readonly (string File, string DocumentId, string Name, DateOnly Date, string Publisher)[] Files =
    [
        ("sub-icb-to-icb-to-region-2023-04.csv", "ons-sub-icb-to-icb-to-region-2023-04", "ONS lookup: sub-ICB location to ICB to NHS England region (April 2023)", new(2023, 4, 1), "Office for National Statistics"),
        ("ccg-to-stp-to-region-2021-04.csv", "ons-ccg-to-stp-to-region-2021-04", "ONS lookup: CCG to STP to NHS England region (April 2021)", new(2021, 4, 1), "Office for National Statistics"),
        ("eccg-2025-12.csv", "ods-eccg-2025-12", "ODS extract eccg: CCGs and sub-ICB locations (December 2025)", new(2025, 12, 1), "NHS England Organisation Data Service"),
        ("succ-2026-04.csv", "ods-succ-2026-04", "ODS extract succ: predecessors and successors (to April 2026)", new(2026, 4, 1), "NHS England Organisation Data Service"),
        ("epcn-pcn-details-2023-01.csv", "ods-epcn-pcn-details-2023-01", "ODS extract: primary care networks (January 2023)", new(2023, 1, 1), "NHS England Organisation Data Service"),
        ("epcn-core-partners-2023-01.csv", "ods-epcn-core-partners-2023-01", "ODS extract: PCN core partner practices (January 2023)", new(2023, 1, 1), "NHS England Organisation Data Service"),
        ("gp-practice-pcn-ccg-icb-map-2022-07.csv", "ods-gp-practice-pcn-ccg-icb-map-2022-07", "GP practice to PCN, CCG / sub-ICB, ICB and region map (July 2022)", new(2022, 7, 1), "NHS England"),
        ("etr-2025-12.csv", "ods-etr-2025-12", "ODS extract etr: NHS trusts (December 2025)", new(2025, 12, 1), "NHS England Organisation Data Service"),
        ("icb-partners-trusts-2023-08.csv", "ods-icb-partners-trusts-2023-08", "ICB partner NHS trusts (August 2023)", new(2023, 8, 1), "NHS England Organisation Data Service"),
        ("icb-partners-local-authorities-2023-08.csv", "ods-icb-partners-local-authorities-2023-08", "ICB partner local authorities (August 2023)", new(2023, 8, 1), "NHS England Organisation Data Service"),
    ];

    private string Path(string file) => System.IO.Path.Combine(directory, file);

    private static SourceRef Source(string file, int row, string? quote = null) =>
        new(Files.Single(f => f.File == file).DocumentId, $"row {row}", quote);

    private void DeclareDocuments()
    {
        foreach (var (file, documentId, name, date, publisher) in Files)
        {
            Add(new Entity { Id = documentId, Kind = EntityKind.Document, Name = name, File = "ods/" + file, PublishedOn = date, Publisher = publisher });
        }
    }

    /// <summary>Regions, ICS areas, ICBs and sub-ICB locations (April 2023 lookup).</summary>
    private async Task ImportHierarchyAsync(CancellationToken cancellationToken)
    {
        const string file = "sub-icb-to-icb-to-region-2023-04.csv";
        await foreach (var (row, f) in OdsCsv.ReadAsync(Path(file), hasHeader: true, cancellationToken).ConfigureAwait(false))
        {
            if (f.Length < 9)
            {
                continue;
            }

            var source = Source(file, row, string.Join(',', f.Take(9)));
            var region = Resolve("REGION", f[7], "region");
            Add(new Entity { Id = region, Kind = EntityKind.Area, Name = f[8], Level = SpatialLevel.Region, OdsCode = f[7], Attributes = Attributes(("onsCode", f[6])), Sources = [source] });
            Line(RelationshipType.PartOf, region, "england", RelationshipStatus.InForce, source);

            var ics = Resolve("ICS", f[3], "ics");
            var icsName = f[5].Replace("Integrated Care Board", "Integrated Care System", StringComparison.Ordinal).Replace("NHS ", string.Empty, StringComparison.Ordinal);
            Add(new Entity { Id = ics, Kind = EntityKind.Area, Name = icsName, Level = SpatialLevel.System, Attributes = Attributes(("onsCode", f[3])), Sources = [source] });
            Line(RelationshipType.PartOf, ics, region, RelationshipStatus.InForce, source);

            var icb = Resolve("ICB", f[4], "icb");
            Add(Organisation(icb, "ICB", f[4], f[5], source, IcbStart) with { Attributes = Attributes(("onsCode", f[3])) });
            Line(RelationshipType.Covers, icb, ics, RelationshipStatus.InForce, source, IcbStart);
            Line(RelationshipType.AccountableTo, icb, "nhs-england", RelationshipStatus.InForce, source, IcbStart);

            var subIcb = Resolve("SUB_ICB_LOCATION", f[1], "sub-icb");
            Add(Organisation(subIcb, "SUB_ICB_LOCATION", f[1], f[2], source, IcbStart) with { Attributes = Attributes(("onsCode", f[0])) });
            Line(RelationshipType.PartOf, subIcb, icb, RelationshipStatus.InForce, source, IcbStart);
        }
    }

    /// <summary>The 106 CCGs of April 2021, each succeeded on 1 July 2022 by its ICB and its sub-ICB location (same code).</summary>
    private async Task ImportCcgsAsync(CancellationToken cancellationToken)
    {
        const string file = "ccg-to-stp-to-region-2021-04.csv";
        var icbBySubIcb = relationships.Values
            .Where(r => r.Type == RelationshipType.PartOf && entities.GetValueOrDefault(r.FromId)?.Type == "SUB_ICB_LOCATION")
            .ToDictionary(r => entities[r.FromId].OdsCode!, r => r.ToId, StringComparer.Ordinal);
        await foreach (var (row, f) in OdsCsv.ReadAsync(Path(file), hasHeader: true, cancellationToken).ConfigureAwait(false))
        {
            if (f.Length < 10)
            {
                continue;
            }

            var source = Source(file, row, string.Join(',', f.Skip(1).Take(3)));
            var code = f[2];
            var ccg = Resolve("CCG", code, "ccg");
            Add(Organisation(ccg, "CCG", code, f[3], source, validTo: CcgEnd) with { Attributes = Attributes(("onsCode", f[1]), ("stp", f[6]), ("stpCode", f[5])) });
            Line(RelationshipType.SucceededBy, ccg, Resolve("SUB_ICB_LOCATION", code, "sub-icb"), RelationshipStatus.InForce, source, IcbStart, role: "sub-ICB location");
            if (icbBySubIcb.TryGetValue(code, out var icb))
            {
                Line(RelationshipType.SucceededBy, ccg, icb, RelationshipStatus.InForce, source, IcbStart);
            }
        }
    }

    /// <summary>CCG opening and closing dates (eccg), and the mergers between CCGs (succ).</summary>
    private async Task ImportClosedCcgsAndSuccessionsAsync(CancellationToken cancellationToken)
    {
        const string eccg = "eccg-2025-12.csv";
        await foreach (var (row, f) in OdsCsv.ReadAsync(Path(eccg), hasHeader: false, cancellationToken).ConfigureAwait(false))
        {
            if (f.Length < 12 || !f[1].EndsWith(" CCG", StringComparison.Ordinal))
            {
                continue;
            }

            var source = Source(eccg, row, $"\"{f[0]}\",\"{f[1]}\"");
            var ccg = Resolve("CCG", f[0], "ccg");
            Add(Organisation(ccg, "CCG", f[0], f[1], source, OdsCsv.Date(f[10]), OdsCsv.Date(f[11])));
        }

        const string succ = "succ-2026-04.csv";
        await foreach (var (row, f) in OdsCsv.ReadAsync(Path(succ), hasHeader: false, cancellationToken).ConfigureAwait(false))
        {
            if (f.Length < 4)
            {
                continue;
            }

            var from = Resolve("CCG", f[0], "ccg");
            var to = Resolve("CCG", f[1], "ccg");
            if (IsCcg(from) && IsCcg(to))
            {
                Line(RelationshipType.SucceededBy, from, to, RelationshipStatus.InForce, Source(succ, row, string.Join(',', f.Take(4).Select(x => $"\"{x}\""))), OdsCsv.Date(f[3]), role: "merger");
            }
        }
    }

    private bool IsCcg(string id) => entities.GetValueOrDefault(id)?.Type == "CCG" || idByCode.Any(kv => kv.Key.Type == "CCG" && kv.Value == id);

    private async Task ImportPcnsAsync(CancellationToken cancellationToken)
    {
        const string file = "epcn-pcn-details-2023-01.csv";
        await foreach (var (row, f) in OdsCsv.ReadAsync(Path(file), hasHeader: true, cancellationToken).ConfigureAwait(false))
        {
            if (f.Length < 6)
            {
                continue;
            }

            var source = Source(file, row, string.Join(',', f.Take(4)));
            var pcn = Resolve("PCN", f[0], "pcn");
            Add(Organisation(pcn, "PCN", f[0], f[1], source, OdsCsv.Date(f[4]), OdsCsv.Date(f[5])) with { Attributes = Attributes(("postcode", f.Length > 11 ? f[11] : null)) });
            Line(RelationshipType.PartOf, pcn, Resolve("SUB_ICB_LOCATION", f[2], "sub-icb"), RelationshipStatus.InForce, source, OdsCsv.Date(f[4]), OdsCsv.Date(f[5]));
        }
    }

    /// <summary>GP practices: their CCG until 30 June 2022 and sub-ICB location after (practice map), and their PCN memberships (core partners).</summary>
    private async Task ImportPracticesAsync(CancellationToken cancellationToken)
    {
        const string map = "gp-practice-pcn-ccg-icb-map-2022-07.csv";
        await foreach (var (row, f) in OdsCsv.ReadAsync(Path(map), hasHeader: true, cancellationToken).ConfigureAwait(false))
        {
            if (f.Length < 17)
            {
                continue;
            }

            var source = Source(map, row, string.Join(',', f.Take(2)));
            var practice = Resolve("GP_PRACTICE", f[0], "practice");
            Add(Organisation(practice, "GP_PRACTICE", f[0], f[1], source) with { Attributes = Attributes(("postcode", f[2])) });
            Line(RelationshipType.PartOf, practice, Resolve("CCG", f[6], "ccg"), RelationshipStatus.Ended, source, validTo: CcgEnd);
            Line(RelationshipType.PartOf, practice, Resolve("SUB_ICB_LOCATION", f[6], "sub-icb"), RelationshipStatus.InForce, source, IcbStart);
        }

        const string partners = "epcn-core-partners-2023-01.csv";
        await foreach (var (row, f) in OdsCsv.ReadAsync(Path(partners), hasHeader: true, cancellationToken).ConfigureAwait(false))
        {
            if (f.Length < 10)
            {
                continue;
            }

            var source = Source(partners, row, string.Join(',', f.Take(2)));
            var practice = Resolve("GP_PRACTICE", f[0], "practice");
            if (!Exists(practice))
            {
                Add(Organisation(practice, "GP_PRACTICE", f[0], f[1], source));
            }

            var end = OdsCsv.Date(f[9]);
            Line(RelationshipType.MemberOf, practice, Resolve("PCN", f[4], "pcn"), end is null ? RelationshipStatus.InForce : RelationshipStatus.Ended, source, OdsCsv.Date(f[8]), end);
        }
    }

    private async Task ImportTrustsAsync(CancellationToken cancellationToken)
    {
        const string file = "etr-2025-12.csv";
        await foreach (var (row, f) in OdsCsv.ReadAsync(Path(file), hasHeader: false, cancellationToken).ConfigureAwait(false))
        {
            if (f.Length < 12)
            {
                continue;
            }

            var type = f[1].Contains("FOUNDATION TRUST", StringComparison.Ordinal) ? "FOUNDATION_TRUST" : "NHS_TRUST";
            var source = Source(file, row, $"\"{f[0]}\",\"{f[1]}\"");
            Add(Organisation(Resolve("TRUST", f[0], "trust"), type, f[0], f[1], source, OdsCsv.Date(f[10]), OdsCsv.Date(f[11])));
        }
    }

    /// <summary>Partner trusts and local authorities of each ICB (August 2023).</summary>
    private async Task ImportIcbPartnersAsync(CancellationToken cancellationToken)
    {
        const string trusts = "icb-partners-trusts-2023-08.csv";
        await foreach (var (row, f) in OdsCsv.ReadAsync(Path(trusts), hasHeader: true, cancellationToken).ConfigureAwait(false))
        {
            if (f.Length >= 6)
            {
                var source = Source(trusts, row, string.Join(',', f.Skip(1).Take(5)));
                Line(RelationshipType.MemberOf, Resolve("TRUST", f[4], "trust"), Resolve("ICB", f[1], "icb"), RelationshipStatus.InForce, source, role: "ICB partner trust");
            }
        }

        const string authorities = "icb-partners-local-authorities-2023-08.csv";
        await foreach (var (row, f) in OdsCsv.ReadAsync(Path(authorities), hasHeader: true, cancellationToken).ConfigureAwait(false))
        {
            if (f.Length < 6)
            {
                continue;
            }

            var source = Source(authorities, row, string.Join(',', f.Skip(4).Take(2)));
            var authority = Resolve("LOCAL_AUTHORITY", f[4], "la");
            Add(Organisation(authority, "LOCAL_AUTHORITY", f[4], f[5], source));
            Line(RelationshipType.MemberOf, authority, Resolve("ICB", f[1], "icb"), RelationshipStatus.InForce, source, role: "ICB partner local authority");
        }
    }
}
